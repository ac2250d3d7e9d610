import { DateTime } from "luxon";

/** Every date on the site is a London date, whatever zone the build machine is in. */
export const SITE_ZONE = "Europe/London";

/**
 * The years a date in content can be in: the council's news, events and statements, from the web's early days to the
 * end of this century (the fixture content holds an event in 2099, to stay upcoming). A year outside them is a typing
 * mistake: one written with fewer than four figures is even read as another (0018 as 1918, 0001 as 1901).
 */
export const PLAUSIBLE_YEARS = { first: 1990, last: 2099 };
const SITE_LOCALE = "en-GB";

/**
 * YAML reads `date: 2018-11-26` as midnight UTC. Read as an instant, that is
 * the evening of the 25th in Los Angeles, so a value at exactly midnight UTC
 * is taken as the calendar day the editor wrote, not as a moment in time.
 */
function isDateOnly(date: Date): boolean {
  return date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
}

// Working out London's offset is the slow part of Luxon: a site of thousands of pages meets each date several times.
const londonDateTimes = new Map<number, DateTime>();

export function toLondonDateTime(value: Date | string): DateTime {
  const date = value instanceof Date ? value : new Date(value);
  const known = londonDateTimes.get(date.getTime());
  if (known) return known;
  const london = londonDateTimeOf(value, date);
  londonDateTimes.set(date.getTime(), london);
  return london;
}

function londonDateTimeOf(value: Date | string, date: Date): DateTime {
  if (Number.isNaN(date.getTime())) {
    throw new Error(
      `date: "${String(value)}" is not a real date. Check the date field: it is written YYYY-MM-DD, for example 2018-11-26.`,
    );
  }
  if (isDateOnly(date)) {
    return DateTime.fromObject(
      { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
      { zone: SITE_ZONE, locale: SITE_LOCALE },
    );
  }
  return DateTime.fromJSDate(date, { zone: SITE_ZONE }).setLocale(SITE_LOCALE);
}

/**
 * A date format, remembered for each value it is given: Luxon's time-zone
 * arithmetic is slow, and a site of thousands of pages formats the same dates
 * many times over (each page, each listing that shows it, the feed).
 */
function remembered(format: (value: Date | string) => string): (value: Date | string) => string {
  const known = new Map<string | number, string>();
  return (value) => {
    const key = value instanceof Date ? value.getTime() : String(value);
    let text = known.get(key);
    if (text === undefined) {
      text = format(value);
      known.set(key, text);
    }
    return text;
  };
}

/** "26 November 2018", as GOV.UK writes dates. */
export const formatDate = remembered((value) => toLondonDateTime(value).toFormat("d MMMM yyyy"));

/** "Friday 30 November 2018", for events, where the weekday helps people plan. */
export const formatDateWithWeekday = remembered((value) => toLondonDateTime(value).toFormat("cccc d MMMM yyyy"));

/** The value of a `<time datetime>`: a plain date for date-only values, an offset timestamp otherwise. */
export const isoDate = remembered((value) => {
  const date = value instanceof Date ? value : new Date(value);
  const london = toLondonDateTime(date);
  return isDateOnly(date) ? london.toISODate()! : london.toISO({ suppressMilliseconds: true })!;
});

/** Year and zero-padded month, for dated permalinks such as /news/2018/11/… */
export const permalinkYearMonth = remembered((value) => toLondonDateTime(value).toFormat("yyyy/MM"));

/** An Atom feed's date: RFC 3339 with London's offset, so a reader sees the day the council wrote. */
export const rfc3339 = remembered((value) =>
  // Whole seconds, as feeds conventionally give them.
  toLondonDateTime(value).startOf("second").toISO({ suppressMilliseconds: true })!,
);

/** A London date and time as front matter writes one: 2026-12-08 07:00 (seconds allowed). */
const WRITTEN_LONDON_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The moment a front-matter `date:` names, as Eleventy is given it (plugins/contentPages.ts) and the registry works out
 * a page's address from it: a day (`2018-11-26`, which YAML reads as midnight UTC) stays that day, as everywhere on
 * the site; a London date and time (`2026-12-08 07:00`, text to YAML, or a Date when written with seconds, whose
 * figures YAML reads as UTC) is that time in London. Undefined for anything else, which the schemas refuse.
 */
export function pageDate(value: unknown): Date | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    if (isDateOnly(value)) return value;
    return DateTime.fromJSDate(value, { zone: "utc" }).setZone(SITE_ZONE, { keepLocalTime: true }).toJSDate();
  }
  if (typeof value !== "string") return undefined;
  const written = WRITTEN_LONDON_TIME.exec(value.trim());
  if (!written) return undefined;
  const [year, month, day, hour, minute, second] = written.slice(1).map((figures) => Number(figures ?? 0)) as number[];
  const london = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: SITE_ZONE });
  return london.isValid ? london.toJSDate() : undefined;
}

/**
 * When a page dated `value` is due to be published: a day's start in London for a date alone, the very moment for a
 * London date and time (see pageDate). Undefined for a value that is neither.
 */
export function publicationMoment(value: unknown): Date | undefined {
  if (value instanceof Date && isDateOnly(value)) return toLondonDateTime(value).startOf("day").toJSDate();
  return pageDate(value);
}

/** Whether a front-matter `date:` gives a time of day, not only a day: such an article is published at that time. */
export function hasTimeOfDay(value: unknown): boolean {
  return !(value instanceof Date && isDateOnly(value)) && pageDate(value) !== undefined;
}

/** "07:00 on 8 December 2026": a moment as the site's messages and notices give it, in London. */
export function formatTimeAndDate(value: Date): string {
  // An instant, never a day: toLondonDateTime would take 01:00 in summer (midnight UTC) for a date alone.
  return DateTime.fromJSDate(value, { zone: SITE_ZONE }).setLocale(SITE_LOCALE).toFormat("HH:mm 'on' d MMMM yyyy");
}
