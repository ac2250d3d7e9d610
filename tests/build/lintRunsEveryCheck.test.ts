import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/*
 * `npm run lint` tells an editor everything in one run: a check that fails
 * does not stop the ones after it, and the last line says which found problems.
 */
const project = new ProjectCopy();
after(() => project.remove());

test("npm run lint runs every check, even after one fails, and names those that found problems", () => {
  project.write(".markdownlint-cli2.jsonc", readFileSync(".markdownlint-cli2.jsonc", "utf8"));
  // A content rule's problem (vague link text) and a markdownlint one (two blank lines) in one file.
  project.write(
    "content/news/2018-11-27-two-kinds.md",
    "---\ntitle: A title\ndescription: A description.\ndate: 2018-11-27\n---\nSee [here](/news/).\n\n\nMore text.\n",
  );
  const result = spawnSync(process.execPath, ["scripts/run.js", "scripts/lint.ts"], { cwd: project.root, encoding: "utf8" });
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(result.status, 1);
  assert.match(output, /content\/news\/2018-11-27-two-kinds\.md:6: The link text "here" does not say where the link goes/);
  assert.match(output, /content\/news\/2018-11-27-two-kinds\.md:8.*MD012/);
  assert.match(output, /lint: problems found by content \(npm run lint:content\), Markdown formatting \(markdownlint\)/);
});
