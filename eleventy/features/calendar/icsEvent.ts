import { DateTime } from "luxon";
import { eventTimingSchema, type EventStatus } from "../../model/schemas/eventSchema.ts";
import { formatDateWithWeekday, toLondonDateTime } from "../../core/dates.ts";
import { updatesOf } from "../../registry/pageHistory.ts";
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
  /** What has happened to it since it was announced (eventSchema.ts): a cancelled event's file says STATUS:CANCELLED. */
  status?: EventStatus | undefined;
  previousDate?: Date | undefined;
  updates?: unknown;
}

/**
 * RFC 5545's STATUS of each event status, and what the description starts with. A postponed event is still to happen,
 * on a day not yet known: tentative, not cancelled, so that a calendar keeps it. A rescheduled one is confirmed, on
 * its new day.
 */
const STATUS_LINES: Record<EventStatus, { status: string; says: (event: CalendarEvent) => string }> = {
  cancelled: { status: "CANCELLED", says: () => "Cancelled." },
  postponed: { status: "TENTATIVE", says: () => "Postponed: a new date has not been set yet." },
  rescheduled: {
    status: "CONFIRMED",
    says: (event) =>
      event.previousDate ? `Rescheduled: it was to take place on ${formatDateWithWeekday(event.previousDate)}.` : "Rescheduled.",
  },
};

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
 * Each update and a change of status is a new revision of the entry (its
 * SEQUENCE, and DTSTAMP the day of the newest update), which is how a calendar
 * that imported it knows the new file replaces what it has, and marks it
 * cancelled: the guide asks for an update with every change of status.
 */
export function icsEvent(event: CalendarEvent, pageUrl: string): string {
  const url = new URL(pageUrl);
  const uid = `${url.pathname.split("/").filter(Boolean).join("-")}@${url.hostname}`;
  const location = [event.venue.name, event.venue.address].filter(Boolean).join(", ");
  const updates = updatesOf(event);
  const status = event.status ? STATUS_LINES[event.status] : undefined;
  const sequence = updates.length + (status ? 1 : 0);
  return icsFile([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${utcDateTime(toLondonDateTime(updates[0]?.date ?? event.date))}`,
    ...(sequence ? [`SEQUENCE:${sequence}`] : []),
    ...(status ? [`STATUS:${status.status}`] : []),
    ...timing(event),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(status ? `${status.says(event)} ${event.description}` : event.description)}`,
    `LOCATION:${escapeText(location)}`,
    `URL:${url.href}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ]);
}
