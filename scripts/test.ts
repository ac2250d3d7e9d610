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
 *
 * Before all of them, the browser tests' Chromium: where there is none, it is
 * got (scripts/lib/browserSetup/getChromium.ts), or the run stops at once with
 * the command that would get one. Each step has a time limit
 * (scripts/lib/testTimeLimits.ts): one that runs past it is killed, with every
 * server and browser it started, named, and counted as a failed test.
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { getChromium } from "./lib/browserSetup/getChromium.ts";
import { nodeScriptArgs } from "../eleventy/core/nodeScript.ts";
import { thisMachine } from "./lib/browserSetup/thisMachine.ts";
import { FIXTURE_SITE } from "./lib/fixtureSite.ts";
import { BUILT_FIXTURE_SITE } from "./lib/projectCopy.ts";
import { slots } from "./lib/slots.ts";
import { TestSuite } from "./lib/testSuite.ts";
import { timeLimit } from "./lib/testTimeLimits.ts";

const suite = new TestSuite();

// First, since a new machine has none: without it every step would run only for the browser tests to fail at the end.
const chromium = await getChromium(thisMachine(), (line) => console.log(line));
if (!chromium.ok) {
  console.log(chromium.line);
  suite.countStep(false);
  console.log(`\n${suite.passed} passed, ${suite.failed} failed`);
  process.exit(1);
}

const jobs = Number(process.env["TEST_JOBS"]) || availableParallelism();
const slot = slots(jobs);
console.log(`Running up to ${jobs} steps at once (TEST_JOBS=1 for one at a time).`);

const node = process.execPath;
const limitSeconds = timeLimit("step");

/** The *.test.ts files of a folder. */
function testFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => path.join(folder, name));
}

/** Runs tests with Node's test runner (`args` after node's), counting their results. */
async function nodeTests(title: string, args: string[], first = false, env: NodeJS.ProcessEnv = {}): Promise<void> {
  await slot(() => suite.nodeTests(title, args, { env, limitSeconds }), first);
}

/**
 * Every *.test.ts of a folder (or one file) in one process (scripts/lib/testsInOneProcess.ts): a process a file costs
 * more than most tests. Compiled, as this process runs (scripts/run.js has made .compiled/ up to date).
 */
const inOneProcess = (folderOrFile: string) => [
  ...nodeScriptArgs(new URL("./lib/testsInOneProcess.ts", import.meta.url)),
  folderOrFile,
];
/** A script of this folder, such as "build.ts", run as this process runs. */
const script = (file: string) => nodeScriptArgs(new URL(file, import.meta.url));

/** A build, then (at once, ahead of steps still waiting) the checks of what it built; whether it built. */
async function buildThenCheck(
  title: string,
  args: string[],
  checks: { title: string; folder: string; skipped: string },
): Promise<boolean> {
  const build = await slot(() => suite.run(title, node, args, { limitSeconds }));
  suite.countStep(build.ok);
  if (build.ok) await nodeTests(checks.title, inOneProcess(checks.folder), true);
  else console.log(`\n${checks.skipped}`);
  return build.ok;
}

// The two builds first: their checks and the browser tests wait for them.
const production = buildThenCheck("Production build", script("./build.ts"), {
  title: "Checks of the built site (tests/site)",
  folder: "tests/site",
  skipped: "Checks of the built site skipped: there is no site to check without a build.",
});
// The pages the behaviour tests know, built apart from the real content, so that editors' work cannot move their numbers.
const fixtures = buildThenCheck(
  `Build of the fixture content (tests/fixtures/content) into ${FIXTURE_SITE}/`,
  script("./lib/fixtureSite.ts"),
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
          inOneProcess(file),
          false,
          built ? { [BUILT_FIXTURE_SITE]: path.resolve(FIXTURE_SITE) } : {},
        ),
      ),
  ),
);
// The same checks as `npm run lint`: type check, ESLint, Prettier, markdownlint and the content rules.
const lint = slot(() =>
  suite.run("Lint (npm run lint)", process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "lint"], {
    limitSeconds,
  }),
).then((result) => suite.countStep(result.ok));
const unit = nodeTests("Unit tests", inOneProcess("tests/unit"));

const [build, fixtureBuild] = await Promise.all([production, fixtures, buildTests, lint, unit]);

// Playwright's projects (playwright.config.ts): "site" for the real build, "fixtures" for the fixture build.
const projects = [...(build ? ["site"] : []), ...(fixtureBuild ? ["fixtures"] : [])];
if (!build) console.log("\nBrowser tests of the real site skipped: there is no site to test without a build.");
if (!fixtureBuild) console.log("\nBrowser tests on the fixture site skipped: the fixture content did not build.");

if (projects.length) {
  const report = path.join(tmpdir(), `playwright-report-${process.pid}.json`);
  const browser = await suite.run(
    `Browser tests (Playwright, Chromium): ${projects.join(" and ")}`,
    node,
    ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json", ...projects.map((name) => `--project=${name}`)],
    { env: { PLAYWRIGHT_JSON_OUTPUT_NAME: report }, limitSeconds: timeLimit("browserTests") },
  );
  try {
    const stats = (JSON.parse(readFileSync(report, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } })
      .stats;
    suite.passed += stats.expected + stats.flaky;
    suite.failed += stats.unexpected;
    if (!browser.ok && stats.unexpected === 0) suite.failed += 1;
  } catch {
    suite.failed += 1; // no report: Playwright could not start, or was killed at its time limit, as said above
  } finally {
    rmSync(report, { force: true });
  }
}

process.stdout.write(suite.summary());
process.exitCode = suite.failed ? 1 : 0;
