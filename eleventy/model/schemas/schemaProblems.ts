import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import type { ContentProblem } from "../frontMatter/contentProblem.ts";
import { dateFieldMessage, dateTimeFieldMessage, dayOrTimeFieldMessage } from "../frontMatter/dateFieldMessages.ts";
import { LONDON_DATE_TIME_FORMAT } from "./fields.ts";
import { fieldAt, fieldsOf, jsonSchemaOf, type JsonSchema } from "./jsonSchema.ts";

/**
 * Turns a zod error into problems an editor can act on, one per field, each on its line:
 *   content/news/x.md:2: title: required (a headline of up to 65 characters, …)
 * Parse with `{ reportInput: true }` so that a wrong value can be told from a missing one.
 */
export function schemaProblems(
  file: string,
  schema: z.ZodType,
  error: z.ZodError,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ContentProblem[] {
  const json = jsonSchemaOf(schema);
  const unindented = unindentedFields(json, error, lineOf);
  const misspelt = misspeltFields(json, error, unindented);
  // The group's own issues ("image: required", "image.alt: required") follow from its fields not being indented under
  // it, and "title: required" from its name being misspelt.
  const explained = (path: PropertyKey[]) =>
    [...unindented.values()].some(({ group, meant }) => samePath(path, group) || samePath(path, meant)) ||
    [...misspelt.values()].some(({ meant }) => samePath(path, meant));

  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(fieldsOf(fieldAt(json, issue.path))).join(", ");
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const name = path.join(".");
        const under = unindented.get(name);
        const meant = misspelt.get(name);
        return {
          file,
          line: lineOf(path),
          message: under
            ? `${name}: not indented under ${under.group.join(".")}, so it is read as a field of its own, not part of ${under.group.join(".")} above it. Start the line with ${under.indent} spaces: ${" ".repeat(under.indent)}${key}:${under.value}`
            : meant
              ? `${name}: not a field of this kind of page. Did you mean ${String(meant.meant.at(-1))}? Correct the name, so that the line reads ${String(meant.meant.at(-1))}:${meant.value}`
              : `${name}: not a field of this kind of page (check its spelling; the fields here are: ${known})`,
        };
      });
    }
    if (explained(issue.path)) return [];
    const field = issue.path.map(String).join(".") || "(front matter)";
    const written = writtenDateProblem(issue, fieldAt(json, issue.path));
    if (written) return [{ file, line: lineOf(issue.path), message: `${field}: ${written}` }];
    const problem = describeProblem(issue);
    // A message that already says what to write (noticesSchema.ts's) needs no description of the field after it.
    const expected = /(^|[.?] )Write /.test(problem) ? undefined : fieldAt(json, issue.path)?.description;
    return [{ file, line: lineOf(issue.path), message: `${field}: ${problem}${expected ? ` (${expected})` : ""}` }];
  });
}

/** A date or a date and time written in a way YAML does not read as one (26/11/2018): the line as it should be. */
function writtenDateProblem(issue: z.core.$ZodIssue, fieldSchema: JsonSchema | undefined): string | undefined {
  const input: unknown = issue.input;
  const field = String(issue.path.at(-1) ?? "date");
  // A day alone is right too in a field tagged dayOrTime (fields.ts publicationDate).
  const dayAlone = fieldSchema?.["dayOrTime"] === true;
  if (dayAlone && issue.code === "invalid_format" && issue.message === LONDON_DATE_TIME_FORMAT && typeof input === "string")
    return dayOrTimeFieldMessage(field, input);
  if (issue.code === "invalid_type" && issue.expected === "date" && (typeof input === "string" || typeof input === "number"))
    return dateFieldMessage(field, String(input));
  if (issue.code === "invalid_format" && issue.message === LONDON_DATE_TIME_FORMAT && typeof input === "string")
    return dateTimeFieldMessage(field, input);
  return undefined;
}

interface UnindentedField {
  /** The group it belongs to, such as ["image"]. */
  group: PropertyKey[];
  /** Where it was meant to be, such as ["image", "src"]. */
  meant: PropertyKey[];
  /** The spaces its line needs. */
  indent: number;
  /** Its value as written after the colon, with the space before it. */
  value: string;
}

/**
 * Fields of a group written without indentation under it:
 *   image:
 *   src: images/a.png
 * YAML reads image as empty and src as a field of its own, which the schema
 * then refuses. Found by the field above being a group that has a field of
 * that name. Keyed by the dotted name of each, as the schema saw it ("src").
 */
