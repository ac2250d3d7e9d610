import type { Locator, Page } from "@playwright/test";

/** Presses Tab until the target has focus, failing if it never does. */
export async function tabUntil(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 50; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
