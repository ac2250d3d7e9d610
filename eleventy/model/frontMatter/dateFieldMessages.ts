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
