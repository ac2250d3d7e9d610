/**
 * `npm run bench:deploy [-- --runs N] [--json FILE] [--keep]`: the time of what the Deploy workflow runs for a change
 * to content/ alone (.github/workflows/deploy.yml), against `npm run build` alone, on the same machine, as a ratio
 * (the aim is 1.5× at most: docs/performance.md). In a copy of the project, with the real content, made a git
 * repository so that the decision has a commit to read, each run changes a notice, commits it and times, in turn:
 *
 *   1. `npm run build`, alone;
 *   2. the Deploy workflow's own steps after its install, for such a change: the decision that the suite has passed
 *      on this code (scripts/ci/suiteRecord.ts, given the record GitHub would list), then, at a set clock,
 *      `npm run build` and `npm run check:site`, the checks of every page it built.
 *
 * Then, once each: the scheduled check when nothing is due (`npm run due`), and the checks of a pull request that
 * changes only a notice (.github/workflows/pull-request.yml: the content lint, markdownlint, the build, Prettier on
 * the settings, the checks of every built page). Medians of N runs (3); the install (`npm ci`, or the cache) and
 * GitHub's own steps are not in it: docs/deploying.md gives those. Where /usr/bin/time is (Linux), each step's CPU
 * time (user and system, its child processes included) is given beside its wall time: on a machine others share,
 * the wall time follows their load, the CPU time much less.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { codeId, suiteRecordName } from "../ci/suiteRecord.ts";
import { ProjectCopy } from "../lib/projectCopy.ts";
import { measure, median, settleDisk } from "./measure.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    json: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a whole number, such as 3");

/** The aim of the issue "Merge to live in minutes": the Deploy workflow's steps for a content change, against the build. */
const AIM = 1.5;

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const project = new ProjectCopy("site-bench-deploy-");
// What the pull request's checks read beside the project's code: Prettier's and markdownlint's settings.
for (const file of [".prettierrc.json", ".prettierignore", ".markdownlint-cli2.jsonc"]) {
  cpSync(file, path.join(project.root, file));
}
const git = (...args: string[]) =>
  execFileSync("git", args, {
    cwd: project.root,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Bench",
      GIT_AUTHOR_EMAIL: "bench@example.invalid",
      GIT_COMMITTER_NAME: "Bench",
      GIT_COMMITTER_EMAIL: "bench@example.invalid",
    },
  }).trim();
git("init", "-q", "-b", "main");
writeFileSync(path.join(project.root, ".gitignore"), "node_modules\n_site/\n_site.*/\ncheck-reports/\n");
git("add", "-A");
git("commit", "-q", "-m", "The site");

// What GitHub would list: the suite's record of this code, from a run of this repository.
const records = path.join(project.root, "..", `${path.basename(project.root)}-artifacts.json`);
writeFileSync(
  records,
  JSON.stringify({
    artifacts: [
      {
        id: 1,
        name: suiteRecordName(codeId(project.root)),
        expired: false,
        workflow_run: { id: 1, repository_id: 1, head_repository_id: 1 },
      },
    ],
  }),
);

let change = 0;
/** A change to content/ alone, committed: a notice, up now, on every page, worded anew each time. */
function changeANotice(): void {
  change += 1;
  project.write(
    "content/settings/notices.yml",
    `notices:\n  - type: emergency\n    heading: Roads closed by snow (change ${change})\n    text: Several roads are closed. Check before you travel.\n    start: 2026-01-01 07:00\n`,
  );
  git("commit", "-q", "-am", `A notice, change ${change}`);
}

