import { DateTime } from "luxon";

/*
 * Reads a date or time written the way people write them (26/11/2018,
 * 26 November 2018, Monday 26th Nov 2018, 10am, 4.30pm), so that a message
 * can give the line as the site needs it: 2018-11-26, 2018-11-30 10:00.
 * Numbers-only dates are read day first, as in the UK, unless only month
 * first makes a real date (11/26/2018).
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

/** Each way of writing a date, and which of its parts are the year, month and day. */
const DATE_FORMS: Array<[RegExp, (parts: string[]) => [string, string, string][]]> = [
  [/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, ([year, month, day]) => [[year!, month!, day!]]],
  [
    /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/,
    ([first, second, year]) => [
      [year!, second!, first!],
      [year!, first!, second!],
    ],
  ],
  [new RegExp(`\\b${DAY}[\\s-]+${MONTH}[\\s,-]+(\\d{4})\\b`), ([day, month, year]) => [[year!, month!, day!]]],
  [new RegExp(`\\b${MONTH}\\s+${DAY}[\\s,]+(\\d{4})\\b`), ([month, day, year]) => [[year!, month!, day!]]],
  [/^(\d{4})(\d{2})(\d{2})$/, ([year, month, day]) => [[year!, month!, day!]]],
];

/** The date in the text as YYYY-MM-DD, and the text left once it is taken out; undefined when there is no real date in it. */
export function writtenDate(text: string): { date: string; rest: string } | undefined {
  const words = text.toLowerCase().trim();
  for (const [form, readings] of DATE_FORMS) {
    const match = form.exec(words);
    if (!match) continue;
    for (const [year, month, day] of readings(match.slice(1))) {
      const date = DateTime.fromObject({ year: fullYear(year), month: monthNumber(month), day: Number(day) });
      if (date.isValid) return { date: date.toISODate()!, rest: words.replace(match[0], " ") };
    }
  }
  return undefined;
}

/** The time in the text as HH:MM on the 24-hour clock: 10am, 10.30 a.m., 4:30pm, 16:30, noon. */
export function writtenTime(text: string): string | undefined {
  const words = text.toLowerCase().replace(/\b([ap])\.m\.?/g, "$1m");
  if (/\b(noon|midday)\b/.test(words)) return "12:00";
  const twelveHour = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b/.exec(words);
  if (twelveHour) {
    const [, hour, minute = "00", half] = twelveHour as unknown as [string, string, string | undefined, string];
    if (Number(hour) < 1 || Number(hour) > 12 || Number(minute) > 59) return undefined;
    return `${String((Number(hour) % 12) + (half === "pm" ? 12 : 0)).padStart(2, "0")}:${minute}`;
  }
  const clock = /\b(\d{1,2})[:.](\d{2})\b/.exec(words);
  if (clock && Number(clock[1]) < 24 && Number(clock[2]) < 60) return `${clock[1]!.padStart(2, "0")}:${clock[2]!}`;
  return undefined;
}

function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

function monthNumber(month: string): number {
  return /^\d+$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3)) + 1;
}
