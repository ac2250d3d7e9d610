import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { absoluteUrl, siteUrl } from "../../eleventy/siteUrl.ts";

// These tests are about the default, so they run as if SITE_URL were not set, whatever the shell says.
const given = process.env["SITE_URL"];
before(() => delete process.env["SITE_URL"]);
after(() => {
  if (given !== undefined) process.env["SITE_URL"] = given;
});

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
