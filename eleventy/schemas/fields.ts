import { z } from "zod";
import { DateTime } from "luxon";
import { SITE_ZONE } from "../filters/dates.ts";

/*
 * Front-matter fields shared by every content type. Each field carries a
 * description written for editors: it is what a build error says was expected.
 */

export const TITLE_MAX = 65;
export const DESCRIPTION_MAX = 160;

export const title = z
  .string()
  .trim()
  .min(1)
  .max(TITLE_MAX)
  .describe(`a headline of up to ${TITLE_MAX} characters, for example "New approach to tackle loneliness to be discussed"`);

export const description = z
  .string()
  .trim()
  .min(1)
  .max(DESCRIPTION_MAX)
  .describe(`one sentence of up to ${DESCRIPTION_MAX} characters summing up the page, shown in search results and listings`);

/** YAML turns `2018-11-26` into a Date; anything else (such as "26 November 2018") stays a string and is refused. */
export const calendarDate = z.date().describe("a date written as YYYY-MM-DD, for example 2018-11-26");

export const related = z
  .array(z.string().regex(/^[a-z0-9][a-z0-9/._-]*\.md$/, "a file name such as events/loneliness-summit.md"))
  .default([])
  .describe(
    "a list of other pages to link to, each the path of its file inside content/, for example events/loneliness-summit.md",
  );

export const topics = z
  .array(z.string().trim().min(1).max(50))
  .default([])
  .describe("a list of topics, one per line starting with '- ', for example:\n  topics:\n    - Loneliness and social isolation");

export const baseFields = {
  title,
  description,
  date: calendarDate.describe("the date the page was published, written as YYYY-MM-DD, for example 2018-11-26"),
  topics,
  related,
};

/**
 * A London wall-clock time such as `2018-11-30 10:00`. YAML would read a value
 * with seconds as UTC, so its figures are taken as London time either way.
 */
export const londonDateTime = z
  .union([z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/, "a date and time such as 2018-11-30 10:00"), z.date()])
  .transform((value, context) => {
    const wallClock =
      value instanceof Date
        ? DateTime.fromJSDate(value, { zone: "utc" }).setZone(SITE_ZONE, { keepLocalTime: true })
        : DateTime.fromISO(value.replace(" ", "T"), { zone: SITE_ZONE });
    if (!wallClock.isValid) {
      context.addIssue({ code: "custom", message: `not a real date and time (${wallClock.invalidExplanation ?? "check the figures"})` });
      return z.NEVER;
    }
    return wallClock.toJSDate();
  });
