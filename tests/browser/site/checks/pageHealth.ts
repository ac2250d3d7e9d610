/**
 * Every page loads with no console errors or warnings, no script errors, no failed requests and no HTTP errors; it
 * has a title, a description, one h1 and British English; and it loads no JavaScript but the search page's script.
 */
import { expect, type Page } from "@playwright/test";

/** Starts listening, before the page is opened: every problem the page has from then on, as one line each. */
export function watchHealth(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

export function checkNoProblems(problems: string[]): void {
  expect.soft(problems, "console errors and warnings, script errors, failed requests").toEqual([]);
}

export async function checkTitleAndLanguage(page: Page): Promise<void> {
  await expect.soft(page, "title").toHaveTitle(/^\S.* – Leicestershire County Council$/);
  await expect.soft(page.locator("html"), "lang").toHaveAttribute("lang", "en-GB");
  await expect.soft(page.locator('meta[name="description"]'), "description").toHaveAttribute("content", /\w{3,}/);
  await expect.soft(page.locator("h1"), "one h1").toHaveCount(1);
}

/** The search page loads only its own script, every other page none. */
export async function checkScripts(page: Page, isSearchPage: boolean): Promise<void> {
  const scripts = await page
    .locator("script[src]")
    .evaluateAll((elements) => elements.map((element) => element.getAttribute("src")));
  // Its name carries a hash of its contents, so that it can be cached for a year (eleventy/plugins/hashedAssets.ts).
  expect
    .soft(scripts, isSearchPage ? "only the search script" : "no JavaScript")
    .toEqual(isSearchPage ? [expect.stringMatching(/^\/assets\/js\/search\.[0-9a-f]{10}\.js$/)] : []);
  // JSON-LD is data for search engines: the browser does not run it.
  await expect.soft(page.locator('script:not([src]):not([type="application/ld+json"])'), "inline scripts").toHaveCount(0);
}
