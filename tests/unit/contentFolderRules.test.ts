import assert from "node:assert/strict";
import { test } from "node:test";
import { fileNameProblem, isAllowedContentFile } from "../../eleventy/features/contentFolder/contentFolderRules.ts";

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

test("a page's file name is its address: spaces, capitals and a repeated date are named, with the name to use", () => {
  assert.match(
    fileNameProblem("news/2026-11-25 Libraries open longer.md")!,
    /has spaces, capital letters.*Rename the file 2026-11-25-libraries-open-longer\.md\.$/,
  );
  assert.match(
    fileNameProblem("news/2026-11-25-2026-11-25-libraries.md")!,
    /has its date twice.*Rename the file 2026-11-25-libraries\.md\.$/,
  );
  assert.match(fileNameProblem("news/libraries.md")!, /starts with its date, YYYY-MM-DD/);
  // The name to use has the page's own date, as its date: field gives it, not an example's.
  assert.equal(
    fileNameProblem("news/no-date-draft.md", () => new Date("2018-11-26T00:00:00Z")),
    'A news article\'s file name starts with its date, YYYY-MM-DD, then a few words: rename "no-date-draft.md" to 2018-11-26-no-date-draft.md, with the date its date: field gives.',
  );
  assert.equal(
    fileNameProblem("news/no-date-draft.md", () => undefined),
    "A news article's file name starts with its date, YYYY-MM-DD, then a few words: rename \"no-date-draft.md\" to the article's date followed by no-date-draft.md, such as 2018-11-26-no-date-draft.md for an article of 26 November 2018.",
  );
  assert.match(
    fileNameProblem("news/Libraries Open.md", () => new Date("2018-11-26T00:00:00Z"))!,
    /Rename the file 2018-11-26-libraries-open\.md\.$/,
  );
  assert.match(fileNameProblem("events/Open Day.md")!, /Rename the file open-day\.md\.$/);
  for (const ok of [
    "news/2018-11-26-new-approach.md",
    "events/loneliness-summit.md",
    "campaigns/road-safety/index.md",
    "news/README.md",
  ]) {
    assert.equal(fileNameProblem(ok), undefined, ok);
  }
});
