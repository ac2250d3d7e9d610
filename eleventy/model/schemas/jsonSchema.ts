import { z } from "zod";

/*
 * How the build reads the fields of the site's zod schemas: through zod's
 * public z.toJSONSchema(), not its private `_zod.def`, which any release of
 * zod may change. The CMS's form (features/cms/decapFields.ts), the build's
 * messages (schemaProblems.ts) and `npm run new` read the same JSON Schema,
 * through the functions below, so they cannot disagree about a field.
 */

/** A node of a JSON Schema (draft 2020-12), as zod writes it. */
export type JsonSchema = z.core.JSONSchema.JSONSchema;

const converted = new WeakMap<z.ZodType, JsonSchema>();

/**
 * What a file may say, as JSON Schema: the input side ("io: input"), since
 * files are what editors write and errors are about, so a field with a default
 * is not required and a London date and time is the text written, not the
 * Date it becomes. A Date (what YAML makes of 2018-11-26) has no JSON Schema:
 * it becomes {} and keeps its description and metadata, which is how
 * fields.ts's dates are known (FIELD_KIND). Converted once for each schema.
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = converted.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    converted.set(schema, json);
  }
  return json;
}

/** The node that says what a field is, through `nullish()` and the like, which JSON Schema writes as "this, or null". */
function withoutNull(node: JsonSchema): JsonSchema {
  const others = node.anyOf?.filter((branch) => branch.type !== "null");
  return others?.length === 1 && others.length < node.anyOf!.length ? others[0]! : node;
}

/** A group's fields, in the schema's order, by name; none if the node is not a group. */
export function fieldsOf(node: JsonSchema | undefined): Record<string, JsonSchema> {
  const properties = node ? withoutNull(node).properties : undefined;
  return Object.fromEntries(Object.entries(properties ?? {}).filter((entry): entry is [string, JsonSchema] => isNode(entry[1])));
}

/** Whether the group requires the field: a field with a default, or optional(), is not required. */
export function requiresField(group: JsonSchema, name: string): boolean {
  return withoutNull(group).required?.includes(name) ?? false;
}

/** What each item of a list must be; undefined if the node is not a list. */
export function itemsOf(node: JsonSchema | undefined): JsonSchema | undefined {
  const items = node ? withoutNull(node).items : undefined;
  return isNode(items) ? items : undefined;
}

/** The node of the field a zod issue's path names, such as ["image", "alt"] or ["topics", 0]: a number is an item of a list. */
export function fieldAt(node: JsonSchema | undefined, path: readonly PropertyKey[]): JsonSchema | undefined {
  let current = node;
  for (const key of path) {
    current = typeof key === "number" ? itemsOf(current) : fieldsOf(current)[String(key)];
    if (!current) return undefined;
  }
  return current;
}

/** A JSON Schema may be `true` or `false` where a node could be: neither says what a field is. */
function isNode(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
