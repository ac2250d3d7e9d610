/**
 * Every built page is valid HTML, by html-validate's recommended and document
 * presets (settings in .htmlvalidate.mjs). Run after `npm run build`.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate, version } from "html-validate";
import { writeCheckReport } from "../../eleventy/features/checkReports/checkReports.ts";
import { builtPages } from "./builtPages.ts";

const SITE = "_site";
// The CMS's page too: it is ours, even if not a public page.
const pages = builtPages(SITE, { staff: true }).map((page) => path.join(SITE, page.file));

// Reads .htmlvalidate.mjs as the html-validate CLI does (a bare `new HtmlValidate()` would ignore it).
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
let errors = 0;
let checked = 0;

test("the build wrote pages to check", () => {
  assert.ok(pages.length > 0, `No HTML pages in ${SITE}/: run "npm run build" first.`);
});

for (const file of pages) {
  test(`${file} is valid HTML`, async () => {
    const report = await htmlvalidate.validateFile(file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    errors += report.errorCount;
    checked += 1;
    assert.equal(report.valid, true, `html-validate found ${report.errorCount} error(s):\n${messages.join("\n")}`);
  });
}

after(() => {
  console.log(`html-validate: ${checked} pages checked, ${errors} errors`);
  // The accessibility statement's figures (eleventy/features/checkReports/checkReports.ts): only from a run of every page.
  if (checked === pages.length && checked > 0) {
    writeCheckReport("htmlValidate", {
      tool: "html-validate",
      version,
      pages: checked,
      failures: errors,
      checkedAt: new Date().toISOString(),
    });
  }
});
