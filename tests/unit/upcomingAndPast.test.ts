import assert from "node:assert/strict";
import { test } from "node:test";
import { upcomingAndPast } from "../../eleventy/features/filters/upcomingAndPast.ts";
import type { CollectionItem } from "../../eleventy/core/collectionItem.ts";

const event = (title: string, data: Record<string, unknown>): CollectionItem => ({
  url: `/events/${title}/`,
  inputPath: `./content/events/${title}.md`,
  date: new Date("2018-01-01T00:00:00Z"),
  data: { title, ...data },
});

const events = [
  event("summit", { day: new Date("2018-11-30T00:00:00Z") }),
  event("later", { day: new Date("2018-12-10T00:00:00Z") }),
  event("earlier", { day: new Date("2018-10-01T00:00:00Z") }),
  event("evening-talk", { start: "2018-11-29 18:00", end: "2018-11-29 20:00" }),
];
const titles = (items: CollectionItem[]) => items.map((item) => item.data.title);

test("upcoming events come soonest first, past ones most recent first", () => {
  const { upcoming, past } = upcomingAndPast(events, new Date("2018-11-29T12:00:00Z"));
  assert.deepEqual(titles(upcoming), ["evening-talk", "summit", "later"]);
  assert.deepEqual(titles(past), ["earlier"]);
});

test("an all-day event is upcoming all through its day in London, and past the day after", () => {
  // 23:30 UTC on 30 November is still 30 November in London (GMT).
  assert.deepEqual(titles(upcomingAndPast(events, new Date("2018-11-30T23:30:00Z")).upcoming), ["summit", "later"]);
  assert.deepEqual(titles(upcomingAndPast(events, new Date("2018-12-01T00:30:00Z")).past), ["summit", "evening-talk", "earlier"]);
});