const CLOCK = { SITE_NOW: new Date().toISOString().replace(/\.\d{3}Z$/, "Z") };
const TIME = "/usr/bin/time";
const CPU_LINE = /^cpu-seconds (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/m;

interface Timed {
  ok: boolean;
  seconds: number;
  /** User and system CPU seconds of the command and its children; NaN without /usr/bin/time. */
  cpu: number;
  output: string;
}

/** Runs a command in the copy at the bench's clock, timing its wall clock and, where /usr/bin/time is, its CPU. */
async function timed(command: string, args: string[]): Promise<Timed> {
  const withTime = existsSync(TIME);
  const result = await measure(withTime ? TIME : command, withTime ? ["-f", "cpu-seconds %U %S", command, ...args] : args, {
    cwd: project.root,
    env: CLOCK,
  });
  const cpu = CPU_LINE.exec(result.output);
  return { ok: result.ok, seconds: result.seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, output: result.output };
}
const npmRun = (...args: string[]) => timed(npm, ["run", "--silent", ...args]);
function checked(label: string, result: Timed): Timed {
  if (!result.ok) throw new Error(`${label} failed:\n${result.output.slice(-3000)}`);
  return result;
}

interface DeploySteps {
  decide: Timed;
  build: Timed;
  checks: Timed;
  seconds: number;
  cpu: number;
}

/** The Deploy workflow's steps for a content change, after its install: each step, and their sums. */
async function deploySteps(): Promise<DeploySteps> {
  const decide = checked(
    "the decision",
    await timed(process.execPath, ["--import", "tsx", "scripts/ci/suiteRecord.ts", "decide", records]),
  );
  if (!/passed on this code/.test(decide.output)) throw new Error(`The decision did not skip the suite:\n${decide.output}`);
  const build = checked("npm run build", await npmRun("build"));
  const checks = checked("npm run check:site", await npmRun("check:site"));
  return {
    decide,
    build,
    checks,
    seconds: decide.seconds + build.seconds + checks.seconds,
    cpu: decide.cpu + build.cpu + checks.cpu,
  };
}

try {
  console.error(`Deploy path: a content change, ${runs} runs, in ${project.root}`);
  // A first build, untimed, as the Deploy workflow's runner has none: both sides then start from a built site's images.
  checked("the first build", await npmRun("build"));
  const alone: Timed[] = [];
  const deploys: DeploySteps[] = [];
  for (let run = 1; run <= runs; run++) {
    changeANotice();
    await settleDisk(project.root);
    alone.push(checked("npm run build", await npmRun("build")));
    changeANotice();
    await settleDisk(project.root);
    deploys.push(await deploySteps());
    console.error(
      `  run ${run} of ${runs}: build alone ${alone.at(-1)!.seconds.toFixed(2)} s, Deploy's steps ${deploys.at(-1)!.seconds.toFixed(2)} s`,
    );
  }

  changeANotice();
  await settleDisk(project.root);
  const due = checked("npm run due", await npmRun("due", "--", "--since", CLOCK.SITE_NOW));
  const pullRequest: Array<[string, Timed]> = [];
  for (const [label, args] of [
    ["content lint", ["run", "--silent", "lint:content"]],
    ["markdownlint", ["run", "--silent", "lint:markdown"]],
    ["build", ["run", "--silent", "build"]],
    ["Prettier on content/", ["exec", "--", "prettier", "--check", "content"]],
    ["checks of every built page", ["run", "--silent", "check:site"]],
  ] as Array<[string, string[]]>) {
    pullRequest.push([label, checked(label, await timed(npm, args))]);
  }

  const both = (items: Array<{ seconds: number; cpu: number }>) => ({
    seconds: median(items.map((item) => item.seconds)),
    cpu: median(items.map((item) => item.cpu)),
  });
  const sum = (items: Timed[]) => ({
    seconds: items.reduce((total, item) => total + item.seconds, 0),
    cpu: items.reduce((total, item) => total + item.cpu, 0),
  });
  const buildAlone = both(alone);
  const deploy = both(deploys);
  const figures = {
    runs,
    buildAlone,
    deploySteps: deploy,
    deployDecision: both(deploys.map((entry) => entry.decide)),
    deployBuild: both(deploys.map((entry) => entry.build)),
    deployChecks: both(deploys.map((entry) => entry.checks)),
    ratio: { seconds: deploy.seconds / buildAlone.seconds, cpu: deploy.cpu / buildAlone.cpu },
    dueNothing: both([due]),
    pullRequest: Object.fromEntries(pullRequest.map(([label, result]) => [label, both([result])])),
    pullRequestTotal: sum(pullRequest.map(([, result]) => result)),
  };
  const cell = (value: { seconds: number; cpu: number }) =>
    `${value.seconds.toFixed(2)} s | ${Number.isNaN(value.cpu) ? "–" : `${value.cpu.toFixed(2)} s`}`;
  const ratio = (value: number) => (Number.isNaN(value) ? "–" : `${value.toFixed(2)}×, ${value <= AIM ? "within" : "**over**"}`);
  console.log(`| measure (medians of ${runs}) | wall time | CPU time |`);
  console.log("| --- | --- | --- |");
  console.log(`| \`npm run build\` alone | ${cell(figures.buildAlone)} |`);
  console.log(`| Deploy's steps for a content change | ${cell(figures.deploySteps)} |`);
  console.log(`| … the decision that the suite has passed on this code | ${cell(figures.deployDecision)} |`);
  console.log(`| … \`npm run build\` | ${cell(figures.deployBuild)} |`);
  console.log(`| … \`npm run check:site\`: the checks of every built page | ${cell(figures.deployChecks)} |`);
  console.log(
    `| … as a multiple of the build alone (aim: at most ${AIM}×) | ${ratio(figures.ratio.seconds)} | ${ratio(figures.ratio.cpu)} |`,
  );
  console.log(`| the scheduled check, nothing due (\`npm run due\`) | ${cell(figures.dueNothing)} |`);
  for (const [label, result] of pullRequest) console.log(`| a notice's pull request: ${label} | ${cell(result)} |`);
  console.log(`| a notice's pull request, its checks in all | ${cell(figures.pullRequestTotal)} |`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  if (values.keep) console.error(`Kept: ${project.root}`);
  else project.remove();
  rmSync(records, { force: true });
}
