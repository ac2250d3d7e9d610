import type { ContentProblem } from "../frontMatter/contentProblem.ts";

/**
 * Warnings for settings the council has still to give (left empty, or not in the file): one line each, on the
 * setting's line, saying what the site does meanwhile and what to write, such as
 *   content/settings/contact.yml:4: email is not set: the contact page … Write …
 * `notes` holds, for each setting that may be unset, what happens until it is set and what to write.
 */
export function unsetSettingWarnings(
  file: string,
  data: Record<string, unknown>,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  notes: Record<string, string>,
): ContentProblem[] {
  return (
    Object.entries(notes)
      .filter(([key]) => data[key] === undefined || data[key] === null)
      // A setting missing from the file has no line of its own: the top of the file is where to add it.
      .map(([key, note]) => ({ file, line: lineOf([key]) ?? 1, message: `${key} is not set: ${note}` }))
  );
}
