import { DateTime } from "luxon";

/** Every date on the site is a London date, whatever zone the build machine is in. */
export const SITE_ZONE = "Europe/London";
const SITE_LOCALE = "en-GB";

/**
 * YAML reads `date: 2018-11-26` as midnight UTC. Read as an instant, that is
 * the evening of the 25th in Los Angeles, so a value at exactly midnight UTC
 * is taken as the calendar day the editor wrote, not as a moment in time.
 */
function isDateOnly(date: Date): boolean {
  return date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
}

export function toLondonDateTime(value: Date | string): DateTime {
  const date = value instanceof Date ? value : new Date(value);
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

/** "26 November 2018", as GOV.UK writes dates. */
export function formatDate(value: Date | string): string {
  return toLondonDateTime(value).toFormat("d MMMM yyyy");
}

/** "Friday 30 November 2018", for events, where the weekday helps people plan. */
export function formatDateWithWeekday(value: Date | string): string {
  return toLondonDateTime(value).toFormat("cccc d MMMM yyyy");
}

/** The value of a `<time datetime>`: a plain date for date-only values, an offset timestamp otherwise. */
export function isoDate(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  const london = toLondonDateTime(date);
  return isDateOnly(date) ? london.toISODate()! : london.toISO({ suppressMilliseconds: true })!;
}

/** Year and zero-padded month, for dated permalinks such as /news/2018/11/… */
export function permalinkYearMonth(value: Date | string): string {
  return toLondonDateTime(value).toFormat("yyyy/MM");
}

/** An Atom feed's date: RFC 3339 with London's offset, so a reader sees the day the council wrote. */
export function rfc3339(value: Date | string): string {
  // Whole seconds, as feeds conventionally give them.
  return toLondonDateTime(value).startOf("second").toISO({ suppressMilliseconds: true })!;
}
