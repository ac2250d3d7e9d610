import { expect, test } from "@playwright/test";
import { ARTICLE } from "./fixturePages.ts";

test("'Skip to main content' is the first thing the keyboard reaches, and moves focus to the main content", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();

  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  // The next Tab continues from the main content, not from the header.
  await page.keyboard.press("Tab");
  const focusedInMain = await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement) ?? false);
  expect(focusedInMain).toBe(true);
});

test("'Top of page' at the end returns to the top", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 480 });
  await page.goto(ARTICLE);
  const topLink = page.getByRole("link", { name: "Top of page" });
  await topLink.scrollIntoViewIfNeeded();
  await topLink.click();
  // Looked at every 100 ms: the scroll is smooth, and Playwright's own intervals (up to a second) wait long after it.
  await expect.poll(() => page.evaluate(() => window.scrollY), { intervals: [100] }).toBe(0);
});
