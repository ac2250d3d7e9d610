import assert from "node:assert/strict";
import { test } from "node:test";
import { contentTypes } from "../../eleventy/registry/contentTypes.ts";
import { fieldsOf, jsonSchemaOf } from "../../eleventy/model/schemas/jsonSchema.ts";

// A build error quotes a field's description as what was expected: it must show an editor a correct value.
for (const [type, { schema }] of Object.entries(contentTypes)) {
  test(`every ${type} field tells an editor what to write, with an example`, () => {
    const fields = Object.entries(fieldsOf(jsonSchemaOf(schema)));
    assert.ok(fields.length >= 5, `only ${fields.length} fields found`);
    const withoutExample = fields
      .filter(([, field]) => !/for example|such as|true only/.test(field.description ?? ""))
      .map(([name, field]) => `${name}: ${field.description ?? "(no description)"}`);
    assert.deepEqual(withoutExample, []);
  });
}
