/**
 * `npm test`: the lint (type check included), the unit tests, builds of fixture content, a
 * production build and checks of every page it built, the build of the fixture
 * content (tests/fixtures/content) into _site.fixtures/ and checks of its known
 * pages, then the browser tests: every page of the real site, and behaviour on
 * the fixture site. Every step runs even when an earlier one fails (but the
 * checks of a site need its build), and the last line sums up every test that
 * ran: "N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FIXTURE_SITE } from "./lib/fixtureSite.ts";

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
if (build.ok) nodeTests("Checks of the built site (tests/site)", "tests/site");
else console.log("\nChecks of the built site skipped: there is no site to check without a build.");

// The pages the behaviour tests know, built apart from the real content, so that editors' work cannot move their numbers.
const fixtureBuild = run(`Build of the fixture content (tests/fixtures/content) into ${FIXTURE_SITE}/`, node, [
  "--import",
  "tsx",
  "scripts/lib/fixtureSite.ts",
]);
countStep(fixtureBuild.ok);
if (fixtureBuild.ok) nodeTests("Checks of the fixture site's known pages (tests/fixtureSite)", "tests/fixtureSite");
else console.log("\nChecks of the fixture site skipped: the fixture content did not build (why is above).");

// Playwright's projects (playwright.config.ts): "site" for the real build, "fixtures" for the fixture build.
const projects = [...(build.ok ? ["site"] : []), ...(fixtureBuild.ok ? ["fixtures"] : [])];
if (!build.ok) console.log("\nBrowser tests of the real site skipped: there is no site to test without a build.");
if (!fixtureBuild.ok) console.log("\nBrowser tests on the fixture site skipped: the fixture content did not build.");

if (projects.length) {
  const report = path.join(tmpdir(), `playwright-report-${process.pid}.json`);
  const browser = run(
    `Browser tests (Playwright, Chromium): ${projects.join(" and ")}`,
    node,
    ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json", ...projects.map((name) => `--project=${name}`)],
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
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
