import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { toLondonDateTime } from "../../eleventy/core/dates.ts";
import { siteUrl } from "../../eleventy/core/siteUrl.ts";
import { builtPages } from "./builtPages.ts";
import { publishedOfType } from "./publishedPages.ts";

const SITE = siteUrl();
type Json = Record<string, unknown>;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

function readPage(file: string) {
  const document = parseDocument(readFileSync(path.join("_site", file), "utf8"));
  const elements = DomUtils.getElementsByTagName(() => true, document.children, true);
  const meta = (attribute: string, name: string) =>
    elements.find((element) => element.name === "meta" && element.attribs[attribute] === name)?.attribs["content"];
  const jsonLd = elements
    .filter((element) => element.name === "script" && element.attribs["type"] === "application/ld+json")
    .map((element) => JSON.parse(DomUtils.textContent(element)) as Json);
  const canonical = elements.find((element) => element.name === "link" && element.attribs["rel"] === "canonical")?.attribs[
    "href"
  ];
  const breadcrumbNav = elements.find((element) => element.name === "nav" && element.attribs["aria-label"] === "Breadcrumb");
  return { meta, jsonLd, canonical, breadcrumbNav, ofType: (type: string) => jsonLd.find((data) => data["@type"] === type) };
}

const pages = builtPages().filter((page) => page.file.endsWith("index.html"));

for (const { file, url } of pages) {
  test(`${url}: canonical link, Open Graph and Twitter tags, breadcrumbs`, () => {
    const page = readPage(file);
    assert.equal(page.canonical, `${SITE}${url}`);
    assert.equal(page.meta("property", "og:url"), `${SITE}${url}`);
    for (const property of ["og:title", "og:description", "og:type", "og:site_name"]) {
      assert.ok(page.meta("property", property), `${property} is missing`);
    }
    assert.ok(page.meta("name", "twitter:card"));
    assert.equal(page.meta("property", "og:description"), page.meta("name", "description"));
    if (url === "/") {
      assert.equal(page.breadcrumbNav, undefined, "no breadcrumbs on the home page");
      return;
    }
    assert.ok(page.breadcrumbNav, "a breadcrumb trail is shown");
    const list = page.ofType("BreadcrumbList") as { itemListElement: Array<{ position: number; item: string }> } | undefined;
    assert.ok(list, "BreadcrumbList JSON-LD");
    assert.equal(list.itemListElement[0]?.item, `${SITE}/`);
    assert.equal(list.itemListElement.at(-1)?.item, `${SITE}${url}`);
  });
}

// The exact values of the first article and the summit are checked on the fixture site (tests/fixtureSite/structuredData.test.ts).
for (const article of publishedOfType("news")) {
  test(`${article.url} describes itself as a NewsArticle by the council, with offset dates`, () => {
    const data = readPage(`${article.url.slice(1)}index.html`).ofType("NewsArticle");
    assert.ok(data, "NewsArticle JSON-LD");
    assert.equal(data["headline"], article.data.title);
    assert.equal(data["url"], `${SITE}${article.url}`);
    assert.match(String(data["datePublished"]), WITH_OFFSET);
    assert.match(String(data["dateModified"]), WITH_OFFSET);
    // Its newest update, or the day it was published: a withdrawal changes it too.
    assert.equal(String(data["dateModified"]).slice(0, 10), toLondonDateTime(article.modified).toISODate());
    assert.equal((data["publisher"] as Json)["name"], "Leicestershire County Council");
    assert.equal((data["author"] as Json)["name"], "Leicestershire County Council");
    if (article.data["image"]) {
      assert.match(String((data["image"] as string[])[0]), new RegExp(`^${SITE}/assets/images/generated/.+\\.jpeg$`));
    }
  });
}

for (const event of publishedOfType("event")) {
  test(`${event.url} describes itself as an Event at its venue, by its organisers`, () => {
    const data = readPage(`${event.url.slice(1)}index.html`).ofType("Event");
    assert.ok(data, "Event JSON-LD");
    const venue = event.data["venue"] as { name: string; address?: string };
    assert.equal(data["name"], event.data.title);
    assert.match(String(data["startDate"]), /^\d{4}-\d{2}-\d{2}/);
    assert.equal(data["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode");
    const status = event.data["status"] as string | undefined;
    const schemaStatus = { cancelled: "EventCancelled", postponed: "EventPostponed", rescheduled: "EventRescheduled" };
    assert.equal(
      data["eventStatus"],
      `https://schema.org/${status ? schemaStatus[status as keyof typeof schemaStatus] : "EventScheduled"}`,
    );
    if (status === "rescheduled") assert.match(String(data["previousStartDate"]), /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(data["location"], { "@type": "Place", name: venue.name, address: venue.address ?? venue.name });
    assert.deepEqual(
      (data["organizer"] as Json[]).map((organiser) => organiser["name"]),
      event.data["organisers"],
    );
    assert.equal(data["url"], `${SITE}${event.url}`);
    assert.ok(data["description"]);
  });
}
