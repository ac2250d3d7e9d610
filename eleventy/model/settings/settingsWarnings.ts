import { ContentError, type ContentProblem } from "../frontMatter/contentProblem.ts";
import { readAccessibilitySettings } from "./accessibilitySettings.ts";
import { readContactSettings } from "./contactSettings.ts";

/**
 * Every setting the council has still to give, as warnings: they do not stop the build or the checks, because the
 * pages say how to reach the council meanwhile. A settings file with a mistake gives none: its error is reported
 * (contentFolder/allContentProblems.ts), and stops the build.
 */
export function settingsWarnings(root = "."): ContentProblem[] {
  return [readContactSettings, readAccessibilitySettings].flatMap((read) => {
    try {
      return read(root).warnings;
    } catch (error) {
      if (error instanceof ContentError) return [];
      throw error;
    }
  });
}
