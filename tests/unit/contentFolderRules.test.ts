import assert from "node:assert/strict";
import { test } from "node:test";
import { isAllowedContentFile } from "../../eleventy/contentFolder/contentFolderRules.ts";

test("content/ may hold Markdown, images and the settings files, and nothing else", () => {
  for (const file of ["news/a.md", "campaigns/x/index.md", "news/images/a.JPG", "events/images/b.webp", "settings/site.yml"]) {
    assert.equal(isAllowedContentFile(file), true, file);
  }
  for (const file of [
    "_data/site.js",
    "news/news.11tydata.js",
    "news/news.11tydata.json",
    "news/a.11ty.js",
    "pages/home.njk",
    "pages/a.liquid",
    "pages/a.html",
    "news/a.ts",
    "news/a.mjs",
    "news/a.cjs",
    "news/settings.yml",
    "settings/site.js",
    "news/.hidden.md",
    "news/a.md.js",
  ]) {
    assert.equal(isAllowedContentFile(file), false, file);
  }
});
