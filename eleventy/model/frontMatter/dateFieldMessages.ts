import { writtenDate, writtenTime } from "./writtenDate.ts";

/*
 * What an editor is told when a date field holds words YAML could not read as
 * a date (26/11/2018, 26 November 2018, tomorrow): the line as the site needs
 * it, worked out from what was written when that can be done.
 */

/** For a date such as `date:` or `day:`; `field` is the field's name, for the corrected line. */
export function dateFieldMessage(field: string, written: string): string {
  const problem = `${JSON.stringify(written)} is not a date the site can read: dates are written YYYY-MM-DD (year, month, day)`;
  const date = writtenDate(written)?.date;
  if (date) return `${problem}. Write it as ${date}, so that the line reads ${field}: ${date}`;
  return `${problem}. Write the date itself, such as ${field}: 2018-11-26 for 26 November 2018`;
}

/** For a London date and time such as `start:` or `end:`. */
export function dateTimeFieldMessage(field: string, written: string): string {
  const problem = `${JSON.stringify(written)} is not a date and time the site can read: they are written YYYY-MM-DD HH:MM, on the 24-hour clock, in London time`;
  const found = writtenDate(written);
  const time = writtenTime(found?.rest ?? written);
  if (found && time)
    return `${problem}. Write it as ${found.date} ${time}, so that the line reads ${field}: ${found.date} ${time}`;
  if (found) return `${problem}. Write ${found.date} and the time after it, such as ${field}: ${found.date} 10:00`;
  if (time)
    return `${problem}. ${JSON.stringify(written)} has a time but no date: write the date before it, such as ${field}: 2018-11-30 ${time}`;
  return `${problem}. Write the date and time themselves, such as ${field}: 2018-11-30 10:00 for 10am on 30 November 2018`;
}

/**
 * What is wrong with the time of a date and time written YYYY-MM-DD HH:MM (or with seconds), or undefined when it is
 * a real time: YAML reads 2018-11-30 25:00:00 as 01:00 the next day, and without seconds the schema refuses it.
 * 24:00 is the end of a day, as ISO 8601 allows.
 */
export function unrealTime(written: string): string | undefined {
  const time = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(written);
  if (!time) return undefined;
  const [hour = 0, minute = 0, second = 0] = time.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const rule = "hours run from 00 to 23 on the 24-hour clock";
  if (hour === 24 && (minute !== 0 || second !== 0)) return `the hour is 24, and ${rule}`;
  if (hour > 24) return `the hour is ${hour}, and ${rule}`;
  if (minute > 59) return `the minutes are ${time[2]}, and minutes run from 00 to 59`;
  if (second > 59) return `the seconds are ${time[3]}, and seconds run from 00 to 59`;
  return undefined;
}

/** What an editor is told about a date and time whose time is not real: the time as the site reads it. */
export function unrealTimeMessage(field: string | undefined, written: string, problem: string): string {
  return `${field === undefined ? "" : `${field}: `}${written} is not a real time: ${problem}. Write the time as HH:MM, from 00:00 to 23:59, for example ${written.slice(0, 10)} 10:00.`;
}

/** For a day that may be given a London time of day too, such as a news article's `date:` (2026-12-08, or 2026-12-08 07:00). */
export function dayOrTimeFieldMessage(field: string, written: string): string {
  const found = writtenDate(written);
  const time = writtenTime(found?.rest ?? written);
  if (found && time) {
    return `${JSON.stringify(written)} is not a date the site can read: dates are written YYYY-MM-DD, and a time of day after it as HH:MM on the 24-hour clock, in London time. Write it as ${found.date} ${time}, so that the line reads ${field}: ${found.date} ${time}`;
  }
  if (!found && time) {
    return `${JSON.stringify(written)} is a time without a date: dates are written YYYY-MM-DD, with a time of day after it if need be. Write the date before it, such as ${field}: 2018-11-26 ${time}`;
  }
  return dateFieldMessage(field, written);
}
