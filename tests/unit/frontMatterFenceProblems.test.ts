import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { frontMatterFenceProblems } from "../../eleventy/model/frontMatter/frontMatterFenceProblems.ts";
import { splitContentFile } from "../../eleventy/model/frontMatter/splitContentFile.ts";

const FIELDS = "title: A title\ndescription: A summit.\ndate: 2018-11-26\n";
const fences = (text: string) => frontMatterFenceProblems(text).map(({ line, message }) => `${line}: ${message}`);

const UNREAD = "so the fields below it are not read (and the page seems to have no title, description or date).";

describe("the --- lines around the front matter", () => {
  test("a byte-order mark before the opening --- is dropped, as Eleventy drops it, and the fields are read", () => {
    const parts = splitContentFile(`\uFEFF---\n${FIELDS}---\nSome text.\n`);
    assert.equal(parts.frontMatter, FIELDS.trimEnd());
    assert.equal(parts.bodyLine, 6);
  });

  test("a file with its front matter between --- lines has no problem, whatever its line endings", () => {
    assert.deepEqual(fences(`---\n${FIELDS}---\nSome text.\n`), []);
    assert.deepEqual(fences(`---\n${FIELDS}---\nSome text.\n`.replace(/\n/g, "\r\n")), []);
    assert.deepEqual(fences(`\uFEFF---\n${FIELDS}---\nSome text.\n`), []);
    // A line of --- in the text, after the front matter, is the text's.
    assert.deepEqual(fences(`---\n${FIELDS}---\nSome text.\n\n---\n\nMore text.\n`), []);
  });

  test("a file with no front matter at all, such as a README.md, is not this check's business", () => {
    assert.deepEqual(fences("# News\n\nWhat goes in this folder.\n"), []);
  });

  test("a blank line before the opening ---", () => {
    assert.deepEqual(fences(`\n---\n${FIELDS}---\nSome text.\n`), [
      `1: The first line of the file must be --- with nothing before it, but the file starts with a blank line, ${UNREAD} Delete it, so that --- is the first line.`,
    ]);
    assert.deepEqual(fences(`\n\n---\n${FIELDS}---\n`), [
      `1: The first line of the file must be --- with nothing before it, but the file starts with 2 blank lines, ${UNREAD} Delete them, so that --- is the first line.`,
    ]);
  });

  test("spaces before the opening ---", () => {
    assert.deepEqual(fences(`  ---\n${FIELDS}---\n`), [
      `1: The first line of the file must be --- with nothing before it, but the file starts with spaces before the ---, ${UNREAD} Delete them, so that --- is the first line.`,
    ]);
  });

  test("no closing ---: told on the first line of text, which is read as a field", () => {
    assert.deepEqual(fences(`---\n${FIELDS}\nSome text.\n`), [
      "6: The front matter is not closed: no line of --- comes after its fields, so this line and the rest of the file are read as fields. Write --- on its own line before this one, after the last field.",
    ]);
    assert.deepEqual(
      fences(`---\n${FIELDS}\n## A heading\n\nSome text.\n`).map((problem) => problem.slice(0, 3)),
      ["6: "],
    );
  });

  test("no closing --- and no text: told on the last field", () => {
    assert.deepEqual(fences(`---\n${FIELDS}`), [
      "4: The front matter is not closed: no line of --- comes after its fields. Write --- on its own line after this one.",
    ]);
  });

  test("no closing --- before the text, but a --- further down, which is read as the end of the front matter", () => {
    assert.deepEqual(fences(`---\n${FIELDS}\nSome text.\n\n---\n\nMore text.\n`), [
      "6: The front matter is not closed before the page's text: the next line of --- is line 8, so this line is read as a field. Write --- on its own line before this one, after the last field.",
    ]);
  });

  test("both: a blank line before the opening --- and no closing one", () => {
    assert.deepEqual(
      fences(`\n---\n${FIELDS}\nSome text.\n`).map((problem) => problem.slice(0, 3)),
      ["1: ", "7: "],
    );
  });
});
