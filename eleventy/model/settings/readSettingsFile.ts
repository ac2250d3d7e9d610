import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { ContentProblem } from "../frontMatter/contentProblem.ts";
import { parseFrontMatter, type ParsedFrontMatter } from "../frontMatter/parseFrontMatter.ts";
import { schemaProblems } from "../schemas/schemaProblems.ts";

/**
 * A settings file under content/settings/, read through the site's YAML reader and checked against its schema.
 * `file` is relative to the project; the problems name it and their lines. `data` is there only when it passed;
 * `written` is what the YAML says, checked or not, for checks of their own that go on after a mistake.
 */
export function readSettingsFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  missing: string,
): { data?: z.infer<S>; written: Record<string, unknown>; lineOf: ParsedFrontMatter["lineOf"]; problems: ContentProblem[] } {
  const full = path.join(root, file);
  if (!existsSync(full)) return { written: {}, lineOf: () => 1, problems: [{ file, message: missing }] };
  const parsed = parseFrontMatter(readFileSync(full, "utf8"), 1);
  const problems: ContentProblem[] = parsed.problems.map((problem) => ({ ...problem, file }));
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) problems.push(...schemaProblems(file, schema, result.error, parsed.lineOf));
  return { ...(result.success ? { data: result.data } : {}), written: parsed.data, lineOf: parsed.lineOf, problems };
}
