import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { frontMatterOf, validationErrors, withField } from "./contentFile.ts";

const example = frontMatterOf("content/examples/local-area-coordinators.md");
const errorsWith = (field: string, line: string | null) => validationErrors("example", withField(example, field, line));

describe("example front matter", () => {
  test("every real example is valid", () => {
    for (const name of ["social-workers", "emergency-services-joined-up-advice", "local-area-coordinators"]) {
      assert.equal(validationErrors("example", frontMatterOf(`content/examples/${name}.md`)), "", name);
    }
  });

  test("a provider is required", () => {
    assert.match(errorsWith("provider", null), /provider: required \(who provides it/);
  });

  test("order must be a whole number", () => {
    assert.match(errorsWith("order", "order: first"), /order: the text "first" is not a whole number/);
    assert.match(errorsWith("order", "order: 1.5"), /order: .*(whole number|integer)/i);
  });
});

describe("content outside a content folder", () => {
  test("a Markdown file with no content type says where to move it", () => {
    assert.match(validationErrors("", example), /not in a content folder.*content\/news, content\/events, content\/examples/);
  });
});
