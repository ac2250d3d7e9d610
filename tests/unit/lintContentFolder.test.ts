import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { formatProblem } from "../../eleventy/model/frontMatter/contentProblem.ts";
import { lintContent } from "../../scripts/lint-content.ts";

/*
 * `npm run lint:content` tells an editor everything the build would refuse in
 * their files, in one run: front matter against its schema, with its line, as
 * well as the rules for the words.
 */
describe("npm run lint:content checks front matter as the build does", () => {
  const root = mkdtempSync(path.join(tmpdir(), "lint-content-"));
  const content = path.join(root, "content");
  cpSync("content", content, { recursive: true });
  after(() => rmSync(root, { recursive: true, force: true }));

  test("the real content has no problems", () => {
    assert.deepEqual(lintContent(content).problems.map(formatProblem), []);
  });

  test("every problem of every file, each on its line, in one run", () => {
    writeFileSync(
      path.join(content, "news/2018-11-27-two-mistakes.md"),
      `---\ntitle: ${"A".repeat(70)}\ndescription: A description.\ndate: 2018-11-27\ntopic: Communities\n---\nSee [here](/news/).\n`,
    );
    writeFileSync(
      path.join(content, "events/no-venue.md"),
      "---\ntitle: An event\ndescription: D.\ndate: 2018-11-27\nday: 2018-12-01\n---\nText.\n",
    );
    const lines = lintContent(content).problems.map(formatProblem).join("\n");
    assert.match(lines, /news\/2018-11-27-two-mistakes\.md:2: title: too long: 70 characters/);
    assert.match(lines, /news\/2018-11-27-two-mistakes\.md:5: topic: not a field of this kind of page/);
    assert.match(lines, /news\/2018-11-27-two-mistakes\.md:7: The link text "here" does not say where the link goes/);
    assert.match(lines, /events\/no-venue\.md:2: venue: required/);
  });
});
