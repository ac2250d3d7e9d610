import { closest, distance } from "fastest-levenshtein";
import { DateTime } from "luxon";
import { SITE_ZONE, toLondonDateTime } from "../../core/dates.ts";
import type { ContentProblem } from "../frontMatter/contentProblem.ts";

/*
 * The rules of a page's life that a field's schema cannot check alone: they compare fields (an update before the
 * page it updates), or a field with today (an update dated in the future), or with the site's settings (an owner
 * that is not one of its teams). Each value is checked only once its schema has read it as what it should be: a
 * date that is not a date is reported by the schema, once.
 */

/** What the rules compare a page with: the teams of content/settings/site.yml (none: any team) and the day it is. */
export interface PageLifeContext {
  teams: readonly string[];
  now: Date;
  /** The settings file that lists the teams, for the message. */
  settingsFile: string;
}

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

const day = (date: Date) => toLondonDateTime(date).toISODate()!;
const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Every mistake in a page's updates, withdrawal, expiry, event status and owner, each on its line with the fix. */
export function pageLifeProblems(
  file: string,
  data: Record<string, unknown>,
  lineOf: LineOf,
  { teams, now, settingsFile }: PageLifeContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (path: PropertyKey[], message: string, at: PropertyKey[] = path) =>
    problems.push({ file, line: lineOf(at) ?? lineOf(path.slice(0, 1)), message: `${path.join(".")}: ${message}` });
  const today = DateTime.fromJSDate(now, { zone: SITE_ZONE }).toISODate()!;
  const published = isDate(data["date"]) ? day(data["date"]) : undefined;

  const updates = data["updates"];
  if (Array.isArray(updates)) {
    updates.forEach((update: unknown, index) => {
      const date = isRecord(update) ? update["date"] : undefined;
      if (!isDate(date)) return;
      const path = ["updates", index, "date"];
      if (published && day(date) < published) {
        report(
          path,
          `${day(date)} is before the page's own date (${published}), and an update comes after the page it changes. Write the day the page was changed, ${published} or later.`,
        );
      } else if (day(date) > today) {
        report(
          path,
          `${day(date)} is after today. Write the day the change was made, today or before: add the update when you change the page, not ahead of it.`,
        );
      }
    });
  }

  const withdrawn = data["withdrawn"];
  const expires = data["expires"];
  if (isRecord(withdrawn)) {
    const date = withdrawn["date"];
    if (date === undefined && !isDate(expires)) {
      report(
        ["withdrawn", "date"],
        `required: the day the page was withdrawn, written as YYYY-MM-DD, under withdrawn: and before reason:, for example date: ${today}. To withdraw it on a day still to come, write that day as expires: instead.`,
        ["withdrawn"],
      );
    } else if (isDate(date) && published && day(date) < published) {
      report(
        ["withdrawn", "date"],
        `${day(date)} is before the page's own date (${published}). Write the day it was withdrawn, ${published} or later.`,
      );
    } else if (isDate(date) && day(date) > today) {
      report(
        ["withdrawn", "date"],
        `${day(date)} is after today. Write the day the page is withdrawn, today or before; for a page to be withdrawn on a day still to come, delete this line and write expires: ${day(date)} at the left margin, keeping the reason under withdrawn:.`,
      );
    }
  }
  if (isDate(expires) && published && day(expires) <= published) {
    report(
      ["expires"],
      `${day(expires)} is not after the page's own date (${published}), so the page would be withdrawn as soon as it is published. Write the day it stops being current, after ${published}.`,
    );
  }

  const status = data["status"];
  const previousDate = data["previousDate"];
  if (status === "rescheduled" && previousDate === undefined) {
    report(
      ["previousDate"],
      `required for a rescheduled event: the day it was to happen, written as YYYY-MM-DD on a line of its own, for example previousDate: 2018-11-23. The event's day: (or start: and end:) holds its new date.`,
      ["status"],
    );
  } else if (previousDate !== undefined && status !== "rescheduled") {
    report(
      ["previousDate"],
      "only a rescheduled event has a previous date. Add the line status: rescheduled, or delete this line if the event has not moved.",
    );
  }

  const owner = data["owner"];
  if (teams.length && typeof owner === "string" && owner.trim() && !teams.includes(owner.trim())) {
    report(["owner"], ownerMessage(owner.trim(), teams, settingsFile));
  }
  return problems;
}

/** An owner that is not one of the site's teams, with the nearest one when it looks like a slip. */
function ownerMessage(owner: string, teams: readonly string[], settingsFile: string): string {
  const nearest = closest(
    owner.toLowerCase(),
    teams.map((team) => team.toLowerCase()),
  );
  const suggestion = teams.find((team) => team.toLowerCase() === nearest);
  const near = suggestion && distance(owner.toLowerCase(), nearest) <= Math.max(3, Math.round(owner.length / 4));
  return (
    `"${owner}" is not one of the teams in ${settingsFile}.` +
    (near ? ` Did you mean "${suggestion}"?` : ` Write one of: ${teams.map((team) => `"${team}"`).join(", ")}.`) +
    ` An owner is a team, not a person; to add a team, add it under teams: in ${settingsFile}.`
  );
}
