import { expect, test } from "@playwright/test";
import { recordViolations } from "../policyViolations.ts";
import { sitePages } from "./sitePages.ts";

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
