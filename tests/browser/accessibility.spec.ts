/**
 * axe-core finds no WCAG 2.2 A or AA failures on any page, on a desktop and a
 * 320px-wide phone screen, nor on the search page while it shows results.
 */
import { appendFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitePages } from "./sitePages.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [1280, 320];
const SEARCH_WITH_RESULTS = "/search/?q=loneliness";
const views = [...sitePages(), SEARCH_WITH_RESULTS].flatMap((url) => WIDTHS.map((width) => ({ url, width })));

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One line per failing element, so the message says what to fix and where. */
function describe(violation: Violation): string[] {
  return violation.nodes.map(
    (node) => `${violation.id}: ${violation.help} (${violation.helpUrl})\n    at ${node.target.join(" ")}`,
  );
}

// One worker runs this file in order, so the figure line below is printed once.
test.describe.configure({ mode: "default" });

// A failed test restarts the worker, so the tally lives in a file (Playwright empties outputDir at each run).
const tallyFile = (outputDir: string) => path.join(outputDir, "axe-tally.txt");

for (const { url, width } of views) {
  test(`axe: ${url} at ${width}px has no WCAG 2.2 AA violations`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(url);
    if (url === SEARCH_WITH_RESULTS) await expect(page.locator("#search-results li").first()).toBeVisible();

    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const problems = violations.flatMap(describe);
    appendFileSync(tallyFile(testInfo.project.outputDir), `${violations.length}\n`);
    expect(problems, `axe found ${problems.length} failing element(s) on ${url} at ${width}px`).toEqual([]);
  });
}

// Playwright insists on a destructuring pattern for the fixtures, even when none is used.
// eslint-disable-next-line no-empty-pattern
test.afterAll(({}, workerInfo) => {
  const tally = readFileSync(tallyFile(workerInfo.project.outputDir), { encoding: "utf8", flag: "a+" })
    .split("\n")
    .filter(Boolean)
    .map(Number);
  // Print when every page view has been checked, not after each worker restarted by a failure.
  if (tally.length === views.length) {
    console.log(`axe: ${tally.length} page views checked, ${tally.reduce((sum, count) => sum + count, 0)} violations`);
  }
});
