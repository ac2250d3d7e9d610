/**
 * axe-core finds no WCAG 2.2 A or AA failures on any page of the real site, on
 * a desktop and a 320px-wide phone screen, nor on the search page while it
 * shows results.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { writeCheckReport } from "../../../eleventy/checkReports/checkReports.ts";
import { axeViolations } from "../axe.ts";
import { searchWithResults, sitePages } from "./sitePages.ts";

const WIDTHS = [1280, 320];
const SEARCH_WITH_RESULTS = searchWithResults();
const pages = sitePages();
const views = [...pages, SEARCH_WITH_RESULTS].flatMap((url) => WIDTHS.map((width) => ({ url, width })));

// One worker runs this file in order, so the figure line below is printed once.
test.describe.configure({ mode: "default" });

// A failed test restarts the worker, so the tally lives in a file (Playwright empties outputDir at each run).
const tallyFile = (outputDir: string) => path.join(outputDir, "axe-tally.txt");

for (const { url, width } of views) {
  test(`axe: ${url} at ${width}px has no WCAG 2.2 AA violations`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(url);
    if (url === SEARCH_WITH_RESULTS) await expect(page.locator("#search-results li").first()).toBeVisible();

    const { violations, problems } = await axeViolations(page);
    appendFileSync(tallyFile(testInfo.project.outputDir), `${violations}\n`);
    expect(problems, `axe found ${problems.length} failing element(s) on ${url} at ${width}px`).toEqual([]);
  });
}

// Playwright insists on a destructuring pattern for the fixtures, even when none is used.
test.afterAll(({ browser }, workerInfo) => {
  const tally = readFileSync(tallyFile(workerInfo.project.outputDir), { encoding: "utf8", flag: "a+" })
    .split("\n")
    .filter(Boolean)
    .map(Number);
  // Print when every page view has been checked, not after each worker restarted by a failure.
  if (tally.length === views.length) {
    const violations = tally.reduce((sum, count) => sum + count, 0);
    console.log(`axe: ${tally.length} page views checked, ${violations} violations`);
    // The accessibility statement's figures (eleventy/checkReports/checkReports.ts): only from a run of every page.
    writeCheckReport("axe", {
      tool: "axe-core",
      version: String((createRequire(import.meta.url)("axe-core/package.json") as { version: string }).version),
      browser: `Chromium ${browser.version()}`,
      pages: pages.length,
      views: tally.length,
      widths: WIDTHS,
      failures: violations,
      checkedAt: new Date().toISOString(),
    });
  }
});
