import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { frontMatterOf, validationErrors, withField } from "./contentFile.ts";

/** The problems of a news article with one field changed, each as "line: message". */
const article = frontMatterOf("content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md");
const newsProblems = (field: string, line: string) =>
  validationErrors("news", withField(article, field, line))
    .split("\n")
    .map((problem) => problem.replace(/^.*page\.md:/, ""));

describe("a group's fields written without indentation", () => {
  test("each field is told on its line, and the group is not also said to be missing", () => {
    assert.deepEqual(newsProblems("image", "image:\nsrc: images/loneliness-campaign.svg\nalt: A blue banner"), [
      "14: src: not indented under image, so it is read as a field of its own, not part of image above it. Start the line with 2 spaces:   src: images/loneliness-campaign.svg",
      "15: alt: not indented under image, so it is read as a field of its own, not part of image above it. Start the line with 2 spaces:   alt: A blue banner",
    ]);
  });

  test("a field after the group's last indented one", () => {
    assert.deepEqual(newsProblems("image", "image:\n  src: images/loneliness-campaign.svg\nalt: A blue banner"), [
      "15: alt: not indented under image, so it is read as a field of its own, not part of image above it. Start the line with 2 spaces:   alt: A blue banner",
    ]);
  });

  test("a misspelt field that is not one of the group's is still a misspelt field", () => {
    assert.match(
      newsProblems("image", "image:\nsource: images/loneliness-campaign.svg").join("\n"),
      /source: not a field of this kind of page/,
    );
  });
});
