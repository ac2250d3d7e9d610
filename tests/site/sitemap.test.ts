/** sitemap.xml and robots.txt, as a search engine reads them. Run after `npm run build`. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { ADMIN_URL } from "../../eleventy/core/siteFolders.ts";
import { toLondonDateTime } from "../../eleventy/core/dates.ts";
import { siteUrl } from "../../eleventy/core/siteUrl.ts";
import { builtPages } from "./builtPages.ts";
import { publishedPages } from "./publishedPages.ts";
import { readXml } from "./readXml.ts";

const SITE = siteUrl();
const entries: Array<{ loc: string; lastmod: string }> = readXml("_site/sitemap.xml", ["url"])["urlset"].url ?? [];
const lastmodOf = new Map(entries.map((entry) => [new URL(entry.loc).pathname, entry.lastmod]));

/** The address each public page is served at, except the 404 page. */
const pageUrls = builtPages()
  .filter((page) => page.file !== "404.html")
  .map((page) => page.url)
  .sort();

test("every page of the site is listed once, and nothing else", () => {
  assert.ok(pageUrls.includes("/"), `no home page in _site: run "npm run build" first`);
  const listed = entries.map((entry) => new URL(entry.loc).pathname);
  assert.equal(new Set(listed).size, listed.length, "no page is listed twice");
  assert.deepEqual([...listed].sort(), pageUrls);
});

test("every address is absolute, on the site's address, with a lastmod date", () => {
  for (const { loc, lastmod } of entries) {
    assert.ok(loc.startsWith(`${SITE}/`), `${loc} is under ${SITE}/`);
    assert.match(lastmod, /^\d{4}-\d{2}-\d{2}$/, `${loc}: lastmod is YYYY-MM-DD`);
  }
});

test("a content page's lastmod is the day it last changed (its date, newest update or withdrawal); a listing's is its newest content page's date", () => {
  const content = publishedPages();
  // An event's date is when its page was published, not the day it happens (day:, start:).
  for (const page of content) assert.equal(lastmodOf.get(page.url), toLondonDateTime(page.modified).toISODate(), page.file);
  const newest = content
    .map((page) => toLondonDateTime(page.date).toISODate()!)
    .sort()
    .at(-1);
  for (const listing of ["/", "/news/", "/events/", "/topics/", "/search/"]) {
    assert.equal(lastmodOf.get(listing), newest, listing);
  }
});

test("robots.txt lets every crawler reach every page of the sitemap, keeps them out of previews and the CMS, and names the sitemap by its full address", () => {
  const robots = readFileSync("_site/robots.txt", "utf8");
  assert.match(robots, /^User-agent: \*$/m);
  const disallowed = [...robots.matchAll(/^Disallow: *(\S*)$/gm)].map((line) => line[1]!);
  assert.ok(disallowed.includes("/previews/"), "pull requests' previews are not for search engines");
  assert.ok(disallowed.includes(ADMIN_URL), "the CMS is not for search engines");
  const blocked = entries
    .map((entry) => new URL(entry.loc).pathname)
    .filter((url) => disallowed.some((start) => start && url.startsWith(start)));
  assert.deepEqual(blocked, [], "no page of the sitemap is disallowed");
  assert.match(robots, new RegExp(`^Sitemap: ${SITE.replace(/[.]/g, "\\.")}/sitemap\\.xml$`, "m"));
});
