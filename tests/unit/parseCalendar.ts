import assert from "node:assert/strict";
import ICAL from "ical.js";

/**
 * Reads a calendar file with ical.js, a parser that calendar apps use, so
 * the tests check what an app would read rather than the text we meant to write.
 */
export function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent("vevent");
  assert.ok(event, "the calendar holds a VEVENT");
  const text = (name: string) => String(event.getFirstPropertyValue(name));
  const time = (name: string) => {
    const value = event.getFirstPropertyValue(name);
    assert.ok(value instanceof ICAL.Time, `${name} is a date or date-time`);
    return value;
  };
  return { calendar, event, text, time };
}
