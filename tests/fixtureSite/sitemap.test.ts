/** The fixture site's sitemap dates, exactly. Run after the fixture build. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readXml } from "../site/readXml.ts";
import { fixtureSitePath } from "./fixtureSite.ts";

const entries: Array<{ loc: string; lastmod: string }> = readXml(fixtureSitePath("sitemap.xml"), ["url"])["urlset"].url ?? [];
const lastmodOf = new Map(entries.map((entry) => [new URL(entry.loc).pathname, entry.lastmod]));

test("a content page's lastmod is its date, an event's too, not the day it happens; a listing's is the newest page's", () => {
  assert.equal(lastmodOf.get("/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/"), "2018-11-26");
  assert.equal(lastmodOf.get("/events/loneliness-summit/"), "2018-11-26");
  assert.equal(lastmodOf.get("/events/county-hall-open-day/"), "2018-11-20", "published in 2018, for a day in 2099");
  for (const listing of ["/", "/news/", "/events/", "/topics/", "/search/"]) {
    assert.equal(lastmodOf.get(listing), "2018-11-26", listing);
  }
});
