import { DateTime } from "luxon";

export interface ImpossibleDate {
  /** Line in the file, counting the opening `---` as line 1. */
  line: number;
  text: string;
}

/**
 * YAML quietly rolls an impossible date such as 2018-02-30 over into March,
 * so a typo would publish a page under the wrong date. This finds every
 * YYYY-MM-DD in the front matter that is not a real day.
 */
export function findImpossibleDates(frontMatterText: string): ImpossibleDate[] {
  const found: ImpossibleDate[] = [];
  // gray-matter keeps the newline that follows the opening ---.
  for (const [index, line] of frontMatterText
    .replace(/^\r?\n/, "")
    .split(/\r?\n/)
    .entries()) {
    for (const match of line.matchAll(/(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g)) {
      const [text, year, month, day] = match as unknown as [string, string, string, string];
      if (!DateTime.fromObject({ year: Number(year), month: Number(month), day: Number(day) }).isValid) {
        found.push({ line: index + 2, text });
      }
    }
  }
  return found;
}
