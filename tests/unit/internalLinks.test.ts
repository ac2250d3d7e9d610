import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { checkInternalLinks } from "../../eleventy/features/linkCheck/checkInternalLinks.ts";

const sites: string[] = [];
after(() => sites.forEach((root) => rmSync(root, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "links-"));
  sites.push(root);
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  }
  return root;
}

test("links to pages, files and ids that exist pass", () => {
  const root = site({
    "index.html":
      '<a href="/news/">News</a><a href="news/#latest">Latest</a><a href="#top" id="top">Top</a><img src="/a.svg" alt="">',
    "news/index.html":
      '<h2 id="latest">Latest</h2><a href="../">Home</a><a href="https://example.org/">Out</a><a href="mailto:a@b.c">Mail</a>',
    "a.svg": "<svg/>",
  });
  const report = checkInternalLinks(root);
  assert.deepEqual(report.broken, []);
  assert.equal(report.pagesChecked, 2);
  assert.equal(report.linksChecked, 7);
});

test("a missing page, a missing id and script-running links are each reported with their page", () => {
  const root = site({
    "index.html": [
      '<a href="/nowhere/">A</a>',
      '<a href="/#missing">B</a>',
      '<a href="JavaScript:alert(1)">C</a>',
      '<img src="data:text/html,x" alt="">',
      '<img srcset="/small.jpg 1x, /big.jpg 2x" alt="">',
    ].join(""),
    "small.jpg": "",
  });
  const found = checkInternalLinks(root).broken.map(({ page, url }) => `${page} ${url}`);
  assert.deepEqual(found, [
    "index.html /nowhere/",
    "index.html /#missing",
    "index.html JavaScript:alert(1)",
    "index.html data:text/html,x",
    "index.html /big.jpg",
  ]);
});

test("a meta refresh is a link: where it sends the browser must be a page of the site", () => {
  const root = site({
    "old/index.html": '<meta http-equiv="refresh" content="0; url=/new/"><a href="/new/">New</a>',
    "gone/index.html": '<meta http-equiv="Refresh" content="0; URL=/nowhere/">',
    "new/index.html": "<p>New</p>",
  });
  const found = checkInternalLinks(root).broken.map(({ page, url }) => `${page} ${url}`);
  assert.deepEqual(found, ["gone/index.html /nowhere/"]);
});
