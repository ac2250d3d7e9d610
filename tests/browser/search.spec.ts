import { expect, test } from "@playwright/test";
import { ARTICLE } from "./sitePages.ts";

test("searching 'local area coordinators' from the header form finds the coordinators example", async ({ page }) => {
  await page.goto(ARTICLE);
  const form = page.getByRole("search", { name: "Site" });
  await form.getByLabel("Search this site").fill("local area coordinators");
  await form.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/search\/\?q=local\+area\+coordinators$/);
  const result = page.getByRole("main").getByRole("link", { name: "Local area coordinators" });
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute("href", /\/tackling-loneliness\/local-area-coordinators\/$/);
});

test("a shared search link shows its results, each with its content type", async ({ page }) => {
  await page.goto("/search/?q=summit");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "Summit on tackling loneliness and social isolation" })).toBeVisible();
  await expect(main).toContainText("Event");
  await expect(main).toContainText("News");
});

test("without JavaScript, the search page says it needs it and links to the listings", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search/?q=summit");
  // Playwright's text and role locators skip <noscript>, so find its contents by CSS and check what a reader sees.
  const notice = page.locator("main noscript .notice");
  await expect(notice).toBeVisible();
  expect(await notice.evaluate((element) => (element as HTMLElement).innerText)).toContain("Search needs JavaScript");
  const links = await notice.locator("a").evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute("href")]));
  expect(links).toEqual([
    ["News", "/news/"],
    ["Events", "/events/"],
    ["Tackling loneliness", "/tackling-loneliness/"],
  ]);
  await expect(page.locator("#search")).toBeHidden();
  await context.close();
});
