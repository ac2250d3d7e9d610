import { expect, test } from "@playwright/test";
import { ARTICLE, COORDINATORS } from "./fixturePages.ts";

test("breadcrumbs lead from a page back up to its section and home", async ({ page }) => {
  await page.goto(COORDINATORS);
  const trail = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(trail.getByRole("link")).toHaveText(["Home", "How loneliness is tackled"]);
  await trail.getByRole("link", { name: "How loneliness is tackled" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How loneliness is tackled");
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL("/");
});

// The fixture's events are in 2018 and 2099, so that this holds for decades; with no upcoming event, the page says so
// (tests/build/listings.test.ts).
test("the events page puts upcoming events first, the open day in 2099, and lists the summit, now past, under Past events", async ({
  page,
}) => {
  await page.goto("/events/");
  const headings = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(headings).toHaveText(["Upcoming events", "Past events"]);
  const upcoming = page.locator("h2:has-text('Upcoming events') + ul");
  await expect(upcoming.locator(".content-list__title")).toHaveText(["County Hall open day"]);
  await expect(upcoming).toContainText("Friday 12 June 2099");
  const past = page.locator("h2:has-text('Past events') + ul");
  await expect(past.locator(".content-list__title")).toHaveText(["Summit on tackling loneliness and social isolation"]);
});

test("a topic link on a page lists everything on that topic", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole("link", { name: "Partnership working" }).click();
  await expect(page).toHaveURL("/topics/partnership-working/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partnership working");
  await expect(page.locator(".content-list__title")).toHaveText([
    "New approach to tackle loneliness to be discussed",
    "Summit on tackling loneliness and social isolation",
  ]);
});

test("an address that does not exist shows a helpful 404 page with search", async ({ page }) => {
  const response = await page.goto("/news/no-such-story/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  const search = page.getByRole("search", { name: "Search from this page" });
  await search.getByLabel("Search this site").fill("summit");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL("/search/?q=summit");
});

test("a page's updates: the dates line links to the list of every update, newest first, at the page's end", async ({ page }) => {
  await page.goto("/tackling-loneliness/social-workers/");
  await expect(page.locator(".metadata")).toHaveText("Published 26 November 2018, last updated 3 December 2018. See all updates");
  await page.getByRole("link", { name: "See all updates" }).click();
  await expect(page).toHaveURL(/#full-history$/);
  const history = page.getByRole("region", { name: "All updates to this page" });
  await expect(history).toBeInViewport();
  await expect(history.locator("dt")).toHaveText(["3 December 2018:", "28 November 2018:", "26 November 2018:"]);
  await expect(history.locator("dd").last()).toHaveText("First published.");
});
