import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readContentFile } from "../../eleventy/model/frontMatter/readContentFile.ts";
import ICAL from "ical.js";
import { calendarFileUrl } from "../../eleventy/features/calendar/calendarFileUrl.ts";
import { icsEvent, type CalendarEvent } from "../../eleventy/features/calendar/icsEvent.ts";
import { escapeText, foldLine } from "../../eleventy/features/calendar/icsText.ts";
import { FIXTURE_CONTENT } from "../../scripts/lib/projectCopy.ts";
import { parseCalendar } from "./parseCalendar.ts";

const SUMMIT_URL = "https://www.leicestershire.gov.uk/events/loneliness-summit/";
/** The summit's front matter, read from its file the way Eleventy reads it. */
const summit = readContentFile(`${FIXTURE_CONTENT}/events/loneliness-summit.md`).data as unknown as CalendarEvent;

const octets = (line: string) => Buffer.byteLength(line, "utf8");
/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("an all-day event's calendar file", () => {
  const ics = icsEvent(summit, SUMMIT_URL);
  const { calendar, event, text, time } = parseCalendar(ics);

  test("is a published Gregorian calendar of version 2.0 with one event", () => {
    assert.equal(calendar.getFirstPropertyValue("version"), "2.0");
    assert.match(String(calendar.getFirstPropertyValue("prodid")), /^-\/\/Leicestershire County Council\/\//);
    assert.equal(calendar.getFirstPropertyValue("calscale"), "GREGORIAN");
    assert.equal(calendar.getFirstPropertyValue("method"), "PUBLISH");
    assert.equal(calendar.getAllSubcomponents("vevent").length, 1);
  });

  test("starts on 30 November 2018 as a date, and ends (exclusively) on 1 December", () => {
    assert.equal(time("dtstart").isDate, true, "DTSTART is a date, not a date-time");
    assert.equal(time("dtstart").toString(), "2018-11-30");
    assert.equal(time("dtend").isDate, true, "DTEND is a date, not a date-time");
    assert.equal(time("dtend").toString(), "2018-12-01");
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20181130\r\nDTEND;VALUE=DATE:20181201\r\n/);
  });

  test("says what, where, and where to read more, from the front matter", () => {
    assert.equal(text("summary"), "Summit on tackling loneliness and social isolation");
    assert.equal(text("location"), "University of Leicester");
    assert.equal(text("description"), summit.description);
    assert.equal(text("url"), SUMMIT_URL);
  });

  test("has a UID from the page's address and a DTSTAMP from its date, so rebuilds write the same file", () => {
    assert.equal(text("uid"), "events-loneliness-summit@www.leicestershire.gov.uk");
    const stamp = time("dtstamp");
    assert.equal(stamp.isDate, false);
    assert.equal(stamp.toJSDate().toISOString(), "2018-11-26T00:00:00.000Z");
    assert.equal(icsEvent(summit, SUMMIT_URL), ics);
    assert.equal(event.getFirstPropertyValue("organizer"), null, "no ORGANIZER: it needs a mailto address, and there is none");
  });

  test("ends every line with CRLF", () => {
    assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
    assert.doesNotMatch(ics.replace(/\r\n/g, ""), /[\r\n]/, "no bare CR or LF");
  });
});