function unindentedFields(
  json: JsonSchema,
  error: z.ZodError,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Map<string, UnindentedField> {
  const found = new Map<string, UnindentedField>();
  for (const issue of error.issues) {
    if (issue.code !== "unrecognized_keys" || !isObject(issue.input)) continue;
    const fields = issue.input;
    const fieldsHere = fieldsOf(fieldAt(json, issue.path));
    const inOrder = Object.keys(fields).sort((a, b) => (lineOf([...issue.path, a]) ?? 0) - (lineOf([...issue.path, b]) ?? 0));
    let group: string | undefined;
    for (const key of inOrder) {
      if (issue.keys.includes(key)) {
        if (group !== undefined && key in fieldsOf(fieldsHere[group])) {
          found.set([...issue.path, key].join("."), {
            group: [...issue.path, group],
            meant: [...issue.path, group, key],
            indent: 2 * (issue.path.length + 1),
            value: writtenValue(fields[key]),
          });
        } else group = undefined;
      } else {
        const holdsGroup = Object.keys(fieldsOf(fieldsHere[key])).length > 0;
        group = holdsGroup && (fields[key] === null || isObject(fields[key])) ? key : undefined;
      }
    }
  }
  return found;
}

/**
 * Fields whose name is a field of theirs misspelt (`tittle:`, `Title:`, `organizers:`): one or two letters from a field
 * of the same group that is not written. Keyed by the dotted name as written, as unindentedFields is.
 */
function misspeltFields(
  json: JsonSchema,
  error: z.ZodError,
  unindented: Map<string, UnindentedField>,
): Map<string, { meant: PropertyKey[]; value: string }> {
  const found = new Map<string, { meant: PropertyKey[]; value: string }>();
  for (const issue of error.issues) {
    if (issue.code !== "unrecognized_keys" || !isObject(issue.input)) continue;
    const fields = issue.input;
    const unwritten = Object.keys(fieldsOf(fieldAt(json, issue.path))).filter((name) => !(name in fields));
    for (const key of issue.keys) {
      const name = [...issue.path, key].join(".");
      if (unindented.has(name) || !unwritten.length) continue;
      const nearest = closest(key.toLowerCase(), unwritten);
      // One letter in four may be wrong, and at least one: "tag" is not "day", but "tittle" is "title".
      if (distance(key.toLowerCase(), nearest) > Math.max(1, Math.floor(key.length / 4))) continue;
      found.set(name, { meant: [...issue.path, nearest], value: writtenValue(fields[key]) });
    }
  }
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((key, index) => b[index] === key);
}

/** A value as it is written after `name:` (with its space), for a corrected line. */
function writtenValue(value: unknown): string {
  if (value instanceof Date) return ` ${value.toISOString().slice(0, 10)}`;
  if (value === null || typeof value === "object") return "";
  return ` ${String(value)}`;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case "invalid_type":
      return input === undefined || input === null ? "required" : `${showValue(input)} is not ${article(issue.expected)}`;
    case "invalid_union":
      // A field of several forms (a London date and time, written as text or read by YAML as a date) left out.
      return input === undefined || input === null ? "required" : issue.message;
    case "too_big":
      return typeof input === "string"
        ? `too long: ${input.length} characters, at most ${String(issue.maximum)}`
        : `too many: at most ${String(issue.maximum)}`;
    case "too_small":
      if (typeof input === "string") return "must not be empty";
      if (Array.isArray(input)) return `needs at least ${String(issue.minimum)}`;
      return `must be at least ${String(issue.minimum)}`;
    case "invalid_format":
      return `${showValue(input)} is not ${issue.message}`;
    case "invalid_value":
      // A schema's own message (noticesSchema.ts's type) already says what to write; zod's own ("Invalid option…") does not.
      return /^Invalid (option|input)/.test(issue.message) ? notOneOf(input, issue.values) : issue.message;
    default:
      return issue.message;
  }
}

/** A value that must be one of a few words (an event's status): the words, and the one meant if it is a slip. */
function notOneOf(input: unknown, values: readonly unknown[]): string {
  const words = values.map(String);
  const written = typeof input === "string" ? input.trim().toLowerCase() : undefined;
  const nearest = written ? closest(written, words) : undefined;
  const near = written && nearest && distance(written, nearest) <= Math.max(2, Math.round(written.length / 4));
  return `${showValue(input)} is not one of ${words.join(", ")}${near ? `: did you mean ${nearest}?` : ""}`;
}

function article(expected: string): string {
  if (expected === "date") return "a date";
  if (expected === "int" || expected === "number") return "a whole number";
  if (expected === "array") return "a list";
  if (expected === "boolean") return "true or false";
  if (expected === "object") return "a group of fields";
  return `a ${expected}`;
}

function showValue(value: unknown): string {
  if (typeof value === "string") return `the text "${value}"`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  return JSON.stringify(value) ?? String(value);
}
