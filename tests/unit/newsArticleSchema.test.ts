import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { FIXTURES, frontMatterOf, realFileErrors, realFiles, validationErrors, withField } from "./contentFile.ts";

const article = frontMatterOf(`${FIXTURES}/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md`);
const errorsWith = (field: string, line: string | null) => validationErrors("news", withField(article, field, line));

describe("news article front matter", () => {
  test("the fixture article, which the tests below vary, is valid", () => {
    assert.equal(validationErrors("news", article), "");
  });

  test("every real article is valid", () => {
    for (const file of realFiles("content/news")) assert.equal(realFileErrors(file), "", file);
  });

  test("a missing title names the file, the front matter's first line, the field and what is expected", () => {
    assert.match(errorsWith("title", null), /page\.md:2: title: required \(a headline of up to 65 characters/);
  });

  test("a headline over 65 characters is refused with its length", () => {
    assert.match(errorsWith("title", `title: ${"Loneliness ".repeat(7)}`), /title: too long: \d+ characters, at most 65/);
  });

  test("an empty description is refused", () => {
    assert.match(errorsWith("description", 'description: ""'), /description: must not be empty/);
  });

  test("a date written in words is refused, with an example of the right form", () => {
    assert.match(
      errorsWith("date", "date: 26 November 2018"),
      /date: "26 November 2018" is not a date the site can read: .*YYYY-MM-DD.* the line reads date: 2018-11-26/,
    );
  });

  test("a misspelt field is caught, not ignored", () => {
    assert.match(errorsWith("titel", "titel: Extra"), /titel: not a field of this kind of page \(check its spelling/);
  });

  test("a field whose name is misspelt is named with the field meant, and that field is not also said to be missing", () => {
    const misspelt = article.replace(/^title:/m, "tittle:");
    assert.equal(
      validationErrors("news", misspelt).replace(/^.*page\.md/, "page.md"),
      "page.md:2: tittle: not a field of this kind of page. Did you mean title? Correct the name, so that the line reads title: New approach to tackle loneliness to be discussed",
    );
    assert.match(validationErrors("news", article.replace(/^title:/m, "Title:")), /Title: .*Did you mean title\?/);
    // Too far from any field to be a slip: every field is listed instead.
    assert.match(
      errorsWith("tag", "tag: Extra"),
      /tag: not a field of this kind of page \(check its spelling; the fields here are: title,/,
    );
  });

  test("related pages must be written as content file paths", () => {
    assert.match(
      errorsWith("related", "related:\n  - https://example.com/"),
      /related\.0: the text "https:\/\/example\.com\/" is not a file name/,
    );
  });
});

describe("impossible dates", () => {
  test("a date that does not exist is refused with its line, not rolled over into the next month", () => {
    const message = validationErrors("news", withField(article, "date", "date: 2018-02-30"));
    assert.match(message, /page\.md:4: 2018-02-30 is not a real date/);
  });

  test("a real leap day is accepted", () => {
    assert.equal(validationErrors("news", withField(article, "date", "date: 2020-02-29")), "");
  });
});
