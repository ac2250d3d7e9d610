import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/*
 * `npm run lint` tells an editor everything in one run: a check that fails
 * does not stop the ones after it, and the last line says which found problems.
 * The copy holds the fixture content, whatever editors have published, and a
 * mistake for each check, so that each one can be seen to have run.
 */
const project = new ProjectCopy({ content: "fixtures" });
after(() => project.remove());

test("npm run lint runs every check, even after one fails, and names those that found problems", () => {
  // The checks' own settings, which a copy of the project does not hold by itself.
  for (const file of [".markdownlint-cli2.jsonc", "eslint.config.js", ".prettierrc.json", ".prettierignore"]) {
    project.write(file, readFileSync(file, "utf8"));
  }
  // A content rule's problem (vague link text) and a markdownlint one (two blank lines) in one file.
  project.write(
    "content/news/2018-11-27-lint-test-two-kinds.md",
    "---\ntitle: A title\ndescription: A description.\ndate: 2018-11-27\n---\n\nSee [here](/news/).\n\n\nMore text.\n",
  );
  // A type error and a variable never used, for the type check and ESLint, which run after the checks of content.
  project.write(
    "scripts/lint-test-mistakes.ts",
    'const lintTestUnused = 1;\nexport const lintTestCount: number = "not a number";\n',
  );
  const result = spawnSync(process.execPath, ["scripts/run.js", "scripts/lint.ts"], { cwd: project.root, encoding: "utf8" });
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(result.status, 1);
  assert.match(
    output,
    /content\/news\/2018-11-27-lint-test-two-kinds\.md:7: The link text "here" does not say where the link goes/,
  );
  assert.match(output, /content\/news\/2018-11-27-lint-test-two-kinds\.md:9.*MD012/);
  assert.match(output, /scripts\/lint-test-mistakes\.ts\(2,14\): error TS2322: Type 'string' is not assignable to type 'number'/);
  assert.match(output, /lint-test-mistakes\.ts\n\s+1:7\s+error\s+'lintTestUnused' is assigned a value but never used/);
  assert.equal(
    result.stdout.trim().split("\n").at(-1),
    "lint: problems found by content (npm run lint:content), Markdown formatting (markdownlint), type check (tsc), code (ESLint, Prettier)",
  );
});
