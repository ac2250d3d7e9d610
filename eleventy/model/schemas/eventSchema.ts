import { z } from "zod";
import { baseFields, calendarDate, londonDateTime } from "./fields.ts";

const venue = z
  .strictObject({
    name: z.string().trim().min(1).describe('the place\'s name, for example "University of Leicester"'),
    address: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('the postal address, if it is known, for example "University Road, Leicester"'),
  })
  .describe("where it happens, for example:\n  venue:\n    name: University of Leicester");

const timingFields = {
  day: calendarDate
    .optional()
    .describe(
      "the day of an all-day event (give either day, or start and end, not both), written as YYYY-MM-DD, for example 2018-11-30",
    ),
  start: londonDateTime
    .optional()
    .describe(
      "the start of a timed event in London time (instead of day), written as YYYY-MM-DD HH:MM, for example 2018-11-30 10:00",
    ),
  end: londonDateTime
    .optional()
    .describe(
      "the end of a timed event in London time, if it is known, after its start, written as YYYY-MM-DD HH:MM, for example 2018-11-30 16:00",
    ),
};

/** What can happen to an event after it is announced; an event going ahead as planned has no status. */
export const EVENT_STATUSES = ["cancelled", "postponed", "rescheduled"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/*
 * A rescheduled event's own day (or start and end) is its new date; previousDate is the day it was to happen. Whether
 * a rescheduled event has one is checked with the other rules of a page's life (pageLifeProblems.ts).
 */
const statusFields = {
  status: z
    .enum(EVENT_STATUSES)
    .optional()
    .describe(
      "only for an event that is not going ahead as planned: cancelled, postponed (no new date yet) or rescheduled (its day or start now holds the new date, and previousDate: the old one), for example status: cancelled",
    ),
  previousDate: calendarDate
    .optional()
    .describe("the day a rescheduled event was to happen before it was moved, written as YYYY-MM-DD, for example 2018-11-23"),
};

/*
 * An event is either all day (`day`) or has a start and, optionally, an end:
 * the summit has no known time, so nothing invents one.
 */
function checkTiming(event: { day?: Date; start?: Date; end?: Date }, context: z.RefinementCtx): void {
  if (event.day && (event.start || event.end)) {
    context.addIssue({ code: "custom", path: ["day"], message: "give either day (all day) or start and end, not both" });
  } else if (!event.day && !event.start) {
    context.addIssue({ code: "custom", path: ["day"], message: "required: day for an all-day event, or start for a timed one" });
  } else if (event.end && !event.start) {
    context.addIssue({ code: "custom", path: ["start"], message: "required when end is given" });
  } else if (event.start && event.end && event.end <= event.start) {
    context.addIssue({ code: "custom", path: ["end"], message: "must be after start" });
  }
}

/** When an event happens, read on its own from a page's data. */
export const eventTimingSchema = z.object(timingFields).superRefine(checkTiming);

export const eventSchema = z
  .strictObject({
    ...baseFields,
    date: baseFields.date.describe(
      "the date this page was first published, not the day of the event (that is day or start), written as YYYY-MM-DD, for example 2018-11-26",
    ),
    ...timingFields,
    ...statusFields,
    venue,
    organisers: z
      .array(z.string().trim().min(1))
      .min(1)
      .describe(
        "a list of who organises it, one per line, each starting with '- ', for example:\n  organisers:\n    - Leicestershire County Council",
      ),
  })
  .superRefine(checkTiming);

export type Event = z.infer<typeof eventSchema>;
/** Event front matter as written, before dates are read. */
export type EventInput = z.input<typeof eventSchema>;
