import { DateTime } from "luxon";
import { eventTimingSchema } from "../../model/schemas/eventSchema.ts";
import { toLondonDateTime } from "../../core/dates.ts";
import { escapeText, icsFile } from "./icsText.ts";

/** What an event's front matter gives its calendar entry. */
export interface CalendarEvent {
  title: string;
  description: string;
  /** The page's publication date: the entry's DTSTAMP, so that two builds write the same file. */
  date: Date;
  day?: Date | undefined;
  start?: Date | string | undefined;
  end?: Date | string | undefined;
  venue: { name: string; address?: string | undefined };
}

const PRODID = "-//Leicestershire County Council//News and campaigns//EN";

const utcDateTime = (value: DateTime) => value.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
const calendarDate = (value: DateTime) => value.toFormat("yyyyMMdd");

/*
 * Timed events are written in UTC ("Z"), converted from London wall-clock
 * time at build: every calendar app reads UTC the same way, whereas TZID
 * would need a VTIMEZONE block of daylight-saving rules kept by hand, which
 * apps handle unevenly. The app shows the time in its user's own zone.
 */
function timing(event: CalendarEvent): string[] {
  const { day, start, end } = eventTimingSchema.parse(event);
  if (day) {
    const first = toLondonDateTime(day);
    // DTEND of an all-day event is exclusive: the day after.
    return [`DTSTART;VALUE=DATE:${calendarDate(first)}`, `DTEND;VALUE=DATE:${calendarDate(first.plus({ days: 1 }))}`];
  }
  const lines = [`DTSTART:${utcDateTime(DateTime.fromJSDate(start!))}`];
  // No end is known: none is invented, and apps show the start alone.
  if (end) lines.push(`DTEND:${utcDateTime(DateTime.fromJSDate(end))}`);
  return lines;
}

/**
 * The RFC 5545 calendar file of one event. The UID comes from the page's
 * address (events-loneliness-summit@www.leicestershire.gov.uk), so
 * re-importing an updated file updates the entry instead of duplicating it.
 */
export function icsEvent(event: CalendarEvent, pageUrl: string): string {
  const url = new URL(pageUrl);
  const uid = `${url.pathname.split("/").filter(Boolean).join("-")}@${url.hostname}`;
  const location = [event.venue.name, event.venue.address].filter(Boolean).join(", ");
  return icsFile([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${utcDateTime(toLondonDateTime(event.date))}`,
    ...timing(event),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(location)}`,
    `URL:${url.href}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ]);
}
