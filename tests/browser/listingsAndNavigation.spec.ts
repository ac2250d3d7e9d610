import { expect, test } from "@playwright/test";
import { ARTICLE, COORDINATORS } from "./sitePages.ts";

test("breadcrumbs lead from a page back up to its section and home", async ({ page }) => {
  await page.goto(COORDINATORS);
  const trail = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(trail.getByRole("link")).toHaveText(["Home", "How loneliness is tackled"]);
  await trail.getByRole("link", { name: "How loneliness is tackled" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How loneliness is tackled");
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL("/");
});

test("the events page puts upcoming events first and lists the summit, now past, under Past events", async ({ page }) => {
  await page.goto("/events/");
  const headings = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(headings).toHaveText(["Upcoming events", "Past events"]);
  await expect(page.getByRole("main")).toContainText("There are no upcoming events at the moment.");
  const past = page.locator("h2:has-text('Past events') + ul");
  await expect(past.getByRole("link", { name: "Summit on tackling loneliness and social isolation" })).toBeVisible();
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
