import assert from "node:assert/strict";
import { test } from "node:test";
import { sharedAddressProblems } from "../../eleventy/features/contentFolder/sharedAddresses.ts";
import { formatProblem } from "../../eleventy/model/frontMatter/contentProblem.ts";

const dated = (date: string, more: Record<string, unknown> = {}) => ({ date: new Date(`${date}T00:00:00Z`), ...more });
const problems = (pages: Array<[string, Record<string, unknown>]>) =>
  sharedAddressProblems(pages.map(([file, data]) => ({ file, data }))).map(formatProblem);

test("two news articles of one month with the same words are named, with the address and what to rename", () => {
  assert.deepEqual(
    problems([
      ["content/news/2018-11-26-summit.md", dated("2018-11-26")],
      ["content/news/2018-11-30-summit.md", dated("2018-11-30")],
      // Another month: another address.
      ["content/news/2018-12-01-summit.md", dated("2018-12-01")],
    ]),
    [
      "content/news/2018-11-30-summit.md:1: This page and content/news/2018-11-26-summit.md would both be published at /news/2018/11/summit/, and one would replace the other. Rename one of the two files: a news article's address is its month and the words after the date in its file name, so two articles of one month need different words.",
    ],
  );
});

test("campaign folders whose names differ only in capitals or spaces are one address", () => {
  assert.deepEqual(
    problems([
      ["content/campaigns/Road Safety/index.md", dated("2018-11-26")],
      ["content/campaigns/road-safety/index.md", dated("2018-11-26")],
    ]),
    [
      "content/campaigns/road-safety/index.md:1: This page and content/campaigns/Road Safety/index.md would both be published at /road-safety/, and one would replace the other. Rename one of the two campaigns' folders: a campaign's address is its folder's name, in lower case with hyphens.",
    ],
  );
});

test("a draft takes no address in a production build, and does under npm start, which shows it", () => {
  const pages: Array<[string, Record<string, unknown>]> = [
    ["content/news/2018-11-26-summit.md", dated("2018-11-26")],
    ["content/news/2018-11-30-summit.md", dated("2018-11-30", { draft: true })],
  ];
  assert.deepEqual(problems(pages), []);
  const runMode = process.env["ELEVENTY_RUN_MODE"];
  process.env["ELEVENTY_RUN_MODE"] = "serve";
  try {
    assert.equal(problems(pages).length, 1);
  } finally {
    if (runMode === undefined) delete process.env["ELEVENTY_RUN_MODE"];
    else process.env["ELEVENTY_RUN_MODE"] = runMode;
  }
});
