import type { z } from "zod";
import { FIELD_KIND, type FieldKind } from "../../model/schemas/fields.ts";
import { fieldsOf, itemsOf, jsonSchemaOf, requiresField, type JsonSchema } from "../../model/schemas/jsonSchema.ts";

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

/** What the form offers that the schema cannot know: the topics of topics.yml, the site's teams and the pages a page can link to. */
export interface FieldChoices {
  topics: string[];
  /** The teams of content/settings/site.yml that a page's owner is one of; none, and the owner is written in. */
  teams: string[];
  /** Every page's file inside content/, with a label that names it. */
  pages: Array<{ label: string; value: string }>;
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
 * same maximum lengths, the schema's description as the hint. All of it is
 * read from the schema's JSON Schema (model/schemas/jsonSchema.ts). A kind of
 * field the converter does not know stops the build, naming the field,
 * rather than giving editors a form that the build would then refuse.
 */
export function decapFields(schema: z.ZodType, choices: FieldChoices): DecapField[] {
  return groupFields(jsonSchemaOf(schema), choices, [], false);
}

function groupFields(group: JsonSchema, choices: FieldChoices, path: string[], inOptionalGroup: boolean): DecapField[] {
  return Object.entries(fieldsOf(group)).map(([name, node]) =>
    decapField([...path, name], node, requiresField(group, name), choices, inOptionalGroup),
  );
}

/**
 * Decap checks a group's required fields even when the group itself is left
 * empty, so an optional group's fields (an image's file and alt text) cannot
 * be required by the form: the hint says so, and the build checks them.
 */
function decapField(
  path: string[],
  node: JsonSchema,
  required: boolean,
  choices: FieldChoices,
  inOptionalGroup: boolean,
): DecapField {
  const name = path.at(-1)!;
  const described = hintOf(node.description);
  const hint = inOptionalGroup && required ? `Required with the rest of this group. ${described ?? ""}`.trim() : described;
  const base = { name, label: labelOf(name), required: required && !inOptionalGroup, ...(hint ? { hint } : {}) };
  const widget = widgetFor(path, node, choices, inOptionalGroup || !required);
  return { ...base, ...widget } as DecapField;
}

type Widget = Omit<DecapField, "name" | "label" | "required">;
type SiteWidget = (choices: FieldChoices) => Widget;

/** The widget of each of the site's own kinds of field, tagged in model/schemas/fields.ts. */
const SITE_WIDGETS: Record<FieldKind, SiteWidget> = {
  calendarDate: () => ({ ...DATE }),
  londonDateTime: () => ({ ...LONDON_DATE_TIME }),
  topics: (choices) => ({ widget: "select", multiple: true, options: choices.topics }),
  related: (choices) => ({ widget: "select", multiple: true, options: choices.pages }),
  imageFile: () => ({ widget: "image", choose_url: false }),
  owner: (choices) => (choices.teams.length ? { widget: "select", options: choices.teams } : { widget: "string" }),
};

function widgetFor(path: string[], node: JsonSchema, choices: FieldChoices, optional: boolean): Widget {
  const siteWidget = SITE_WIDGETS[node[FIELD_KIND] as FieldKind] as SiteWidget | undefined;
  if (siteWidget) return { ...siteWidget(choices), ...lengthRule(node) };
  switch (kindOf(node)) {
    case "string":
      return stringWidget(path, node);
    case "enum":
      return enumWidget(path, node);
    case "boolean":
      return { widget: "boolean" };
    case "integer":
      return numberWidget(node);
    case "number":
      throw new Error(`The CMS asks only for whole numbers, and ${path.join(".")} is not one.`);
    case "object":
      return { widget: "object", collapsed: false, fields: groupFields(node, choices, path, optional) };
    case "array":
      return listWidget(path, node, choices);
  }
  throw new Error(noFieldFor(path, node));
}

const THIS_FILE = "eleventy/features/cms/decapFields.ts";

/** Keywords that make a value a kind of its own (one of a list, a constant, one of several kinds): only "enum" has a widget here. */
const OWN_KINDS = ["enum", "const", "anyOf", "oneOf", "allOf", "not", "$ref"];

/** What a node holds: its JSON Schema type, unless a keyword makes it a kind of its own. */
function kindOf(node: JsonSchema): string | undefined {
  return OWN_KINDS.find((keyword) => keyword in node) ?? (typeof node.type === "string" ? node.type : undefined);
}

/** Why the form has no field for a field of the schema. A zod schema with no JSON Schema (an untagged z.date()) comes out as {}. */
function noFieldFor(path: string[], node: JsonSchema, list = ""): string {
  const kind = kindOf(node);
  const what = kind ? `a ${list}JSON Schema "${kind}"` : `a ${list}zod schema that has no JSON Schema (as z.date() has none)`;
  const tag = kind ? "" : ", or tag it as one of the site's own kinds of field in eleventy/model/schemas/fields.ts";
  return `The CMS has no form field for ${path.join(".")}, ${what}: teach ${THIS_FILE} that kind of field${tag}.`;
}

/** The rules on a text that the form cannot check, so that the build would refuse what the form let through. */
const TEXT_RULES = ["format", "pattern", "contentEncoding", "contentMediaType"] as const;

/**
 * What the form says when a text is too long: Decap shows "<label>: <this>" (its phrase, reworded in
 * assets/cms/site-cms.js), so it says what is wrong, then the field's own hint.
 */
export function tooLongMessage(max: number, hint: string | undefined): string {
  return `more than ${max} characters: shorten it. ${hint ?? ""}`.trim();
}

function stringWidget(path: string[], node: JsonSchema): Widget {
  const rule = TEXT_RULES.find((keyword) => node[keyword] !== undefined);
  if (rule) {
    const which = rule === "format" ? `"${node.format}"` : `"${rule}"`;
    throw new Error(`The CMS cannot check a text's ${which} rule (${path.join(".")}): add it to ${THIS_FILE}.`);
  }
  const max = node.maxLength;
  return { widget: max !== undefined && max > ONE_LINE_MAX ? "text" : "string", ...lengthRule(node) };
}

/** The most characters a text may have, as the form checks it: a text the site's own widget asks for (an owner) too. */
function lengthRule(node: JsonSchema): Partial<Pick<Widget, "pattern">> {
  const max = node.maxLength;
  return max !== undefined ? { pattern: [`^[\\s\\S]{0,${max}}$`, tooLongMessage(max, hintOf(node.description))] } : {};
}

/** One of a few words (an event's status): a list to choose from, of those words alone. */
function enumWidget(path: string[], node: JsonSchema): Widget {
  const values = node.enum ?? [];
  if (node.type !== "string" || !values.every((value) => typeof value === "string")) {
    throw new Error(
      `The CMS offers a choice of words only, and ${path.join(".")} is a choice of other values: teach ${THIS_FILE} it.`,
    );
  }
  return { widget: "select", options: values };
}

/**
 * The least a whole number may be. zod writes the least a safe integer can be
 * for a number without .min(), which says nothing to an editor; a number
 * greater than n (.positive(), .gt()) is at least n + 1.
 */
function leastOf(node: JsonSchema): number | undefined {
  if (typeof node.exclusiveMinimum === "number") return node.exclusiveMinimum + 1;
  return node.minimum !== undefined && node.minimum > Number.MIN_SAFE_INTEGER ? node.minimum : undefined;
}

function numberWidget(node: JsonSchema): Widget {
  const min = leastOf(node);
  return { widget: "number", value_type: "int", ...(min !== undefined ? { min } : {}) };
}

/**
 * A list of words (organisers), one box an item; or a list of groups (updates, each a date and a note), a group of
 * fields an item, each field as it would be on its own. An item's fields are required only with the rest of its item:
 * Decap asks for them when an item is added, not when the list is left empty.
 */
function listWidget(path: string[], node: JsonSchema, choices: FieldChoices): Widget {
  const items = itemsOf(node) ?? {};
  const least = node.minItems !== undefined ? { min: node.minItems } : {};
  if (kindOf(items) === "object") {
    const fields = Object.entries(fieldsOf(items)).map(([name, field]) =>
      decapField([...path, name], field, requiresField(items, name), choices, false),
    );
    return { widget: "list", collapsed: false, summary: summaryOf(fields), fields, ...least };
  }
  if (kindOf(items) !== "string") throw new Error(noFieldFor(path, items, "list of "));
  return {
    widget: "list",
    field: { name: "item", label: labelOf(path.at(-1)!), widget: "string" },
    ...least,
  };
}

/** What the form shows of each item of a list of groups when it is folded: its fields' values, in order. */
function summaryOf(fields: DecapField[]): string {
  return fields.map((field) => `{{fields.${field.name}}}`).join(": ");
}
