import assert from "node:assert/strict";
import { test } from "node:test";
import { altTextProblem } from "../../eleventy/model/schemas/altText.ts";
import { image } from "../../eleventy/model/schemas/fields.ts";

test("a description of what the picture shows passes", () => {
  for (const alt of ["A crowd at the loneliness summit", "Imagery from the 1950s, in black and white", "Photographers at work"]) {
    assert.equal(altTextProblem(alt), undefined, alt);
  }
});

test("a file name, a word that only says 'picture', and 'image of …' are each explained", () => {
  assert.match(altTextProblem("DSC_0042.JPG")!, /is a file name/);
  assert.match(altTextProblem("summit-photo.png")!, /is a file name/);
  assert.match(altTextProblem("Image")!, /says only that there is a picture/);
  assert.match(altTextProblem("An image of a library")!, /starts "An image of".*"A library"/);
});

test("the front matter's image is held to the same rule by its schema", () => {
  const result = image.safeParse({ src: "images/x.jpg", alt: "IMG_1234.jpg" });
  assert.equal(result.success, false);
  assert.match(result.error!.issues[0]!.message, /is a file name/);
  assert.equal(image.safeParse({ src: "images/x.jpg", alt: "People reading in a library" }).success, true);
});
