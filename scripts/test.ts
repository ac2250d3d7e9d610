/**
 * `npm test`: the lint (type check included), the unit tests, builds of fixture content, a
 * production build, checks of every built page, then the browser tests
 * against the built site. Every step runs even when an earlier one fails
 * (but the checks of the site need a build), and the last line sums up every
 * test that ran: "N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

let passed = 0;
let failed = 0;

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): { ok: boolean; output: string } {
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  process.stdout.write(result.stdout ?? "");
  if (result.error) console.error(result.error.message);
  return { ok: result.status === 0, output: result.stdout ?? "" };
}

/** A step that is not made of tests (the type check, the build) counts as one test. */
function countStep(ok: boolean): void {
  if (ok) passed += 1;
  else failed += 1;
}

const node = process.execPath;

// The same checks as `npm run lint`: type check, ESLint, Prettier, markdownlint and the content rules.
countStep(run("Lint (npm run lint)", process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "lint"]).ok);

/** Runs every *.test.ts in a folder with Node's test runner, counting its results. */
function nodeTests(title: string, folder: string): void {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => path.join(folder, name));
  const result = run(title, node, ["--import", "tsx", "--test", "--test-concurrency=1", "--test-reporter=spec", ...files]);
  const fileFailed = Number(/ℹ fail (\d+)/.exec(result.output)?.[1] ?? 0);
  passed += Number(/ℹ pass (\d+)/.exec(result.output)?.[1] ?? 0);
  failed += fileFailed;
  if (!result.ok && fileFailed === 0) failed += 1; // the runner itself failed
}

nodeTests("Unit tests", "tests/unit");
nodeTests("Builds of fixture content in a copy of the project (tests/build)", "tests/build");

const build = run("Production build", node, ["--import", "tsx", "scripts/build.ts"]);
countStep(build.ok);

if (build.ok) {
  nodeTests("Checks of the built site (tests/site)", "tests/site");

  const report = path.join(tmpdir(), `playwright-report-${process.pid}.json`);
  const browser = run(
    "Browser tests (Playwright, Chromium)",
    node,
    ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json"],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    },
  );
  try {
    const stats = (JSON.parse(readFileSync(report, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } })
      .stats;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (!browser.ok && stats.unexpected === 0) failed += 1;
  } catch {
    failed += 1; // no report: Playwright could not start (no browser?), said why above
  } finally {
    rmSync(report, { force: true });
  }
} else {
  console.log("\nBrowser tests skipped: there is no site to test without a build.");
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
