import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The summaries the every-page checks write when they have checked every page (tests/browser/site/checks/accessibility.ts
 * for axe, tests/site/validHtml.test.ts for html-validate), and the build reads for the accessibility statement's
 * figures. Gitignored: they describe one run of the checks, not the code. The deploy workflow runs the checks before
 * the build it publishes, so the published statement gives the figures of the checks of that same content.
 */
export const CHECK_REPORTS_FOLDER = "check-reports";

/** Each check's report file, by the name the statement's template uses. */
export const CHECK_REPORT_FILES = { axe: "axe.json", htmlValidate: "html-validate.json" } as const;
export type CheckName = keyof typeof CHECK_REPORT_FILES;

export const checkReportSchema = z.strictObject({
  /** The tool and its version, as the statement names them: "axe-core", "4.13.0". */
  tool: z.string().min(1),
  version: z.string().min(1),
  /** The browser the pages were checked in, if any: "Chromium 140.0.7339.16". */
  browser: z.string().min(1).optional(),
  /** How many pages were checked; with views, how many times in all (each page at each width, say). */
  pages: z.number().int().min(0),
  views: z.number().int().min(0).optional(),
  /** The window widths, in CSS pixels, each page was checked at. */
  widths: z.array(z.number().int().min(1)).optional(),
  /** What the tool found: axe's rule violations, html-validate's errors. */
  failures: z.number().int().min(0),
  /** When the check finished, as an ISO 8601 instant. */
  checkedAt: z.iso.datetime(),
});
export type CheckReport = z.infer<typeof checkReportSchema>;

const reportPath = (root: string, name: CheckName) => path.join(root, CHECK_REPORTS_FOLDER, CHECK_REPORT_FILES[name]);

export function writeCheckReport(name: CheckName, report: CheckReport, root = "."): void {
  mkdirSync(path.join(root, CHECK_REPORTS_FOLDER), { recursive: true });
  writeFileSync(reportPath(root, name), `${JSON.stringify(checkReportSchema.parse(report), null, 2)}\n`);
}

/**
 * The reports there are. One that cannot be read is left out with a warning, as if the check had not run: the
 * statement then says its figures are still to come, which is true, rather than stopping a build over a test's file.
 */
export function readCheckReports(root = "."): Partial<Record<CheckName, CheckReport>> {
  const reports: Partial<Record<CheckName, CheckReport>> = {};
  for (const name of Object.keys(CHECK_REPORT_FILES) as CheckName[]) {
    const file = reportPath(root, name);
    if (!existsSync(file)) continue;
    try {
      reports[name] = checkReportSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    } catch {
      console.warn(
        `Warning: ${path.relative(root, file)} is not a report of the checks, so the accessibility statement leaves its figures out. Run the checks again to write it anew.`,
      );
    }
  }
  return reports;
}
