/**
 * The Atom feeds, as a feed reader reads them: the news feed, and each topic's and each campaign's, all held to the
 * same checks. Run after `npm run build`.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { rfc3339 } from "../../eleventy/core/dates.ts";
import { siteSettings } from "../../eleventy/model/settings/siteSettings.ts";
import { DomUtils, parseDocument } from "htmlparser2";
import { siteUrl } from "../../eleventy/core/siteUrl.ts";
import { slug } from "../../eleventy/core/slug.ts";
import { builtPages } from "./builtPages.ts";
import { currentOfType, publishedPages, type PublishedPage } from "./publishedPages.ts";
import { readXml } from "./readXml.ts";

const SITE = siteUrl();
const FEED_URL = `${SITE}/news/feed.xml`;
const feed = readXml("_site/news/feed.xml", ["entry", "link"])["feed"];
// Parsed XML has no static shape: the assertions below are what check it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const entries: Array<Record<string, any>> = feed.entry ?? [];
const RFC3339_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** Every current article (published, not withdrawn), newest first, as the news listing and the feed order them. */
const news = currentOfType("news");
/** The latest <updated> of a feed's entries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const newestUpdated = (list: Array<Record<string, any>>) =>
  list.map((entry) => String(entry.updated)).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
const linkOf = (links: Array<Record<string, string>>, rel: string) => links.find((link) => (link["@rel"] ?? "alternate") === rel);

test("the feed says who it is from, where it lives and when it last changed", () => {
  assert.equal(feed["@xmlns"], "http://www.w3.org/2005/Atom");
  assert.equal(feed.title, "News from Leicestershire County Council");
  assert.equal(feed.id, FEED_URL);
  assert.deepEqual(linkOf(feed.link, "self"), { "@rel": "self", "@type": "application/atom+xml", "@href": FEED_URL });
  assert.equal(linkOf(feed.link, "alternate")?.["@href"], `${SITE}/news/`);
  assert.equal(feed.author.name, "Leicestershire County Council");
  assert.match(feed.updated, RFC3339_WITH_OFFSET);
  assert.equal(feed.updated, newestUpdated(entries), "the feed was last updated when its entries last changed");
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
    assert.equal(entry.updated, rfc3339(article.modified), "updated when its newest update was made");
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

/*
 * The feeds that follow a topic or a campaign: each current page of the topic (or the campaign's hub and pages), newest
 * first, up to the news feed's length, with the checks of the news feed; each named in its page's <head>, after the
 * news feed, and linked from its text.
 */
const current = publishedPages().filter((page) => !page.withdrawn);
const newestFirst = (a: PublishedPage, b: PublishedPage) =>
  b.date.getTime() - a.date.getTime() || String(a.data.title).localeCompare(String(b.data.title), "en-GB");
const topicsOfPages = [...new Set(current.flatMap((page) => (page.data["topics"] as string[] | undefined) ?? []).map(slug))];
const campaignOf = (page: PublishedPage) => /^content\/campaigns\/([^/]+)\//.exec(page.file)?.[1];
const pageFeeds = [
  ...topicsOfPages.map((topic) => ({
    page: `/topics/${topic}/`,
    pages: current.filter((page) => ((page.data["topics"] as string[] | undefined) ?? []).some((name) => slug(name) === topic)),
  })),
  ...current
    .filter((page) => page.type === "campaign")
    .map((hub) => ({ page: hub.url, pages: current.filter((page) => campaignOf(page) === campaignOf(hub)) })),
];

for (const { page, pages } of pageFeeds) {
  const feedUrl = `${SITE}${page}feed.xml`;
  test(`${page}feed.xml: the feed of ${page} holds its current pages, newest first, each as the news feed has it`, () => {
    const pageFeed = readXml(path.join("_site", page, "feed.xml"), ["entry", "link"])["feed"];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const listed: Array<Record<string, any>> = pageFeed.entry ?? [];
    assert.equal(pageFeed["@xmlns"], "http://www.w3.org/2005/Atom");
    assert.match(pageFeed.title, / – Leicestershire County Council$/);
    assert.equal(pageFeed.id, feedUrl);
    assert.deepEqual(linkOf(pageFeed.link, "self"), { "@rel": "self", "@type": "application/atom+xml", "@href": feedUrl });
    assert.equal(linkOf(pageFeed.link, "alternate")?.["@href"], `${SITE}${page}`);
    assert.equal(pageFeed.author.name, "Leicestershire County Council");
    const expected = [...pages].sort(newestFirst).slice(0, siteSettings().feedEntries);
    assert.deepEqual(
      listed.map((entry) => entry.id),
      expected.map((item) => `${SITE}${item.url}`),
    );
    assert.equal(pageFeed.updated, newestUpdated(listed));
    for (const item of expected) {
      const entry = listed.find((candidate) => candidate.id === `${SITE}${item.url}`)!;
      assert.equal(entry.title, item.data.title);
      assert.equal(linkOf(entry.link, "alternate")?.["@href"], `${SITE}${item.url}`);
      assert.equal(entry.published, rfc3339(item.date));
      assert.equal(entry.updated, rfc3339(item.modified));
      assert.equal(entry.summary, item.data.description);
      assert.equal(entry.content["@type"], "html");
      assert.doesNotMatch(
        String(entry.content["#text"] ?? ""),
        /(href|src)="\//,
        "no link in the content is relative to the site",
      );
    }

    const html = parseDocument(readFileSync(path.join("_site", page, "index.html"), "utf8"));
    const head = DomUtils.findOne((element) => element.name === "head", html.children)!;
    const feeds = DomUtils.findAll(
      (element) => element.name === "link" && element.attribs["type"] === "application/atom+xml",
      head.children,
    ).map((link) => link.attribs["href"]);
    assert.deepEqual(feeds, ["/news/feed.xml", `${page}feed.xml`], `${page}: the news feed, then its own, in <head>`);
    const visible = DomUtils.findOne(
      (element) => element.name === "a" && element.attribs["href"] === `${page}feed.xml`,
      DomUtils.findOne((element) => element.name === "main", html.children)!.children,
    );
    assert.ok(visible, `${page} links to its feed`);
    assert.match(DomUtils.textContent(visible), /^Follow .* with a feed reader$/);
  });
}

test("a withdrawn page is in no feed", () => {
  const withdrawn = publishedPages().filter((page) => page.withdrawn);
  const feeds = builtPages()
    .map(({ file }) => path.join("_site", path.dirname(file), "feed.xml"))
    .filter((file) => existsSync(file));
  for (const file of [...new Set(feeds)]) {
    const text = readFileSync(file, "utf8");
    for (const page of withdrawn) assert.ok(!text.includes(`<id>${SITE}${page.url}</id>`), `${page.url} is in ${file}`);
  }
});

test("a topic page says how to get emails when the settings name the council's email alerts, and nothing of emails otherwise", () => {
  const { emailAlerts } = siteSettings();
  for (const { page } of pageFeeds.filter((feed) => feed.page.startsWith("/topics/"))) {
    const html = readFileSync(path.join("_site", page, "index.html"), "utf8");
    if (emailAlerts) assert.ok(html.includes(`<a href="${emailAlerts}">sign up to`), `${page} links to the email alerts`);
    else assert.doesNotMatch(html.replace(/<head>[\s\S]*<\/head>/, ""), /e-?mail/i, `${page} says nothing of emails`);
  }
});
