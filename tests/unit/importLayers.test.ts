/** The build's layers import one way (eleventy/README.md): `npm run lint` names a file and an import that runs the other. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ESLint } from "eslint";

const eslint = new ESLint();

/** What ESLint says of `code` as if it were the file `filePath`: the messages of the layer rule only. */
async function layerFindings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((m) => m.message);
}

test("an import from a layer above is refused, naming the import and the layers allowed", async () => {
  const findings = await layerFindings(
    "eleventy/model/schemas/example.ts",
    'import { contentTypes } from "../../registry/contentTypes.ts";\nexport const names = Object.keys(contentTypes);\n',
  );
  assert.equal(findings.length, 1);
  assert.match(findings[0]!, /'\.\.\/\.\.\/registry\/contentTypes\.ts'/);
  assert.match(findings[0]!, /eleventy\/model\/ may import only from core\/, model\/ and packages/);
});

test("features may not import plugins, and nothing under eleventy/ imports scripts/", async () => {
  const plugin = await layerFindings(
    "eleventy/features/cms/example.ts",
    'import drafts from "../../plugins/drafts.ts";\nexport { drafts };\n',
  );
  assert.equal(plugin.length, 1);
  const script = await layerFindings(
    "eleventy/core/example.ts",
    'import { buildSite } from "../../scripts/build.ts";\nexport { buildSite };\n',
  );
  assert.equal(script.length, 1);
  assert.match(script[0]!, /eleventy\/core\/ may import only from core\/ and packages/);
});

test("only plugins take Eleventy's configuration", async () => {
  const code = 'import type UserConfig from "@11ty/eleventy/UserConfig";\nexport type Config = UserConfig;\n';
  assert.equal((await layerFindings("eleventy/features/images/example.ts", code)).length, 1);
  assert.deepEqual(await layerFindings("eleventy/plugins/example.ts", code), []);
});

test("imports down the layers, within a layer, and from scripts/ are allowed", async () => {
  assert.deepEqual(
    await layerFindings(
      "eleventy/features/cms/example.ts",
      'import { slug } from "../../core/slug.ts";\nimport { contentTypes } from "../../registry/contentTypes.ts";\nimport { listedDate } from "../filters/listedDate.ts";\nexport { slug, contentTypes, listedDate };\n',
    ),
    [],
  );
  assert.deepEqual(
    await layerFindings("scripts/example.ts", 'import drafts from "../eleventy/plugins/drafts.ts";\nexport { drafts };\n'),
    [],
  );
});
