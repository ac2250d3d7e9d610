import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { runningPagefindPrograms } from "../../eleventy/features/search/pagefindProgram.ts";
import { indexSite } from "../../eleventy/features/search/indexSite.ts";

const site = mkdtempSync(path.join(tmpdir(), "pagefind-program-"));
after(() => rmSync(site, { recursive: true, force: true }));

// Pagefind's Node API leaves its program running: a build that returned with it still running would hold its memory
// after saying it was done, unseen by anyone timing the build (issue 15).
test(
  "indexing a site returns once Pagefind's program has ended, with the index written",
  { skip: process.platform !== "linux" && "needs /proc" },
  async () => {
    mkdirSync(path.join(site, "news"));
    writeFileSync(
      path.join(site, "news/index.html"),
      '<!DOCTYPE html><html lang="en"><head><title>News</title></head><body><main data-pagefind-body><h1>News</h1><p>A summit on loneliness.</p></main></body></html>',
    );
    const pages = await indexSite(site);
    assert.equal(pages, 1);
    assert.deepEqual(runningPagefindPrograms(), [], "a Pagefind program is still running");
  },
);
