/**
 * Runs every *.test.ts of a folder in this one process, with Node's test
 * runner, as `npm test` does for tests/unit: starting a process (and tsx) for
 * each file took four times as long as the tests themselves. The runner sums
 * up as `node --test` does ("ℹ pass N", "ℹ fail N") and exits non-zero if a
 * test failed. A test that changes what the process shares (process.env, the
 * working folder, a module's state) must put it back, as they all do today.
 *
 *   node --import tsx --test-reporter=spec scripts/lib/testsInOneProcess.ts tests/unit
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

const folder = process.argv[2] ?? "tests/unit";
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".test.ts"))
  .sort();
for (const name of files) {
  try {
    await import(pathToFileURL(path.resolve(folder, name)).href);
  } catch (error) {
    // A file that cannot be loaded is a failed test, not the end of the others.
    test(`${path.join(folder, name)} loads`, () => {
      throw error;
    });
  }
}
