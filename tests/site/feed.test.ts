/** The Atom feed of news, as a feed reader reads it. Run after `npm run build`. */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { rfc3339 } from "../../eleventy/core/dates.ts";
import { siteSettings } from "../../eleventy/model/settings/siteSettings.ts";
import { DomUtils, parseDocument } from "htmlparser2";
import { siteUrl } from "../../eleventy/core/siteUrl.ts";
import { builtPages } from "./builtPages.ts";
import { publishedOfType } from "./publishedPages.ts";
import { readXml } from "./readXml.ts";

const SITE = siteUrl();
const FEED_URL = `${SITE}/news/feed.xml`;
const feed = readXml("_site/news/feed.xml", ["entry", "link"])["feed"];
// Parsed XML has no static shape: the assertions below are what check it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const entries: Array<Record<string, any>> = feed.entry ?? [];
const RFC3339_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** Every published article, newest first, as the news listing and the feed order them: whatever editors have published. */
const news = publishedOfType("news");
const linkOf = (links: Array<Record<string, string>>, rel: string) => links.find((link) => (link["@rel"] ?? "alternate") === rel);

test("the feed says who it is from, where it lives and when it last changed", () => {
  assert.equal(feed["@xmlns"], "http://www.w3.org/2005/Atom");
  assert.equal(feed.title, "News from Leicestershire County Council");
  assert.equal(feed.id, FEED_URL);
  assert.deepEqual(linkOf(feed.link, "self"), { "@rel": "self", "@type": "application/atom+xml", "@href": FEED_URL });
  assert.equal(linkOf(feed.link, "alternate")?.["@href"], `${SITE}/news/`);
  assert.equal(feed.author.name, "Leicestershire County Council");
  assert.match(feed.updated, RFC3339_WITH_OFFSET);
  assert.equal(feed.updated, entries[0]?.updated, "the feed was last updated when its newest entry was");
});

test("the newest articles have one entry each, newest first, up to the feed's limit", () => {
  const { feedEntries } = siteSettings();
  const newest = news.slice(0, feedEntries).map((article) => `${SITE}${article.url}`);
  assert.deepEqual(
    entries.map((entry) => entry.id),
    newest,
  );
  const published = entries.map((entry) => Date.parse(entry.published));
  assert.deepEqual(
    published,
    [...published].sort((a, b) => b - a),
  );
});

for (const article of news.slice(0, siteSettings().feedEntries)) {
  test(`${article.url}: its entry has an absolute link, its London dates with their offset, its summary and its content`, () => {
    const url = `${SITE}${article.url}`;
    const entry = entries.find((candidate) => candidate.id === url);
    assert.ok(entry, `an entry with the id ${url}`);
    assert.equal(entry.title, article.data.title);
    assert.deepEqual(linkOf(entry.link, "alternate")?.["@href"], url);
    assert.equal(entry.published, rfc3339(article.date));
    assert.match(entry.updated, RFC3339_WITH_OFFSET);
    assert.equal(entry.summary, article.data.description);

    assert.equal(entry.content["@type"], "html");
    const html: string = entry.content["#text"];
    assert.ok(html.trim(), "the entry carries the article's text");
    assert.doesNotMatch(html, /(href|src)="\//, "no link in the content is relative to the site");
  });
}

test("every entry links to a page the site has", () => {
  for (const entry of entries) {
    const href: string = linkOf(entry.link, "alternate")?.["@href"] ?? "";
    assert.match(entry.published, RFC3339_WITH_OFFSET);
    assert.ok(href.startsWith(`${SITE}/`), `${href} is on the site`);
    assert.ok(existsSync(path.join("_site", new URL(href).pathname, "index.html")), `${href} has a page`);
  }
});

test("every public page names the feed in its <head>, and the news page links to it", () => {
  for (const { file } of builtPages()) {
    const document = parseDocument(readFileSync(path.join("_site", file), "utf8"));
    const head = DomUtils.findOne((element) => element.name === "head", document.children);
    const link =
      head &&
      DomUtils.findOne((element) => element.name === "link" && element.attribs["type"] === "application/atom+xml", head.children);
    assert.equal(link?.attribs["rel"], "alternate", `${file}: <link rel="alternate" type="application/atom+xml"> in <head>`);
    assert.equal(link?.attribs["href"], "/news/feed.xml", file);
    assert.equal(link?.attribs["title"], "News from Leicestershire County Council", file);
  }
  const newsPage = parseDocument(readFileSync("_site/news/index.html", "utf8"));
  const visible = DomUtils.findOne(
    (element) => element.name === "a" && element.attribs["href"] === "/news/feed.xml",
    newsPage.children,
  );
  assert.ok(visible, "/news/ has a visible link to the feed");
  assert.match(DomUtils.textContent(visible), /feed/i);
});
