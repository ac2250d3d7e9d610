import type { z } from "zod";
import type { ContentProblem } from "../frontMatter/contentProblem.ts";

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
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(shapeOf(fieldSchemaAt(schema, issue.path))).join(", ");
      return issue.keys.map((key) => ({
        file,
        line: lineOf([...issue.path, key]),
        message: `${[...issue.path, key].join(".")}: not a field of this kind of page (check its spelling; the fields here are: ${known})`,
      }));
    }
    const field = issue.path.map(String).join(".") || "(front matter)";
    const expected = fieldSchemaAt(schema, issue.path)?.description;
    return [
      { file, line: lineOf(issue.path), message: `${field}: ${describeProblem(issue)}${expected ? ` (${expected})` : ""}` },
    ];
  });
}

function describeProblem(issue: z.core.$ZodIssue): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case "invalid_type":
      return input === undefined || input === null ? "required" : `${showValue(input)} is not ${article(issue.expected)}`;
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
    const inspectable = unwrapped(current);
    current =
      typeof key === "number" ? (inspectable?.def?.element ?? inspectable?.unwrap?.()) : inspectable?.shape?.[String(key)];
    if (!current) return undefined;
  }
  return current;
}
