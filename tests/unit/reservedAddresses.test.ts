import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { PREVIEWS_FOLDER } from "../../eleventy/core/siteFolders.ts";
import { IMAGE_URL_PATH } from "../../eleventy/features/images/options.ts";
import { reservedAddressAt } from "../../eleventy/registry/reservedAddresses.ts";

/*
 * The addresses the site keeps for itself are read from what the build makes (the generated pages' permalinks, the
 * folders code fills), so that a page the web team adds is kept from content without a second list to update.
 */

const reserved = (address: string, root?: string) => reservedAddressAt(address, root)?.address;

test("the site's own folders, pages and files are reserved", () => {
  for (const [address, by] of [
    ["/assets/css/", "/assets/"],
    ["/assets/css/site.css", "/assets/"],
    [IMAGE_URL_PATH, "/assets/"],
    ["/pagefind/", "/pagefind/"],
    ["/admin/", "/admin/"],
    ["/admin/config.yml", "/admin/"],
    [`/${PREVIEWS_FOLDER}/pr-42/`, "/previews/"],
    ["/search/", "/search/"],
    ["/search/results/", "/search/"],
    ["/news/", "/news/"],
    ["/news/feed.xml", "/news/feed.xml"],
    ["/events/", "/events/"],
    ["/topics/", "/topics/"],
    ["/accessibility/", "/accessibility/"],
    ["/accessibility/2018/", "/accessibility/"],
    ["/privacy/", "/privacy/"],
    ["/contact/", "/contact/"],
    ["/contact/complaints/", "/contact/"],
    ["/robots.txt", "/robots.txt"],
    ["/sitemap.xml", "/sitemap.xml"],
    ["/_headers", "/_headers"],
    ["/_redirects", "/_redirects"],
    ["/404.html", "/404.html"],
    ["/", "/"],
    // A campaign folder whose name has no letters or numbers would be at "//": the home page.
    ["//", "/"],
  ]) {
    assert.equal(reserved(address!), by, address);
  }
});

test("content's own addresses under the site's folders are not: news, events and topics publish pages there", () => {
  for (const address of [
    "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/",
    "/news/2018/11/feed/",
    "/events/loneliness-summit/",
    "/events/loneliness-summit/loneliness-summit.ics",
    "/topics/social-care/",
    "/tackling-loneliness/",
    "/tackling-loneliness/social-workers/",
    "/assets-campaign/",
  ]) {
    assert.equal(reserved(address), undefined, address);
  }
});

test("adding a generated page's permalink reserves it, and its folder, with no list to update", () => {
  const root = mkdtempSync(path.join(tmpdir(), "reserved-"));
  after(() => rmSync(root, { recursive: true, force: true }));
  cpSync("_includes", path.join(root, "_includes"), { recursive: true });
  assert.equal(reserved("/annual-report/"), undefined, "not reserved in the project as it is");
  writeFileSync(
    path.join(root, "_includes/pages/annual-report.njk"),
    "---\ntitle: Annual report\npermalink: /annual-report/\nlayout: layouts/base.njk\n---\n<p>The year in figures.</p>\n",
  );
  writeFileSync(path.join(root, "_includes/feeds/events-feed.njk"), "---\npermalink: /events/feed.xml\nlayout: false\n---\n");
  assert.equal(reserved("/annual-report/", root), "/annual-report/");
  assert.equal(reserved("/annual-report/2024/", root), "/annual-report/");
  assert.match(reservedAddressAt("/annual-report/", root)!.what, /the site's own page "Annual report"/);
  assert.equal(reserved("/events/feed.xml", root), "/events/feed.xml");
  // /events/ is where event pages are published: only the feed's own address is the site's.
  assert.equal(reserved("/events/library-open-day/", root), undefined);
});

test("the previews' folder is the one the workflows publish them in, and robots.txt keeps search engines out of", () => {
  assert.match(readFileSync(".github/workflows/preview.yml", "utf8"), new RegExp(`PREVIEW_FOLDER: ${PREVIEWS_FOLDER}/pr-`));
  assert.match(readFileSync(".github/workflows/deploy.yml", "utf8"), new RegExp(`git archive FETCH_HEAD ${PREVIEWS_FOLDER} `));
  assert.match(readFileSync("_includes/feeds/robots.njk", "utf8"), new RegExp(`^Disallow: /${PREVIEWS_FOLDER}/$`, "m"));
});
