/**
 * `npm test`: the lint (type check included), the unit tests, builds of fixture content, a
 * production build and checks of every page it built, the build of the fixture
 * content (tests/fixtures/content) into _site.fixtures/ and checks of its known
 * pages, then the browser tests: every page of the real site, and behaviour on
 * the fixture site. Every step runs even when an earlier one fails (but the
 * checks of a site need its build), and the last line sums up every test that
 * ran: "N passed, N failed".
 *
 * The steps before the browser tests are independent of each other (each build
 * test makes its own copy of the project), so they run side by side, as many at
 * once as the machine has cores (TEST_JOBS=1 runs them one after another). Each
 * step's output is printed whole when it ends, so that lines of steps running
 * at once do not mix.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { FIXTURE_SITE } from "./lib/fixtureSite.ts";
import { BUILT_FIXTURE_SITE } from "./lib/projectCopy.ts";

let passed = 0;
let failed = 0;
const timings: Array<[string, number]> = [];

interface Outcome {
  ok: boolean;
  /** What the command printed on its standard output: the test runner's summary is read from it. */
  stdout: string;
}

/** Runs a command; prints its title, how long it took and its output (standard error included) once it has ended. */
function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let stdout = "";
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => ((stdout += chunk), (output += chunk)));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    const finish = (ok: boolean, error?: Error) => {
      const seconds = (Date.now() - started) / 1000;
      timings.push([title, seconds]);
      console.log(`\n== ${title} (${seconds.toFixed(1)} s)`);
      process.stdout.write(output);
      if (error) console.error(error.message);
      resolve({ ok, stdout });
    };
    child.once("error", (error) => finish(false, error));
    child.once("close", (status) => finish(status === 0));
  });
}

/** At most `slots` commands at once; the others wait their turn, in order (those marked `first` go ahead of the queue). */
function slots(count: number) {
  let free = count;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>, first = false): Promise<T> => {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => (first ? waiting.unshift(resolve) : waiting.push(resolve)));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

const jobs = Number(process.env["TEST_JOBS"]) || availableParallelism();
const slot = slots(jobs);
console.log(`Running up to ${jobs} steps at once (TEST_JOBS=1 for one at a time).`);

/** A step that is not made of tests (the type check, the build) counts as one test. */
function countStep(ok: boolean): void {
  if (ok) passed += 1;
  else failed += 1;
}

const node = process.execPath;

/** The *.test.ts files of a folder. */
function testFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => path.join(folder, name));
}

/** Runs tests with Node's test runner (`args` after node's), counting their results. */
async function nodeTests(title: string, args: string[], first = false, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const result = await slot(() => run(title, node, ["--import", "tsx", "--test-reporter=spec", ...args], env), first);
  const fileFailed = Number(/ℹ fail (\d+)/.exec(result.stdout)?.[1] ?? 0);
  passed += Number(/ℹ pass (\d+)/.exec(result.stdout)?.[1] ?? 0);
  failed += fileFailed;
  if (!result.ok && fileFailed === 0) failed += 1; // the runner itself failed
}

/** Every *.test.ts of a folder in one process (scripts/lib/testsInOneProcess.ts): a process a file costs more than most tests. */
const inOneProcess = (folder: string) => ["scripts/lib/testsInOneProcess.ts", folder];

/** A build, then (at once, ahead of steps still waiting) the checks of what it built; whether it built. */
async function buildThenCheck(
  title: string,
  args: string[],
  checks: { title: string; folder: string; skipped: string },
): Promise<boolean> {
  const build = await slot(() => run(title, node, ["--import", "tsx", ...args]));
  countStep(build.ok);
  if (build.ok) await nodeTests(checks.title, inOneProcess(checks.folder), true);
  else console.log(`\n${checks.skipped}`);
  return build.ok;
}

// The two builds first: their checks and the browser tests wait for them.
const production = buildThenCheck("Production build", ["scripts/build.ts"], {
  title: "Checks of the built site (tests/site)",
  folder: "tests/site",
  skipped: "Checks of the built site skipped: there is no site to check without a build.",
});
// The pages the behaviour tests know, built apart from the real content, so that editors' work cannot move their numbers.
const fixtures = buildThenCheck(
  `Build of the fixture content (tests/fixtures/content) into ${FIXTURE_SITE}/`,
  ["scripts/lib/fixtureSite.ts"],
  {
    title: "Checks of the fixture site's known pages (tests/fixtureSite)",
    folder: "tests/fixtureSite",
    skipped: "Checks of the fixture site skipped: the fixture content did not build (why is above).",
  },
);
// Each build test makes its own copy of the project and runs on its own, the longest files (about the slowest) first.
// They start once the fixture site is built: those that start from the fixture content as it is take that build as
// theirs (ProjectCopy.buildFixtures) rather than each making it again.
const buildTests = fixtures.then((built) =>
  Promise.all(
    testFiles("tests/build")
      .sort((a, b) => statSync(b).size - statSync(a).size)
      .map((file) =>
        nodeTests(
          `Builds of fixture content in a copy of the project: ${file}`,
          ["--test", file],
          false,
          built ? { [BUILT_FIXTURE_SITE]: path.resolve(FIXTURE_SITE) } : {},
        ),
      ),
  ),
);
// The same checks as `npm run lint`: type check, ESLint, Prettier, markdownlint and the content rules.
const lint = slot(() =>
  run("Lint (npm run lint)", process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "lint"]),
).then((result) => countStep(result.ok));
const unit = nodeTests("Unit tests", inOneProcess("tests/unit"));

const [build, fixtureBuild] = await Promise.all([production, fixtures, buildTests, lint, unit]);

// Playwright's projects (playwright.config.ts): "site" for the real build, "fixtures" for the fixture build.
const projects = [...(build ? ["site"] : []), ...(fixtureBuild ? ["fixtures"] : [])];
if (!build) console.log("\nBrowser tests of the real site skipped: there is no site to test without a build.");
if (!fixtureBuild) console.log("\nBrowser tests on the fixture site skipped: the fixture content did not build.");

if (projects.length) {
  const report = path.join(tmpdir(), `playwright-report-${process.pid}.json`);
  const browser = await run(
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

console.log("\nHow long each step took:");
for (const [title, seconds] of timings) console.log(`${seconds.toFixed(1).padStart(7)} s  ${title}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
