/**
 * axe-core finds no WCAG 2.2 A or AA failures on any page of the real site, on
 * a desktop and a 320px-wide phone screen, nor on the search page while it
 * shows results (../everyPage.spec.ts opens each page at each width). Each
 * view's count of broken rules goes into a tally; when every view has been
 * checked, the tally becomes check-reports/axe.json, the accessibility
 * statement's figures (eleventy/features/checkReports/checkReports.ts).
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, type Browser, type Page, type TestInfo, type WorkerInfo } from "@playwright/test";
import { writeCheckReport } from "../../../../eleventy/features/checkReports/checkReports.ts";
import { axeViolations } from "../../axe.ts";

/** The widths each page is checked at by axe, in the order the report names them. */
export const AXE_WIDTHS = [1280, 320];

// Tests run in two workers, and a failed test restarts its worker, so the tally lives in a file (Playwright empties
// outputDir at each run): one line a view checked.
const tallyFile = (outputDir: string) => path.join(outputDir, "axe-tally.txt");

/** Runs axe on the page as it is now, at the width it is now, and tallies what it found. */
export async function checkAxe(page: Page, url: string, width: number, testInfo: TestInfo): Promise<void> {
  const { violations, problems } = await axeViolations(page);
  appendFileSync(tallyFile(testInfo.project.outputDir), `${violations}\n`);
  expect.soft(problems, `axe found ${problems.length} failing element(s) on ${url} at ${width}px`).toEqual([]);
}

/**
 * After a worker's tests: if every view of every page has been checked (by this worker and the others), prints the
 * figures and writes the report. Only one worker writes it: the first to find the tally whole claims it.
 */
export function reportAxe(browser: Browser, workerInfo: WorkerInfo, pages: number, views: number): void {
  const outputDir = workerInfo.project.outputDir;
  const tally = readFileSync(tallyFile(outputDir), { encoding: "utf8", flag: "a+" }).split("\n").filter(Boolean).map(Number);
  if (tally.length !== views) return; // not every view yet: another worker, still running, or a failed one restarted
  try {
    writeFileSync(path.join(outputDir, "axe-reported.txt"), "", { flag: "wx" });
  } catch {
    return; // another worker has written it
  }
  const violations = tally.reduce((sum, count) => sum + count, 0);
  console.log(`axe: ${tally.length} page views checked, ${violations} violations`);
  // The accessibility statement's figures (eleventy/features/checkReports/checkReports.ts): only from a run of every page.
  writeCheckReport("axe", {
    tool: "axe-core",
    version: String((createRequire(import.meta.url)("axe-core/package.json") as { version: string }).version),
    browser: `Chromium ${browser.version()}`,
    pages,
    views: tally.length,
    widths: AXE_WIDTHS,
    failures: violations,
    checkedAt: new Date().toISOString(),
  });
}
