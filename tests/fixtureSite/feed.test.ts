/** The summit article's entry in the fixture site's feed, word for word. Run after the fixture build (scripts/lib/fixtureSite.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readContentFile } from "../../eleventy/model/frontMatter/readContentFile.ts";
import { siteUrl } from "../../eleventy/core/siteUrl.ts";
import { FIXTURE_CONTENT } from "../../scripts/lib/projectCopy.ts";
import { readXml } from "../site/readXml.ts";
import { fixtureSitePath } from "./fixtureSite.ts";

const SITE = siteUrl();
// Parsed XML has no static shape: the assertions below are what check it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const entries: Array<Record<string, any>> = readXml(fixtureSitePath("news/feed.xml"), ["entry", "link"])["feed"].entry ?? [];

test("the summit article's entry has an absolute link, London dates with their offset, its summary and its content", () => {
  const url = `${SITE}/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/`;
  assert.deepEqual(
    entries.map((entry) => entry.id),
    [url],
    "the fixture content's one article",
  );
  const entry = entries[0]!;
  assert.equal(entry.title, "New approach to tackle loneliness to be discussed");
  const alternate = (entry.link as Array<Record<string, string>>).find((link) => (link["@rel"] ?? "alternate") === "alternate");
  assert.equal(alternate?.["@href"], url);
  assert.equal(entry.published, "2018-11-26T00:00:00+00:00");
  assert.equal(entry.updated, "2018-11-26T00:00:00+00:00");
  const { data } = readContentFile(`${FIXTURE_CONTENT}/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md`);
  assert.equal(entry.summary, data["description"]);

  assert.equal(entry.content["@type"], "html");
  const html: string = entry.content["#text"];
  assert.match(html, /<p>We, along with the University of Leicester’s Unit/);
  assert.ok(html.includes(`<a href="${SITE}/events/loneliness-summit/"`), "links in the content are absolute");
  assert.doesNotMatch(html, /(href|src)="\//, "no link in the content is relative to the site");
});
