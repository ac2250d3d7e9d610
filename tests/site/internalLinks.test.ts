import assert from "node:assert/strict";
import { after, test } from "node:test";
import { checkInternalLinks } from "../../eleventy/linkCheck/checkInternalLinks.ts";

const report = checkInternalLinks("_site");

after(() => {
  console.log(`links: ${report.pagesChecked} pages, ${report.linksChecked} links checked, ${report.broken.length} broken`);
});

test("every page of the built site was read", () => {
  // Home, three listings, search, the article, the summit, three examples at least.
  assert.ok(report.pagesChecked >= 10, `only ${report.pagesChecked} pages found in _site`);
  assert.ok(report.linksChecked > report.pagesChecked * 10, "too few links found: is the parser reading the pages?");
});

test("every internal href and src resolves to a file, and every #fragment to an id", () => {
  const lines = report.broken.map(({ page, url, problem }) => `_site/${page}: "${url}" ${problem}`);
  assert.deepEqual(lines, []);
});
