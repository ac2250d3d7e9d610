/** The fixture site's article and events describe themselves to search engines exactly. Run after the fixture build. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { siteUrl } from "../../eleventy/core/siteUrl.ts";
import { readFixtureSite } from "./fixtureSite.ts";

const SITE = siteUrl();
type Json = Record<string, unknown>;

/** The page's JSON-LD object of a schema.org type. */
function jsonLdOf(file: string, type: string): Json | undefined {
  const document = parseDocument(readFixtureSite(file));
  return DomUtils.getElementsByTagName("script", document.children, true)
    .filter((element) => element.attribs["type"] === "application/ld+json")
    .map((element) => JSON.parse(DomUtils.textContent(element)) as Json)
    .find((data) => data["@type"] === type);
}

test("the article describes itself as a NewsArticle by the council, with offset dates", () => {
  const article = jsonLdOf("news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/index.html", "NewsArticle");
  assert.ok(article);
  assert.equal(article["headline"], "New approach to tackle loneliness to be discussed");
  assert.equal(article["datePublished"], "2018-11-26T00:00:00+00:00");
  assert.equal(article["dateModified"], "2018-11-26T00:00:00+00:00");
  assert.equal((article["publisher"] as Json)["name"], "Leicestershire County Council");
  assert.equal((article["author"] as Json)["name"], "Leicestershire County Council");
  assert.match(String((article["image"] as string[])[0]), new RegExp(`^${SITE}/assets/images/generated/.+\\.jpeg$`));
});

test("the summit describes itself as an all-day Event at the University of Leicester by both organisers", () => {
  const event = jsonLdOf("events/loneliness-summit/index.html", "Event");
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

test("a timed event gives its start and end in London time, with summer time's offset, and its postal address", () => {
  const event = jsonLdOf("events/county-hall-open-day/index.html", "Event");
  assert.ok(event);
  assert.equal(event["startDate"], "2099-06-12T10:00:00+01:00");
  assert.equal(event["endDate"], "2099-06-12T16:00:00+01:00");
  assert.deepEqual(event["location"], { "@type": "Place", name: "County Hall", address: "Glenfield, Leicester LE3 8RA" });
});
