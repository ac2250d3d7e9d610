/**
 * A test file that never ends (a server it never stopped keeps it alive) must not keep `npm test` waiting for ever:
 * at its time limit it is killed, with what it started, named, and counted as a failed test.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { nodeScriptArgs } from "../../eleventy/core/nodeScript.ts";
import { TestSuite } from "../../scripts/lib/testSuite.ts";

const FIXTURE = "tests/fixtures/runner/neverEnds.test.ts";
// Tiny, so that the test is quick; enough for the fixture to start its process first on a busy machine.
const LIMIT_SECONDS = 5;

/** Whether a process is still running: a zombie, killed but not yet reaped by whoever adopted it, is not. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return existsSync(`/proc/${pid}`) || !existsSync("/proc");
  }
}

// Started as the file is loaded, so that its seconds of waiting overlap the other unit tests, which share its process.
const folder = mkdtempSync(path.join(tmpdir(), "never-ends-"));
const pidFile = path.join(folder, "pid");
let printed = "";
const suite = new TestSuite((text) => (printed += text));
// NODE_TEST_CONTEXT, which Node's test runner gives the files it runs, would make the inner runner report to this one.
const ran = suite.nodeTests(
  `Builds of fixture content in a copy of the project: ${FIXTURE}`,
  [...nodeScriptArgs(new URL("../../scripts/lib/testsInOneProcess.ts", import.meta.url)), FIXTURE],
  {
    env: { NEVER_ENDS_PID_FILE: pidFile, NODE_TEST_CONTEXT: undefined },
    limitSeconds: LIMIT_SECONDS,
  },
);

after(async () => {
  await ran;
  if (existsSync(pidFile)) {
    try {
      process.kill(Number(readFileSync(pidFile, "utf8")), "SIGKILL");
    } catch {
      // Ended, as it should have been.
    }
  }
  rmSync(folder, { recursive: true, force: true });
});

test("a test file still running at its time limit is killed with the process it started, named and counted as failed", async () => {
  const run = await ran;
  assert.equal(run.killed, true);
  assert.match(
    printed,
    new RegExp(`== .*${FIXTURE} \\([\\d.]+ s\\): KILLED, still running at its time limit of ${LIMIT_SECONDS} s`),
  );
  const summary = suite.summary();
  assert.match(summary, new RegExp(`Killed at their time limit[^\\n]*\\n  [^\\n]*${FIXTURE} \\(${LIMIT_SECONDS} s\\)`));
  assert.match(summary, /\n0 passed, 1 failed\n$/);

  assert.ok(existsSync(pidFile), `the fixture had not started its process within its ${LIMIT_SECONDS} s`);
  const pid = Number(readFileSync(pidFile, "utf8"));
  for (let tries = 0; running(pid) && tries < 50; tries += 1) await sleep(100);
  assert.equal(running(pid), false, `the process the fixture started (${pid}) is still running`);
});
