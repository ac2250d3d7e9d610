/** Every page is served with its security headers and breaks none of its Content-Security-Policy. */
import { expect, type Response } from "@playwright/test";

/** The headers of the page's own response. */
export function checkSecurityHeaders(response: Response | null): void {
  const headers = response?.headers() ?? {};
  expect.soft(headers["content-security-policy"], "Content-Security-Policy header").toContain("frame-ancestors 'none'");
  expect
    .soft(headers["strict-transport-security"], "Strict-Transport-Security header")
    .toBe("max-age=31536000; includeSubDomains; preload");
  expect.soft(headers["x-content-type-options"], "X-Content-Type-Options header").toBe("nosniff");
}

/** The violations recorded (../../policyViolations.ts) since the page began to load: none. */
export function checkNoPolicyViolations(violations: string[]): void {
  expect.soft(violations, "Content-Security-Policy violations").toEqual([]);
}