describe("text is written as RFC 5545 requires", () => {
  const long =
    "The council’s “Tackling loneliness” summit — with partners from health, housing, police and fire services — " +
    "asks: what works? Come along; bring a friend, or two.\nSee C:\\notes for the agenda — and “ask away”.";
  const event: CalendarEvent = {
    ...summit,
    title: "Loneliness, isolation; and the city\\county",
    description: long,
    venue: { name: "Fielding Johnson Building", address: "University Road, Leicester LE1 7RH" },
  };
  const ics = icsEvent(event, SUMMIT_URL);
  const { text } = parseCalendar(ics);

  test("every line is at most 75 octets, and a continuation starts with one space", () => {
    const lines = ics.split("\r\n").slice(0, -1);
    for (const line of lines) assert.ok(octets(line) <= 75, `${octets(line)} octets: ${line}`);
    assert.ok(lines.filter((line) => line.startsWith(" ")).length >= 3, "the long description was folded");
    // The space that starts a continuation is removed on unfolding: any further space is the text's own.
    assert.equal(foldLine(`X:${"a".repeat(73)} b`), `X:${"a".repeat(73)}\r\n  b`);
  });

  test("a fold never splits a character, so each line is valid UTF-8 on its own", () => {
    for (const line of ics.split("\r\n")) {
      assert.doesNotThrow(() => new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(line, "utf8")));
      assert.doesNotMatch(line, /[\uD800-\uDFFF]/, "no half of a surrogate pair");
    }
    const folded = foldLine("DESCRIPTION:" + "—".repeat(40));
    assert.deepEqual(
      folded.split("\r\n").map(octets),
      [12 + 3 * 21, 1 + 3 * 19],
      "75 octets hold DESCRIPTION: and 21 three-octet dashes; the rest goes on",
    );
    // Four-octet characters: 18 fit the first line (72 octets), the other 12 the next, after its space.
    assert.equal(foldLine("😀".repeat(30)).split("\r\n").map(octets).join(), "72,49");
  });

  test("unfolding gives back the original text, read back the same by ical.js", () => {
    assert.ok(unfold(ics).includes(`DESCRIPTION:${escapeText(long)}\r\n`));
    assert.equal(text("description"), long);
    assert.equal(text("summary"), "Loneliness, isolation; and the city\\county");
    assert.equal(text("location"), "Fielding Johnson Building, University Road, Leicester LE1 7RH");
  });

  test("backslash, semicolon, comma and line breaks are escaped", () => {
    assert.equal(escapeText("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
    assert.match(ics, /\r\nSUMMARY:Loneliness\\, isolation\\; and the city\\\\county\r\n/);
    assert.match(unfold(ics), /agenda — and “ask away”\.\r\n/);
    assert.match(unfold(ics), /two\.\\nSee C:\\\\notes/);
  });
});

describe("a timed event", () => {
  const { day: _day, ...withoutDay } = summit;
  const timed: CalendarEvent = { ...withoutDay, start: "2018-07-30 10:00", end: "2018-07-30 16:30" };
  const ics = icsEvent(timed, SUMMIT_URL);
  const { time } = parseCalendar(ics);

  test("is written in UTC, from London time (10am BST is 9am UTC)", () => {
    assert.match(ics, /\r\nDTSTART:20180730T090000Z\r\nDTEND:20180730T153000Z\r\n/);
    assert.equal(time("dtstart").isDate, false);
    assert.equal(time("dtstart").zone, ICAL.Timezone.utcTimezone);
    assert.equal(time("dtstart").toJSDate().toISOString(), "2018-07-30T09:00:00.000Z");
    assert.equal(time("dtend").toJSDate().toISOString(), "2018-07-30T15:30:00.000Z");
    assert.doesNotMatch(ics, /TZID|VTIMEZONE/);
  });

  test("in winter, London time is UTC; with no end, none is invented", () => {
    const { end: _end, ...noEnd } = timed;
    const winter = icsEvent({ ...noEnd, start: "2018-11-30 10:00" }, SUMMIT_URL);
    assert.match(winter, /\r\nDTSTART:20181130T100000Z\r\n/);
    assert.doesNotMatch(winter, /DTEND/);
  });
});

describe("an event that is not going ahead as planned", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const cancelled = (extra: Partial<CalendarEvent> = {}) => icsEvent({ ...summit, status: "cancelled", ...extra }, SUMMIT_URL);

  test("a cancelled one is STATUS:CANCELLED, a new revision of the same entry, which a calendar app reads as cancelled", () => {
    const { text, event } = parseCalendar(cancelled());
    assert.equal(text("status"), "CANCELLED");
    assert.equal(event.getFirstPropertyValue("sequence"), 1);
    assert.equal(text("uid"), "events-loneliness-summit@www.leicestershire.gov.uk");
    assert.equal(text("description"), `Cancelled. ${summit.description}`);
    const icalEvent = new ICAL.Event(event);
    assert.equal(icalEvent.component.getFirstPropertyValue("status"), "CANCELLED");
  });

  test("each update is a revision too, and the newest is its DTSTAMP", () => {
    const updates = [
      { date: day("2018-11-27"), note: "Added the speakers." },
      { date: day("2018-11-28"), note: "Cancelled." },
    ];
    const { event, time } = parseCalendar(cancelled({ updates }));
    assert.equal(event.getFirstPropertyValue("sequence"), 3);
    assert.equal(time("dtstamp").toJSDate().toISOString(), "2018-11-28T00:00:00.000Z");
  });

  test("a postponed one is tentative; a rescheduled one confirmed, on its new day, saying which day it moved from", () => {
    assert.equal(parseCalendar(icsEvent({ ...summit, status: "postponed" }, SUMMIT_URL)).text("status"), "TENTATIVE");
    const moved = parseCalendar(icsEvent({ ...summit, status: "rescheduled", previousDate: day("2018-11-23") }, SUMMIT_URL));
    assert.equal(moved.text("status"), "CONFIRMED");
    assert.equal(moved.time("dtstart").toString(), "2018-11-30");
    assert.match(moved.text("description"), /^Rescheduled: it was to take place on Friday 23 November 2018\. /);
  });

  test("an event going ahead as planned has neither STATUS nor SEQUENCE, as before", () => {
    assert.doesNotMatch(icsEvent(summit, SUMMIT_URL), /STATUS|SEQUENCE/);
  });
});

test("an event's calendar file sits in its folder, named after it", () => {
  assert.equal(calendarFileUrl("/events/loneliness-summit/"), "/events/loneliness-summit/loneliness-summit.ics");
  assert.throws(() => calendarFileUrl("/"), /is not the address of an event page/);
});
