import { expect, test } from "@playwright/test";
import { sitePages } from "./sitePages.ts";

/** Collects every Content-Security-Policy violation the page reports, from before its first script runs. */
async function recordViolations(page: import("@playwright/test").Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

for (const url of sitePages()) {
  test(`${url} is served with its security headers and breaks none of its policy`, async ({ page }) => {
    const violations = await recordViolations(page);
    const response = await page.goto(url);
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains; preload");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
  });
}

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
