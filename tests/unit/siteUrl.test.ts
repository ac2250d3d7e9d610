import assert from "node:assert/strict";
import { test } from "node:test";
import { absoluteUrl, siteUrl } from "../../eleventy/siteUrl.ts";

test("the site address defaults to the council's, and SITE_URL overrides it", () => {
  assert.equal(siteUrl(undefined), "https://www.leicestershire.gov.uk");
  assert.equal(siteUrl(""), "https://www.leicestershire.gov.uk");
  assert.equal(siteUrl("https://preview.example.org/"), "https://preview.example.org");
});

test("a SITE_URL that is not an absolute web address stops the build with what to write", () => {
  assert.throws(
    () => siteUrl("www.example.org"),
    /SITE_URL must be an absolute http\(s\) address.*\(it is "www\.example\.org"\)/,
  );
  assert.throws(() => siteUrl("ftp://example.org"), /SITE_URL must be an absolute http\(s\) address/);
});

test("paths become absolute addresses on the site", () => {
  assert.equal(absoluteUrl("/news/", "https://preview.example.org"), "https://preview.example.org/news/");
  assert.equal(absoluteUrl("/events/loneliness-summit/"), "https://www.leicestershire.gov.uk/events/loneliness-summit/");
});
