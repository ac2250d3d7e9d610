import { z } from "zod";
import { calendarDate } from "../schemas/fields.ts";

/**
 * content/settings/accessibility.yml: the dates of the accessibility statement, which the council records when it
 * prepares and reviews it. Left empty, the statement says so, and the build warns (accessibilitySettings.ts).
 */
export const accessibilitySettingsSchema = z.strictObject({
  statementPrepared: calendarDate
    .nullish()
    .describe("the day the accessibility statement was first prepared, written as YYYY-MM-DD, for example 2025-01-31"),
  statementReviewed: calendarDate
    .nullish()
    .describe("the day the accessibility statement was last reviewed, written as YYYY-MM-DD, for example 2025-06-30"),
});

export type AccessibilitySettings = z.infer<typeof accessibilitySettingsSchema>;
