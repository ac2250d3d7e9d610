import assert from "node:assert/strict";
import { test } from "node:test";
import { headersFor, parseHeadersFile } from "../../eleventy/core/headersFile.ts";

const headers = (file: string, urlPath: string) => Object.fromEntries(headersFor(parseHeadersFile(file), urlPath));

test("a path gets the headers of every rule it matches, a header set twice joined with a comma, as Cloudflare Pages does", () => {
  // The example in Cloudflare Pages' documentation of _headers.
  const file = [
    "/secure/page",
    "  X-Frame-Options: DENY",
    "/static/*",
    "  Access-Control-Allow-Origin: *",
    "  X-Robots-Tag: nosnippet",
    "/*",
    "  X-Robots-Tag: noindex",
  ].join("\n");
  assert.deepEqual(headers(file, "/static/styles.css"), {
    "Access-Control-Allow-Origin": "*",
    "X-Robots-Tag": "nosnippet, noindex",
  });
  assert.deepEqual(headers(file, "/secure/page"), { "X-Frame-Options": "DENY", "X-Robots-Tag": "noindex" });
});

test("a later rule that detaches a header replaces it rather than adding to it", () => {
  const file = [
    "/*",
    "  Cache-Control: public, max-age=0, must-revalidate",
    "  X-Content-Type-Options: nosniff",
    "/assets/css/*",
    "  ! Cache-Control",
    "  Cache-Control: public, max-age=31536000, immutable",
  ].join("\n");
  assert.deepEqual(headers(file, "/assets/css/site.0123456789.css"), {
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  });
  assert.deepEqual(headers(file, "/news/"), {
    "Cache-Control": "public, max-age=0, must-revalidate",
    "X-Content-Type-Options": "nosniff",
  });
});

test("a line that is neither a header nor a detach is refused with its number", () => {
  assert.throws(() => parseHeadersFile("/*\n  not a header"), /line 2/);
});
