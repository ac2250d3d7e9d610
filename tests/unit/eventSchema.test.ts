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
