import assert from "node:assert/strict";
import { test } from "node:test";
import type { z } from "zod";
import { contentTypes } from "../../eleventy/contentTypes.ts";

/** Peels zod's wrappers (optional, default, refinements) to reach an object's fields. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  let current = schema as unknown as { shape?: Record<string, z.ZodType>; def?: { in?: unknown; innerType?: unknown } };
  for (let depth = 0; depth < 5 && !current.shape; depth++) {
    current = (current.def?.in ?? current.def?.innerType ?? {}) as typeof current;
  }
  return current.shape ?? {};
}

// A build error quotes a field's description as what was expected: it must show an editor a correct value.
for (const [type, { schema }] of Object.entries(contentTypes)) {
  test(`every ${type} field tells an editor what to write, with an example`, () => {
    const fields = Object.entries(shapeOf(schema));
    assert.ok(fields.length >= 5, `only ${fields.length} fields found`);
    const withoutExample = fields
      .filter(([, field]) => !/for example|such as|true only/.test(field.description ?? ""))
      .map(([name, field]) => `${name}: ${field.description ?? "(no description)"}`);
    assert.deepEqual(withoutExample, []);
  });
}
