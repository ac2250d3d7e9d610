import assert from "node:assert/strict";
import { test } from "node:test";
import type { CollectionItem } from "../../eleventy/core/collectionItem.ts";
import { relatedPages } from "../../eleventy/features/filters/relatedPages.ts";

const page = (inputPath: string, title: string): CollectionItem => ({
  url: `/${title}/`,
  inputPath,
  date: new Date(),
  data: { title },
});
const all = [
  page("./content/events/loneliness-summit.md", "Summit"),
  page("./content/campaigns/tackling-loneliness/social-workers.md", "Social workers"),
];

test("related pages are found by their file path inside content/, in the order written", () => {
  const found = relatedPages(
    ["campaigns/tackling-loneliness/social-workers.md", "events/loneliness-summit.md"],
    all,
    "./content/news/a.md",
  );
  assert.deepEqual(
    found.map((item) => item.data.title),
    ["Social workers", "Summit"],
  );
});

test("a path that names no file stops the build, naming both files", () => {
  assert.throws(
    () => relatedPages(["events/no-such-event.md"], all, "./content/news/a.md"),
    /content\/news\/a\.md: related: "events\/no-such-event\.md" is not a page of this site/,
  );
});

test("a file that exists but is not published (a draft) is left out until it is", () => {
  // The real summit file exists on disk; with an empty collection it stands for an unpublished page.
  assert.deepEqual(relatedPages(["events/loneliness-summit.md"], [], "./content/news/a.md"), []);
});
