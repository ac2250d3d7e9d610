import { expect, test } from "@playwright/test";
import { searchWithResults, sitePages } from "./sitePages.ts";

for (const url of sitePages()) {
  test(`${url} loads with no console errors or failed requests`, async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    // The search page is loaded showing results, so that its script, the index and Pagefind's files are fetched too.
    const response = await page.goto(url === "/search/" ? searchWithResults() : url);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });

  test(`${url} has a title, a description, one h1 and British English`, async ({ page }) => {
    await page.goto(url);
    await expect(page).toHaveTitle(/^\S.* – Leicestershire County Council$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\w{3,}/);
    await expect(page.locator("h1")).toHaveCount(1);
  });

  test(`${url} loads ${url === "/search/" ? "only the search script" : "no JavaScript"}`, async ({ page }) => {
    await page.goto(url);
    const scripts = await page
      .locator("script[src]")
      .evaluateAll((elements) => elements.map((element) => element.getAttribute("src")));
    // Its name carries a hash of its contents, so that it can be cached for a year (eleventy/plugins/hashedAssets.ts).
    expect(scripts).toEqual(url === "/search/" ? [expect.stringMatching(/^\/assets\/js\/search\.[0-9a-f]{10}\.js$/)] : []);
    // JSON-LD is data for search engines: the browser does not run it.
    await expect(page.locator('script:not([src]):not([type="application/ld+json"])')).toHaveCount(0);
  });
}
