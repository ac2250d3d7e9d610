/**
 * Runs every *.test.ts of a folder in this one process, with Node's test
 * runner, as `npm test` does for tests/unit: starting a process (and tsx) for
 * each file took four times as long as the tests themselves. The runner sums
 * up as `node --test` does ("ℹ pass N", "ℹ fail N") and exits non-zero if a
 * test failed. A test that changes what the process shares (process.env, the
 * working folder, a module's state) must put it back, as they all do today.
 *
 *   node --import tsx --test-reporter=spec scripts/lib/testsInOneProcess.ts tests/unit
 *
 * With $WAIT_FOR_BUILD set (scripts/build-and-check.ts), it first imports the folder's warmUp.ts, if it has one, and
 * waits for a line on its standard input: "go" once the site it checks is built, then runs the tests; anything else,
 * or the end of its input, and it ends without running them (the build failed, and said why).
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { createInterface } from "node:readline";

/** The first line of standard input: whether it says the build succeeded. */
async function buildSucceeded(): Promise<boolean> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line.trim() === "go";
  }
  return false;
}

const folder = process.argv[2] ?? "tests/unit";
if (process.env["WAIT_FOR_BUILD"]) {
  const warmUp = path.resolve(folder, "warmUp.ts");
  if (existsSync(warmUp)) await import(pathToFileURL(warmUp).href);
  if (!(await buildSucceeded())) process.exit(0);
}
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
