import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eventWhen } from "../../eleventy/model/schemas/eventWhen.ts";
import { FIXTURES, frontMatterOf, realFileErrors, realFiles, validationErrors, withField } from "./contentFile.ts";

const summit = frontMatterOf(`${FIXTURES}/events/loneliness-summit.md`);
const errorsWith = (field: string, line: string | null, base = summit) => validationErrors("event", withField(base, field, line));

describe("event front matter", () => {
  test("every real event is valid", () => {
    for (const file of realFiles("content/events")) assert.equal(realFileErrors(file), "", file);
  });

  test("the fixture summit, which the tests below vary, is valid, and is all day on Friday 30 November 2018", () => {
    assert.equal(validationErrors("event", summit), "");
    assert.deepEqual(eventWhen({ day: new Date("2018-11-30T00:00:00Z") }), {
      startsAt: new Date("2018-11-30T00:00:00Z"),
      datetime: "2018-11-30",
      text: "Friday 30 November 2018, all day",
    });
  });

  test("an event needs a day or a start", () => {
    assert.match(errorsWith("day", null), /day: required: day for an all-day event, or start for a timed one/);
  });

  test("a day and a start together are refused", () => {
    assert.match(errorsWith("start", "start: 2018-11-30 10:00"), /day: give either day \(all day\) or start and end, not both/);
  });

  test("a timed event is read as London time", () => {
    const timed = withField(withField(summit, "day", null), "start", "start: 2018-07-30 10:00\nend: 2018-07-30 16:30");
    assert.equal(validationErrors("event", timed), "");
    const when = eventWhen({ start: "2018-07-30 10:00", end: "2018-07-30 16:30" });
    assert.equal(when.datetime, "2018-07-30T10:00:00+01:00");
    assert.equal(when.text, "Monday 30 July 2018, 10:00am to 4:30pm");
  });

  test("a time that is not on the clock is refused on its line, in the site's words, not rolled over or in luxon's", () => {
    const at = (start: string) =>
      validationErrors("event", withField(withField(summit, "day", null), "start", `start: ${start}`)).replace(
        /^.*page\.md/,
        "page.md",
      );
    assert.equal(
      at("2018-11-30 25:00"),
      "page.md:19: start: 2018-11-30 25:00 is not a real time: the hour is 25, and hours run from 00 to 23 on the 24-hour clock. Write the time as HH:MM, from 00:00 to 23:59, for example 2018-11-30 10:00.",
    );
    // With seconds, YAML reads it as a date, and would have made it 01:00 on 1 December.
    assert.match(at("2018-11-30 25:00:00"), /^page\.md:\d+: start: 2018-11-30 25:00:00 is not a real time: the hour is 25/);
    assert.match(
      at("2018-11-30 10:60"),
      /^page\.md:\d+: start: 2018-11-30 10:60 is not a real time: the minutes are 60, and minutes run from 00 to 59/,
    );
    // 24:00, the end of a day, is a time ISO 8601 allows.
    assert.equal(at("2018-11-30 24:00"), "");
  });

  test("an end before the start is refused", () => {
    const backwards = withField(withField(summit, "day", null), "start", "start: 2018-11-30 16:00\nend: 2018-11-30 10:00");
    assert.match(validationErrors("event", backwards), /end: must be after start/);
  });

  test("a venue needs a name", () => {
    assert.match(errorsWith("venue", "venue:\n  address: Leicester"), /venue\.name: required \(the place's name/);
  });

  test("at least one organiser is needed", () => {
    assert.match(errorsWith("organisers", "organisers: []"), /organisers: needs at least 1/);
    assert.match(errorsWith("organisers", null), /organisers: required/);
  });
});
