import { expect, test } from "@playwright/test";
import { ARTICLE, COORDINATORS, SUMMIT } from "./fixturePages.ts";

test("a reader goes from home to the article, the summit and an example, and back, by links", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText("Leicestershire County Council");

  await page.getByRole("main").getByRole("link", { name: "New approach to tackle loneliness to be discussed" }).click();
  await expect(page).toHaveURL(ARTICLE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New approach to tackle loneliness to be discussed");
  await expect(page.locator("time[datetime='2018-11-26']")).toHaveText("26 November 2018");
  await expect(page.getByRole("main")).toContainText(
    "Associate Professor John Williams, Co-director of DICE at the University of Leicester, said:",
  );
  await expect(page.locator("blockquote")).toHaveCount(2);

  await page.getByRole("main").getByRole("link", { name: "Summit on tackling loneliness and social isolation" }).click();
  await expect(page).toHaveURL(SUMMIT);
  await expect(page.getByRole("main")).toContainText("Friday 30 November 2018, all day");
  await expect(page.getByRole("main")).toContainText("University of Leicester");

  await page.getByRole("main").getByRole("link", { name: "Local area coordinators" }).click();
  await expect(page).toHaveURL(COORDINATORS);
  await expect(page.getByRole("main")).toContainText(
    "The council’s network of ‘local area coordinators’ who connect and support people in communities.",
  );

  await page.getByRole("main").getByRole("link", { name: "New approach to tackle loneliness to be discussed" }).click();
  await expect(page).toHaveURL(ARTICLE);
  await page.getByRole("banner").getByRole("link", { name: "Leicestershire County Council" }).click();
  await expect(page).toHaveURL("/");
});

test("the main navigation reaches every section and marks where the reader is", async ({ page }) => {
  await page.goto("/");
  const navigation = page.getByRole("navigation", { name: "Main" });
  for (const [name, heading] of [
    ["News", "News"],
    ["Events", "Events"],
    ["Tackling loneliness", "How loneliness is tackled"],
    ["Search", "Search"],
  ] as const) {
    await navigation.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(navigation.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
  }
});

test("the article lists each example, linking to its page", async ({ page }) => {
  await page.goto(ARTICLE);
  const prose = page.locator(".prose");
  for (const [name, url] of [
    ["Social workers supporting vulnerable children, adults and families", "/tackling-loneliness/social-workers/"],
    ["Emergency services providing joined up advice", "/tackling-loneliness/emergency-services-joined-up-advice/"],
    ["local area coordinators", COORDINATORS],
  ] as const) {
    await expect(prose.getByRole("link", { name, exact: true })).toHaveAttribute("href", url);
  }
});
