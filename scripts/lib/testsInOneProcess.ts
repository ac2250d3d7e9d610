/**
 * Runs every *.test.ts of a folder (or one such file) in this one process, with Node's test
 * runner, as `npm test` does for tests/unit: starting a process for
 * each file took four times as long as the tests themselves. Run compiled (scripts/run.js), it runs the tests' compiled
 * JavaScript. The runner sums
 * up as `node --test` does ("ℹ pass N", "ℹ fail N") and exits non-zero if a
 * test failed. A test that changes what the process shares (process.env, the
 * working folder, a module's state) must put it back, as they all do today.
 *
 *   node --test-reporter=spec scripts/run.js scripts/lib/testsInOneProcess.ts tests/unit
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { RUNNING_COMPILED } from "../../eleventy/core/nodeScript.ts";

const given = process.argv[2] ?? "tests/unit";
const [folder, files] = statSync(given).isDirectory()
  ? [
      given,
      readdirSync(given)
        .filter((name) => name.endsWith(".test.ts"))
        .sort(),
    ]
  : [path.dirname(given), [path.basename(given)]];
// This file's own folder's root: the project's, or its compiled copy (.compiled/), where each test is its .js.
const root = new URL("../../", import.meta.url);
for (const name of files) {
  const relative = path.relative(process.cwd(), path.resolve(folder, name)).split(path.sep).join("/");
  try {
    await import(
      RUNNING_COMPILED ? new URL(relative.replace(/\.ts$/, ".js"), root).href : pathToFileURL(path.resolve(relative)).href
    );
  } catch (error) {
    // A file that cannot be loaded is a failed test, not the end of the others.
    test(`${path.join(folder, name)} loads`, () => {
      throw error;
    });
  }
}
