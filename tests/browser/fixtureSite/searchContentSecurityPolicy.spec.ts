import { expect, test } from "@playwright/test";
import { recordViolations } from "../policyViolations.ts";

test("searching breaks none of the policy (Pagefind's WebAssembly and worker are allowed)", async ({ page }) => {
  const violations = await recordViolations(page);
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.goto("/search/?q=loneliness");
  await expect(page.locator("#search-results li").first()).toBeVisible();
  await page.locator("#search-input").fill("local area coordinators");
  await expect(page.locator("#search-results")).toContainText("Local area coordinators");
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
