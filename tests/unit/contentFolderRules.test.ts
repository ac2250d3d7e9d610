import assert from "node:assert/strict";
import { test } from "node:test";
import {
  fileNameProblem,
  isAllowedContentFile,
  SETTINGS_FILES,
  settingsFileProblem,
} from "../../eleventy/features/contentFolder/contentFolderRules.ts";

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

test("a page named readme.md in any case but README.md's, which the site leaves out as a note, is named", () => {
  for (const file of ["news/readme.md", "events/Readme.md", "news/README.MD"]) {
    assert.match(
      fileNameProblem(file)!,
      /for a note to editors.*If it is a page, give it a name that says what it is about/,
      file,
    );
  }
  assert.match(fileNameProblem("news/readme.md")!, /such as 2026-11-25-libraries-open-longer\.md/);
  assert.match(fileNameProblem("events/readme.md")!, /such as library-open-day\.md/);
});

test("a page whose name ends in .MD, or .Md, is named with the name to give it", () => {
  assert.match(fileNameProblem("news/2018-11-27-shout.MD")!, /ends in \.MD.*Rename the file 2018-11-27-shout\.md\.$/);
  assert.match(fileNameProblem("events/Open Day.Md")!, /ends in \.Md.*Rename the file open-day\.md\.$/);
});

test("only the settings files the site reads may be in content/settings/, and none in a folder there", () => {
  for (const name of SETTINGS_FILES) assert.equal(settingsFileProblem(`settings/${name}`), undefined, name);
  assert.deepEqual(SETTINGS_FILES, [
    "site.yml",
    "topics.yml",
    "redirects.yml",
    "notices.yml",
    "contact.yml",
    "accessibility.yml",
  ]);
  assert.match(settingsFileProblem("settings/extra.yml")!, /nothing in extra\.yml would be used\. Put its settings/);
  assert.match(settingsFileProblem("settings/topic.yml")!, /Did you mean topics\.yml\?/);
  assert.match(settingsFileProblem("settings/Site.yml")!, /Did you mean site\.yml\?/);
  assert.match(settingsFileProblem("settings/old/site.yml")!, /not from folders inside it/);
});
