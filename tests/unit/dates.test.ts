import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { parseFrontMatter } from "../../eleventy/model/frontMatter/parseFrontMatter.ts";
import { formatDate, formatDateWithWeekday, isoDate, permalinkYearMonth, rfc3339 } from "../../eleventy/core/dates.ts";

/** A date as an editor writes it in front matter, read the way Eleventy reads it. */
const frontMatterDate = (value: string): Date => parseFrontMatter(`date: ${value}`).data["date"] as Date;

describe("dates are shown in British English, in London", () => {
  test("a date-only value reads as the day written", () => {
    const date = frontMatterDate("2018-11-26");
    assert.equal(formatDate(date), "26 November 2018");
    assert.equal(isoDate(date), "2018-11-26");
    assert.equal(permalinkYearMonth(date), "2018/11");
  });

  test("events show their weekday", () => {
    assert.equal(formatDateWithWeekday(frontMatterDate("2018-11-30")), "Friday 30 November 2018");
  });

  test("a moment in time is shown as the London date, with its offset", () => {
    // 23:30 UTC on 31 July is already 1 August in London (BST, UTC+1).
    const summer = new Date("2018-07-31T23:30:00Z");
    assert.equal(formatDate(summer), "1 August 2018");
    assert.equal(isoDate(summer), "2018-08-01T00:30:00+01:00");
    assert.equal(isoDate(new Date("2018-11-30T10:00:00Z")), "2018-11-30T10:00:00+00:00");
  });

  test("an invalid date is refused, not shown as 'Invalid DateTime'", () => {
    assert.throws(() => formatDate("not a date"), /is not a real date\. Check the date field: it is written YYYY-MM-DD/);
  });
});

describe("a date-only value shows the same day whatever zone the build machine is in", () => {
  const originalZone = process.env["TZ"];
  after(() => {
    if (originalZone === undefined) delete process.env["TZ"];
    else process.env["TZ"] = originalZone;
  });

  for (const zone of ["America/Los_Angeles", "Pacific/Kiritimati", "Europe/London", "UTC"]) {
    test(zone, () => {
      process.env["TZ"] = zone;
      const date = frontMatterDate("2018-11-26");
      if (zone !== "UTC" && zone !== "Europe/London") {
        // Guard: the zone really changed (14 hours ahead in Kiritimati, 8 behind in Los Angeles).
        assert.notEqual(date.getTimezoneOffset(), 0, `TZ=${zone} did not take effect`);
      }
      assert.equal(formatDate(date), "26 November 2018");
      assert.equal(isoDate(date), "2018-11-26");
      assert.equal(permalinkYearMonth(frontMatterDate("2018-12-01")), "2018/12");
    });
  }
});

describe("feed dates are RFC 3339 with London's offset", () => {
  test("a winter date-only value is London midnight, +00:00", () => {
    assert.equal(rfc3339(frontMatterDate("2018-11-26")), "2018-11-26T00:00:00+00:00");
  });

  test("a summer date-only value is London midnight, +01:00 (not the evening before)", () => {
    assert.equal(rfc3339(frontMatterDate("2018-07-02")), "2018-07-02T00:00:00+01:00");
  });

  test("a moment in time keeps its instant, shown with London's offset", () => {
    assert.equal(rfc3339(new Date("2018-07-31T23:30:00Z")), "2018-08-01T00:30:00+01:00");
    assert.equal(rfc3339(new Date("2018-11-30T10:00:00.250Z")), "2018-11-30T10:00:00+00:00");
  });
});
