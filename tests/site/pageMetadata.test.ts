import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { siteUrl } from "../../eleventy/siteUrl.ts";

const SITE = siteUrl();
type Json = Record<string, unknown>;

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

const pages = readdirSync("_site", { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith("index.html") && !file.startsWith("pagefind"))
  .map((file) => ({ file, url: `/${file.replace(/index\.html$/, "")}` }));

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

test("the article describes itself as a NewsArticle by the council, with offset dates", () => {
  const article = readPage("news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/index.html").ofType("NewsArticle");
  assert.ok(article);
  assert.equal(article["headline"], "New approach to tackle loneliness to be discussed");
  assert.equal(article["datePublished"], "2018-11-26T00:00:00+00:00");
  assert.equal(article["dateModified"], "2018-11-26T00:00:00+00:00");
  assert.equal((article["publisher"] as Json)["name"], "Leicestershire County Council");
  assert.equal((article["author"] as Json)["name"], "Leicestershire County Council");
  assert.match(String((article["image"] as string[])[0]), new RegExp(`^${SITE}/assets/images/generated/.+\\.jpeg$`));
});

test("the summit describes itself as an all-day Event at the University of Leicester by both organisers", () => {
  const event = readPage("events/loneliness-summit/index.html").ofType("Event");
  assert.ok(event);
  assert.equal(event["startDate"], "2018-11-30");
  assert.equal(event["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode");
  assert.equal(event["eventStatus"], "https://schema.org/EventScheduled");
  assert.deepEqual(event["location"], { "@type": "Place", name: "University of Leicester", address: "University of Leicester" });
  assert.deepEqual(
    (event["organizer"] as Json[]).map((organiser) => organiser["name"]),
    ["Leicestershire County Council", "University of Leicester’s Unit for Diversity, Inclusion and Community Engagement (DICE)"],
  );
  assert.equal(event["url"], `${SITE}/events/loneliness-summit/`);
  assert.ok(event["description"]);
});
