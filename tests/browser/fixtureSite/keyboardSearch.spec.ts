/** Search by keyboard alone, from the header's search box to a result, with its count announced to screen readers. */
import { expect, test } from "@playwright/test";
import { tabUntil } from "../keyboard.ts";
import { COORDINATORS } from "./fixturePages.ts";

test("search works by keyboard alone, from the header search box to a result", async ({ page }) => {
  await page.goto("/");
  const headerSearch = page.getByRole("search", { name: "Site" }).getByLabel("Search this site");
  await tabUntil(page, headerSearch);
  await page.keyboard.type("local area coordinators");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=local\+area\+coordinators$/);

  const result = page.getByRole("main").getByRole("link", { name: "Local area coordinators" });
  await expect(result).toBeVisible();
  await tabUntil(page, result);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(COORDINATORS);
});

test("the number of search results is announced to screen readers", async ({ page }) => {
  await page.goto("/search/?q=local+area+coordinators");
  const status = page.locator("#search-status");
  await expect(status).toHaveAttribute("role", "status");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(page.locator("#search-results li").first()).toBeVisible();
  // The announcement must match the list a sighted reader sees.
  const count = await page.locator("#search-results li").count();
  await expect(status).toHaveText(`${count} ${count === 1 ? "result" : "results"} for local area coordinators`);
  expect(count).toBeGreaterThan(0);
});
