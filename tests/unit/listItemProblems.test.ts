/**
 * A list of groups in a settings file (redirects.yml's redirects, site.yml's
 * navigation): a mistake in one of its items is explained as any other field's.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { z } from "zod";
import { parseFrontMatter } from "../../eleventy/model/frontMatter/parseFrontMatter.ts";
import { schemaProblems } from "../../eleventy/model/schemas/schemaProblems.ts";
import { redirectsSchema } from "../../eleventy/model/settings/redirectsSchema.ts";
import { siteSettingsSchema } from "../../eleventy/model/settings/siteSettingsSchema.ts";

/** What the build says of a settings file, each problem as "line: message". */
function problems(schema: z.ZodType, lines: string[]): string[] {
  const parsed = parseFrontMatter(lines.join("\n"), 1);
  const result = schema.safeParse(parsed.data, { reportInput: true });
  assert.equal(result.success, false);
  return schemaProblems("settings.yml", schema, result.error!, parsed.lineOf).map(({ line, message }) => `${line}: ${message}`);
}

test("a field of a list's item says what it should be, as a field of a group does", () => {
  assert.deepEqual(problems(redirectsSchema, ["redirects:", "  - from: /a/", "    to: b"]), [
    '3: redirects.0.to: the text "b" is not an address on this site, such as /news/ (the address, starting and ending with /, of the page on the site today that replaces it, for example /events/)',
  ]);
});

test("a misspelt field of a list's item is told the item's fields", () => {
  const said = problems(siteSettingsSchema, [
    "name: Leicestershire County Council",
    "description: News from the council.",
    "navigation:",
    "  - text: News",
    "    link: /news/",
    "  - text: Events",
    "    hraf: /events/",
    "feedEntries: 20",
  ]);
  assert.ok(
    said.includes("5: navigation.0.link: not a field of this kind of page (check its spelling; the fields here are: text, href)"),
    said.join("\n"),
  );
  // A name one letter from the item's own field is named as that field.
  assert.ok(
    said.some((line) => line.startsWith("7: navigation.1.hraf: not a field of this kind of page. Did you mean href?")),
    said.join("\n"),
  );
});
