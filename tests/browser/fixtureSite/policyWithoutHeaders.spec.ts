/**
 * On a host that ignores _headers (GitHub Pages, the default deployment), each
 * page's own <meta> Content-Security-Policy still blocks injected script, and
 * the site, search included, still works under it.
 */
import { expect, test } from "@playwright/test";
import { watchRequests } from "../networkSettled.ts";
import { recordViolations } from "../policyViolations.ts";
import { ARTICLE } from "./fixturePages.ts";

test.beforeEach(async ({ page }) => {
  // Served as GitHub Pages serves it: without the headers of _headers.
  await page.route("**/*", async (route) => {
    const response = await route.fetch();
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name !== "content-security-policy"));
    await route.fulfill({ response, headers });
  });
});

// A request still being served when a test ends (a search fragment) would otherwise fail it with
// "Fetch response has been disposed", which says nothing about the page.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("without the policy header, an injected inline script is still blocked by the page's own policy", async ({ page }) => {
  const violations = await recordViolations(page);
  const response = await page.goto(ARTICLE);
  expect(response?.headers()["content-security-policy"]).toBeUndefined();
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injectedScriptRan = true";
    document.head.append(script);
    return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true;
  });
  expect(ran).toBe(false);
  expect(await violations()).toContainEqual(expect.stringMatching(/^script-src/));
});

test("without the policy header, search works under the page's own policy and breaks none of it", async ({ page }) => {
  const violations = await recordViolations(page);
  const networkSettled = watchRequests(page);
  await page.goto("/search/?q=summit");
  await expect(
    page.getByRole("main").getByRole("link", { name: "Summit on tackling loneliness and social isolation" }),
  ).toBeVisible();
  // Every fragment and script search asked for has been served, so a blocked one would be in the list.
  await networkSettled();
  expect(await violations()).toEqual([]);
});
