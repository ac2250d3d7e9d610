import { DateTime } from "luxon";
import { siteNow } from "../../core/clock.ts";
import { SITE_ZONE, toLondonDateTime } from "../../core/dates.ts";
import { ContentError, type ContentProblem } from "../frontMatter/contentProblem.ts";
import { readSettingsFile } from "./readSettingsFile.ts";
import { accessibilitySettingsSchema, type AccessibilitySettings } from "./accessibilitySettingsSchema.ts";
import { unsetSettingWarnings } from "./unsetSettings.ts";

export const ACCESSIBILITY_SETTINGS_FILE = "content/settings/accessibility.yml";

/** What the statement says while a date is not set, and what to write: the build and the content lint warn with it. */
const WHILE_UNSET: Record<keyof AccessibilitySettings, string> = {
  statementPrepared:
    "the accessibility statement says the council has not yet recorded when it was prepared. Write the day it was first prepared, for example statementPrepared: 2025-01-31",
  statementReviewed:
    "the accessibility statement says it has not yet been reviewed. Write the day it was last reviewed, for example statementReviewed: 2025-06-30",
};

const londonDay = (date: Date) => toLondonDateTime(date).toISODate()!;

/**
 * The accessibility statement's dates, from content/settings/accessibility.yml, checked: a mistake stops the build
 * with its line. A date after today, or a review before the statement was prepared, cannot be true.
 */
export function readAccessibilitySettings(
  root = ".",
  now = siteNow(),
): { settings: AccessibilitySettings; warnings: ContentProblem[] } {
  const { data, lineOf, problems } = readSettingsFile(
    root,
    ACCESSIBILITY_SETTINGS_FILE,
    accessibilitySettingsSchema,
    "The accessibility statement's settings file is missing. Restore it from the repository's history.",
  );
  const today = DateTime.fromJSDate(now, { zone: SITE_ZONE }).toISODate()!;
  for (const key of ["statementPrepared", "statementReviewed"] as const) {
    const date = data?.[key];
    if (date && londonDay(date) > today) {
      problems.push({
        file: ACCESSIBILITY_SETTINGS_FILE,
        line: lineOf([key]),
        message: `${key}: ${londonDay(date)} is after today. Write the day it happened, today or before, as YYYY-MM-DD.`,
      });
    }
  }
  const { statementPrepared, statementReviewed } = data ?? {};
  if (statementPrepared && statementReviewed && londonDay(statementReviewed) < londonDay(statementPrepared)) {
    problems.push({
      file: ACCESSIBILITY_SETTINGS_FILE,
      line: lineOf(["statementReviewed"]),
      message: `statementReviewed: ${londonDay(statementReviewed)} is before the statement was prepared (statementPrepared: ${londonDay(statementPrepared)}). Write the day of its last review, on or after that day.`,
    });
  }
  if (problems.length || !data) throw new ContentError(problems);
  return { settings: data, warnings: unsetSettingWarnings(ACCESSIBILITY_SETTINGS_FILE, data, lineOf, WHILE_UNSET) };
}

export const accessibilitySettings = (root = "."): AccessibilitySettings => readAccessibilitySettings(root).settings;
