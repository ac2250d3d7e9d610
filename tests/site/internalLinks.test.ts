import assert from "node:assert/strict";
import { after, test } from "node:test";
import { checkInternalLinks } from "../../eleventy/features/linkCheck/checkInternalLinks.ts";
import { builtPages } from "./builtPages.ts";

const report = checkInternalLinks("_site");

after(() => {
  console.log(`links: ${report.pagesChecked} pages, ${report.linksChecked} links checked, ${report.broken.length} broken`);
});

test("every page of the built site was read", () => {
  assert.equal(report.pagesChecked, builtPages("_site", { staff: true }).length, "the link check read every HTML page in _site");
  // The header, navigation and footer give every page links of its own: fewer than ten a page means the parser read none.
  assert.ok(report.linksChecked > report.pagesChecked * 10, "too few links found: is the parser reading the pages?");
});

test("every internal href and src resolves to a file, and every #fragment to an id", () => {
  const lines = report.broken.map(({ page, url, problem }) => `_site/${page}: "${url}" ${problem}`);
  assert.deepEqual(lines, []);
});
