import assert from "node:assert/strict";
import { test } from "node:test";
import { buildFailureMessage } from "../../scripts/build/buildFailure.ts";

test("a picture Eleventy Image could not make is told with the page that shows it, in words, the library's after", () => {
  // As Eleventy wraps sharp's error when its HTML transform fails on a page.
  const error = Object.assign(
    new Error(
      "Transform `@11ty/eleventy/html-transformer` encountered an error when transforming ./content/news/2018-11-27-pictures.md.",
    ),
    { originalError: new Error("pngload_buffer: end of stream\npngload_buffer: end of stream") },
  );
  assert.equal(
    buildFailureMessage("_site", error),
    "\nThe build failed, and _site/ was left as it was. What to fix:\n\ncontent/news/2018-11-27-pictures.md: a picture this page shows could not be made into the site's formats (the image library said: pngload_buffer: end of stream). Open each picture the page shows; save any that does not open, or looks cut short, again as a JPEG or PNG, and add that instead.",
  );
});
