import type { z } from "zod";
import type { ContentProblem } from "../frontMatter/contentProblem.ts";
import { dateFieldMessage, dateTimeFieldMessage, dayOrTimeFieldMessage } from "../frontMatter/dateFieldMessages.ts";
import { DAY_OR_LONDON_TIME_FIELDS, LONDON_DATE_TIME_FORMAT } from "./fields.ts";

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
  const unindented = unindentedFields(schema, error, lineOf);
  // The group's own issues ("image: required", "image.alt: required") follow from its fields not being indented under it.
  const explained = (path: PropertyKey[]) =>
    [...unindented.values()].some(({ group, meant }) => samePath(path, group) || samePath(path, meant));

  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(shapeOf(fieldSchemaAt(schema, issue.path))).join(", ");
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const name = path.join(".");
        const under = unindented.get(name);
        return {
          file,
          line: lineOf(path),
          message: under
            ? `${name}: not indented under ${under.group.join(".")}, so it is read as a field of its own, not part of ${under.group.join(".")} above it. Start the line with ${under.indent} spaces: ${" ".repeat(under.indent)}${key}:${under.value}`
            : `${name}: not a field of this kind of page (check its spelling; the fields here are: ${known})`,
        };
      });
    }
    if (explained(issue.path)) return [];
    const field = issue.path.map(String).join(".") || "(front matter)";
    const written = writtenDateProblem(issue, fieldSchemaAt(schema, issue.path));
    if (written) return [{ file, line: lineOf(issue.path), message: `${field}: ${written}` }];
    const problem = describeProblem(issue);
    // A message that already says what to write (noticesSchema.ts's) needs no description of the field after it.
    const expected = /(^|[.?] )Write /.test(problem) ? undefined : fieldSchemaAt(schema, issue.path)?.description;
    return [{ file, line: lineOf(issue.path), message: `${field}: ${problem}${expected ? ` (${expected})` : ""}` }];
  });
}

/** A date or a date and time written in a way YAML does not read as one (26/11/2018): the line as it should be. */
function writtenDateProblem(issue: z.core.$ZodIssue, fieldSchema: z.ZodType | undefined): string | undefined {
  const input: unknown = issue.input;
  const field = String(issue.path.at(-1) ?? "date");
  const dayAlone = fieldSchema !== undefined && DAY_OR_LONDON_TIME_FIELDS.has(fieldSchema);
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
  schema: z.ZodType,
  error: z.ZodError,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Map<string, UnindentedField> {
  const found = new Map<string, UnindentedField>();
  for (const issue of error.issues) {
    if (issue.code !== "unrecognized_keys" || !isObject(issue.input)) continue;
    const fields = issue.input;
    const shape = shapeOf(fieldSchemaAt(schema, issue.path));
    const inOrder = Object.keys(fields).sort((a, b) => (lineOf([...issue.path, a]) ?? 0) - (lineOf([...issue.path, b]) ?? 0));
    let group: string | undefined;
    for (const key of inOrder) {
      if (issue.keys.includes(key)) {
        if (group !== undefined && key in shapeOf(shape[group])) {
          found.set([...issue.path, key].join("."), {
            group: [...issue.path, group],
            meant: [...issue.path, group, key],
            indent: 2 * (issue.path.length + 1),
            value: writtenValue(fields[key]),
          });
        } else group = undefined;
      } else {
        const holdsGroup = Object.keys(shapeOf(shape[key])).length > 0;
        group = holdsGroup && (fields[key] === null || isObject(fields[key])) ? key : undefined;
      }
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
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  if (expected === "date") return "a date";
  if (expected === "int" || expected === "number") return "a whole number";
  if (expected === "array") return "a list";
  if (expected === "object") return "a group of fields";
  return `a ${expected}`;
}

function showValue(value: unknown): string {
  if (typeof value === "string") return `the text "${value}"`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  return JSON.stringify(value) ?? String(value);
}

type Inspectable = { shape?: Record<string, z.ZodType>; unwrap?: () => z.ZodType; def?: { in?: z.ZodType; element?: z.ZodType } };

/** The fields of an object schema, whatever wraps it (refinements, optional, default): the one place that reads zod's internals. */
export function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  return unwrapped(schema)?.shape ?? {};
}

/** Peels optional/default/pipe wrappers to reach an object's shape or an array's element. */
function unwrapped(schema: z.ZodType | undefined): Inspectable | undefined {
  let current = schema as Inspectable | undefined;
  for (let depth = 0; current && depth < 10; depth++) {
    if (current.shape) return current;
    const next = current.unwrap?.() ?? current.def?.in;
    if (!next) return current;
    current = next as Inspectable;
  }
  return current;
}

function fieldSchemaAt(schema: z.ZodType, path: PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = typeof key === "number" ? elementOf(current) : unwrapped(current)?.shape?.[String(key)];
    if (!current) return undefined;
  }
  return current;
}

/** A list's items' schema, whatever wraps the list (optional, nullable, default, a transform). */
function elementOf(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema as Inspectable | undefined;
  for (let depth = 0; current && depth < 10; depth++) {
    if (current.def?.element) return current.def.element;
    current = (current.unwrap?.() ?? current.def?.in) as Inspectable | undefined;
  }
  return undefined;
}
