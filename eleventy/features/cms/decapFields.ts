import type { z } from "zod";
import { calendarDate, image, londonDateTime, related, topics } from "../../model/schemas/fields.ts";
import { shapeOf } from "../../model/schemas/schemaProblems.ts";

/** One field of Decap CMS's form, as its configuration writes it (https://decapcms.org/docs/widgets/). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  /** A regular expression the value must match, and what the form says when it does not. */
  pattern?: [string, string];
  [option: string]: unknown;
}

/** What the form offers that the schema cannot know: the topics of topics.yml and the pages a page can link to. */
export interface FieldChoices {
  topics: string[];
  /** Every page's file inside content/, with a label that names it. */
  pages: Array<{ label: string; value: string }>;
}

/** The one place, besides schemaProblems.ts, that reads zod's internals: the kind of a schema and its checks. */
interface Inspected {
  _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; checks?: Array<{ _zod: { def: Check } }> } };
}
interface Check {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
}

const defOf = (schema: z.ZodType) => (schema as unknown as Inspected)._zod.def;
const checksOf = (schema: z.ZodType) => (defOf(schema).checks ?? []).map((check) => check._zod.def);
const isSame = (schema: z.ZodType, known: z.ZodType) => defOf(schema) === defOf(known);

/** The longest a text may be, from the schema's .max(): the form says it and refuses more. */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  return checksOf(schema).find((check) => check.check === "max_length")?.maximum;
}

/** Optional and defaulted fields are not required; their schema is the one inside. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
  const def = defOf(schema);
  if ((def.type === "optional" || def.type === "default") && def.innerType) {
    return { inner: unwrap(def.innerType).inner, required: false };
  }
  return { inner: schema, required: true };
}

/** Whether the schema requires the field: what the CMS's form must require too. */
export function isRequired(schema: z.ZodType): boolean {
  return unwrap(schema).required;
}

/** Names that say little to an editor as they are. */
const LABELS: Record<string, string> = { src: "Image file", alt: "Alt text" };

/** "linkText" → "Link text". */
export function labelOf(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A field's description is written for someone typing YAML, and often ends
 * with an example of the lines to write ("for example:\n  venue: …"): the
 * form shows the field itself, so its hint stops before that example.
 */
export function hintOf(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const text = description
    .replace(/,? for example:\n[\s\S]*$/, "")
    .replace(/,? one per line,? (each )?starting with '- '/, "")
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Decap's date-time widget keeps the figures it is given: no time zone, so the schema reads them as London's. */
const DATE = { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false };
const LONDON_DATE_TIME = { widget: "datetime", format: "YYYY-MM-DD HH:mm", date_format: "YYYY-MM-DD", time_format: "HH:mm" };

/** Texts that may be longer than this (a description, a lead) get a box of several lines; others are one line. */
const ONE_LINE_MAX = 80;

/**
 * A Decap CMS field for each field of a zod object schema, so that the form
 * asks for what the build checks: required where the schema requires, the
 * same maximum lengths, the schema's description as the hint. A kind of
 * schema the converter does not know stops the build, naming the field,
 * rather than giving editors a form that the build would then refuse.
 */
export function decapFields(schema: z.ZodType, choices: FieldChoices, path: string[] = [], inOptionalGroup = false) {
  return Object.entries(shapeOf(schema)).map(([name, field]) => decapField([...path, name], field, choices, inOptionalGroup));
}

/**
 * Decap checks a group's required fields even when the group itself is left
 * empty, so an optional group's fields (an image's file and alt text) cannot
 * be required by the form: the hint says so, and the build checks them.
 */
function decapField(path: string[], schema: z.ZodType, choices: FieldChoices, inOptionalGroup: boolean): DecapField {
  const name = path.at(-1)!;
  const { inner, required } = unwrap(schema);
  const described = hintOf(schema.description ?? inner.description);
  const hint = inOptionalGroup && required ? `Required with the rest of this group. ${described ?? ""}`.trim() : described;
  const base = { name, label: labelOf(name), required: required && !inOptionalGroup, ...(hint ? { hint } : {}) };
  const widget = widgetFor(path, inner, choices, inOptionalGroup || !required);
  return { ...base, ...widget } as DecapField;
}

function widgetFor(
  path: string[],
  schema: z.ZodType,
  choices: FieldChoices,
  optional: boolean,
): Omit<DecapField, "name" | "label" | "required"> {
  if (isSame(schema, unwrap(topics).inner)) {
    return { widget: "select", multiple: true, options: choices.topics };
  }
  if (isSame(schema, unwrap(related).inner)) {
    return { widget: "select", multiple: true, options: choices.pages };
  }
  if (isSame(schema, calendarDate)) return { ...DATE };
  if (isSame(schema, londonDateTime)) return { ...LONDON_DATE_TIME };
  if (path.length === 2 && path[1] === "src" && isSame(shapeOf(image)["src"]!, schema)) {
    return { widget: "image", choose_url: false };
  }
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return stringWidget(schema);
    case "boolean":
      return { widget: "boolean" };
    case "number":
      return numberWidget(path, schema);
    case "object":
      return { widget: "object", collapsed: false, fields: decapFields(schema, choices, path, optional) };
    case "array":
      return listWidget(path, schema, def.element!);
  }
  throw new Error(
    `The CMS has no form field for ${path.join(".")}, a zod "${def.type}": teach eleventy/cms/decapFields.ts that kind of field.`,
  );
}

function stringWidget(schema: z.ZodType): Omit<DecapField, "name" | "label" | "required"> {
  const max = maxLengthOf(schema);
  const known = new Set(["overwrite", "min_length", "max_length"]);
  const unknown = checksOf(schema).find((check) => !known.has(check.check));
  if (unknown) throw new Error(`The CMS cannot check a text's "${unknown.check}" rule: add it to eleventy/cms/decapFields.ts.`);
  return {
    widget: max !== undefined && max > ONE_LINE_MAX ? "text" : "string",
    ...(max !== undefined ? { pattern: [`^[\\s\\S]{0,${max}}$`, `Up to ${max} characters.`] } : {}),
  };
}

function numberWidget(path: string[], schema: z.ZodType): Omit<DecapField, "name" | "label" | "required"> {
  const checks = checksOf(schema);
  const whole = checks.some((check) => check.format === "safeint");
  const min = checks.find((check) => check.check === "greater_than" && check.value !== undefined)?.value;
  if (!whole) throw new Error(`The CMS asks only for whole numbers, and ${path.join(".")} is not one.`);
  return { widget: "number", value_type: "int", ...(min !== undefined ? { min } : {}) };
}

function listWidget(path: string[], schema: z.ZodType, element: z.ZodType): Omit<DecapField, "name" | "label" | "required"> {
  const min = checksOf(schema).find((check) => check.check === "min_length")?.minimum;
  if (defOf(element).type !== "string") {
    throw new Error(`The CMS has no form field for ${path.join(".")}, a list of zod "${defOf(element).type}".`);
  }
  return {
    widget: "list",
    field: { name: "item", label: labelOf(path.at(-1)!), widget: "string" },
    ...(min !== undefined ? { min } : {}),
  };
}
