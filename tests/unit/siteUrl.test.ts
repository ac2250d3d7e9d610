import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { absoluteUrl, pathPrefix, siteUrl } from "../../eleventy/core/siteUrl.ts";

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

test("a site under a path (a GitHub Pages project, a preview) keeps that path in every absolute address", () => {
  assert.equal(siteUrl("https://council.github.io/news-site/"), "https://council.github.io/news-site");
  assert.equal(
    absoluteUrl("/news/", siteUrl("https://council.github.io/news-site")),
    "https://council.github.io/news-site/news/",
  );
  assert.equal(
    siteUrl("https://council.github.io/news-site", "/news-site/previews/pr-42/"),
    "https://council.github.io/news-site/previews/pr-42",
  );
});

test("PATH_PREFIX is the whole path the site is served under; by default SITE_URL's path", () => {
  assert.equal(pathPrefix(undefined, undefined), "/");
  assert.equal(pathPrefix("", "https://council.github.io/news-site"), "/news-site/");
  assert.equal(pathPrefix("/previews/pr-42/", undefined), "/previews/pr-42/");
  assert.equal(pathPrefix("previews/pr-42", "https://council.github.io/news-site"), "/previews/pr-42/");
  assert.throws(
    () => pathPrefix("/previews/pr 42/", undefined),
    /PATH_PREFIX must be a path of folders, such as \/previews\/pr-42\/ \(it is "\/previews\/pr 42\/"\)/,
  );
  assert.throws(() => pathPrefix("/a/../b/", undefined), /PATH_PREFIX must be a path of folders/);
});
