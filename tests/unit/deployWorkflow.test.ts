/**
 * The Deploy and pull-request workflows' promises (docs/deploying.md, "What is checked where"), as far as they can be
 * tried offline: their shape, read from the YAML, and the shell of the steps that decide what to skip, run here with
 * a stand-in for GitHub's `gh` command. GitHub itself only runs them once they are merged.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { parse } from "yaml";
import { codeId, suiteRecordName } from "../../scripts/ci/suiteRecord.ts";

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { schedule?: Array<{ cron: string }> };
  jobs: Record<string, Job>;
}
const read = (name: string) => parse(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;
const deploy = read("deploy.yml");
const pullRequest = read("pull-request.yml");
const stepOf = (job: Job, name: string) => {
  const found = job.steps.find((step) => step.name?.startsWith(name));
  assert.ok(found, `no step "${name}"`);
  return found;
};
const indexOf = (job: Job, name: string) => job.steps.indexOf(stepOf(job, name));

const folders: string[] = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const scratch = () => {
  const folder = mkdtempSync(path.join(tmpdir(), "workflow-"));
  folders.push(folder);
  return folder;
};

/** Runs a step's shell as GitHub would (bash -e), with `gh` replaced by `fakeGh`; what it wrote to $GITHUB_OUTPUT. */
function runStep(
  step: Step,
  fakeGh: string,
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = {},
): { status: number | null; stdout: string; outputs: string } {
  const folder = scratch();
  mkdirSync(path.join(folder, "bin"));
  writeFileSync(path.join(folder, "bin/gh"), `#!/usr/bin/env bash\n${fakeGh}\n`);
  chmodSync(path.join(folder, "bin/gh"), 0o755);
  const outputs = path.join(folder, "outputs");
  writeFileSync(outputs, "");
  const result = spawnSync("bash", ["-e", "-c", step.run!], {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: `${path.join(folder, "bin")}:${process.env["PATH"]}`,
      GITHUB_REPOSITORY: "council/news",
      GITHUB_OUTPUT: outputs,
      RUNNER_TEMP: folder,
      GH_TOKEN: "none",
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout + result.stderr, outputs: readFileSync(outputs, "utf8") };
}

describe("Deploy runs the suite only on code it has not passed on, and checks every built page every time", () => {
  const build = deploy.jobs["build"]!;
  const record = stepOf(build, "Has the suite passed on this code already?");

  test("the suite, its browser and its record run only when the decision says so", () => {
    for (const name of ["Install Chromium", "Run every test (npm test)", "Record that the suite passed"]) {
      assert.equal(stepOf(build, name).if, "${{ steps.record.outputs.run-suite == 'true' }}", name);
    }
    assert.equal(stepOf(build, "Take the checks' figures").if, "${{ steps.record.outputs.run-suite == 'false' }}");
  });

  test("the build and the checks of every built page always run, with one clock, before anything is packaged", () => {
    for (const name of ["Build for the public address", "Check every built page"]) {
      const step = stepOf(build, name);
      assert.equal(step.if, undefined, name);
      assert.equal(step.env?.["SITE_NOW"], "${{ steps.clock.outputs.now }}", name);
      assert.equal(step.env?.["SITE_URL"], "${{ vars.SITE_URL }}", name);
    }
    assert.match(stepOf(build, "Check every built page").run!, /npm run check:site/);
    assert.ok(indexOf(build, "Run every test") < indexOf(build, "Build for the public address"));
    assert.ok(indexOf(build, "Build for the public address") < indexOf(build, "Check every built page"));
    assert.ok(indexOf(build, "Check every built page") < indexOf(build, "Package the site for GitHub Pages"));
  });

  test("nothing is published unless the build job, every check in it, succeeded", () => {
    const publish = deploy.jobs["deploy"]!;
    assert.equal(publish.needs, "build");
    assert.match(publish.if!, /needs\.build\.result == 'success'/);
    assert.match(publish.if!, /github\.ref == 'refs\/heads\/main'/);
  });

  test("with a record of this code from this repository's runs, the suite is skipped and that run's figures taken", () => {
    const code = codeId(".");
    const listed = `{"artifacts":[{"id":1,"name":"${suiteRecordName(code)}","expired":false,"workflow_run":{"id":4242,"repository_id":7,"head_repository_id":7}}]}`;
    const ran = runStep(record, `[ "$1" = api ] && [[ "$2" == *"name=${suiteRecordName(code)}"* ]] && echo '${listed}'`);
    assert.equal(ran.status, 0, ran.stdout);
    assert.match(ran.outputs, /^run-suite=false$/m);
    assert.match(ran.outputs, /^record-run-id=4242$/m);
    assert.match(ran.outputs, new RegExp(`^record-name=${suiteRecordName(code)}$`, "m"));
  });

  test("without one, or when GitHub cannot be asked, the suite runs", () => {
    assert.match(runStep(record, `echo '{"total_count":0,"artifacts":[]}'`).outputs, /^run-suite=true$/m);
    const failing = runStep(record, "echo 'HTTP 403' >&2; exit 1");
    assert.equal(failing.status, 0, failing.stdout);
    assert.match(failing.outputs, /^run-suite=true$/m);
  });

  test("the daily rebuild runs the whole suite whatever is recorded, and records it anew", () => {
    const daily = runStep(record, "echo 'gh was asked' >&2; exit 1", process.cwd(), { SCHEDULE: "30 5 * * *" });
    assert.equal(daily.status, 0, daily.stdout);
    assert.match(daily.outputs, /^run-suite=true$/m);
    assert.match(daily.outputs, new RegExp(`^record-name=${suiteRecordName(codeId("."))}$`, "m"));
    assert.doesNotMatch(daily.stdout, /gh was asked/);
    assert.equal(record.env?.["SCHEDULE"], "${{ github.event.schedule }}");
    assert.match(record.run!, /"\$SCHEDULE" = "30 5 \* \* \*"/);
  });

  test("the record carries the checks' figures, kept for 90 days, named as the decision looks for it", () => {
    const upload = stepOf(build, "Record that the suite passed");
    assert.equal(upload.with?.["name"], "${{ steps.record.outputs.record-name }}");
    assert.equal(upload.with?.["path"], "check-reports/");
    const prUpload = stepOf(pullRequest.jobs["check"]!, "Keep the record");
    assert.equal(prUpload.with?.["name"], "${{ steps.code.outputs.record-name }}");
    assert.equal(prUpload.with?.["path"], "check-reports/");
    assert.ok(build.permissions?.["actions"] === "read", "to list artifacts and download one");
  });
});

describe("the scheduled build runs every five minutes, and stops in seconds when nothing is due", () => {
  test("its schedule: every five minutes, and the daily rebuild", () => {
    assert.deepEqual(
      deploy.on.schedule?.map((entry) => entry.cron),
      ["*/5 * * * *", "30 5 * * *"],
    );
  });

  test("the check runs on the five-minute schedule only, and the build waits for its answer", () => {
    const due = deploy.jobs["due"]!;
    assert.match(due.if!, /github\.event_name == 'schedule' && github\.event\.schedule != '30 5 \* \* \*'/);
    assert.equal(deploy.jobs["build"]!.needs, "due");
    assert.match(deploy.jobs["build"]!.if!, /needs\.due\.result == 'skipped' \|\| needs\.due\.outputs\.due == 'true'/);
    assert.ok(!due.steps.some((step) => /playwright|npm test|npm run build/.test(step.run ?? "")), "no build in the check");
  });

  test("its decision, run as the workflow runs it, from the clock the published site was built for", () => {
    const step = stepOf(deploy.jobs["due"]!, "Is anything due since then?");
    // A project of the fixture content (a notice up since 2020; one ending in 2020; one starting in 2099).
    const project = scratch();
    for (const entry of ["package.json", "scripts", "eleventy", "node_modules"])
      symlinkSync(path.resolve(entry), path.join(project, entry));
    symlinkSync(path.resolve("tests/fixtures/content"), path.join(project, "content"));
    const decide = () => runStep(step, "exit 1", project);
    assert.match(decide().outputs, /^due=true$/m, "no record of a publication: build");
    mkdirSync(path.join(project, ".site-published"));
    writeFileSync(path.join(project, ".site-published/built-for"), "2021-01-01T00:00:00Z\n");
    const quiet = decide();
    assert.match(quiet.outputs, /^due=false$/m, quiet.stdout);
    assert.match(
      quiet.stdout,
      /Next: 09:00 on 1 January 2099: content\/settings\/notices\.yml:\d+: the notice "A notice still to come" goes up/,
    );
    writeFileSync(path.join(project, ".site-published/built-for"), "2020-01-01T08:00:00Z\n");
    const busy = decide();
    assert.match(busy.outputs, /^due=true$/m, busy.stdout);
    assert.match(busy.stdout, /the notice "Events may be cancelled in severe weather" goes up/);
  });

  test("each published build's clock is kept once the site is live, for the next check", () => {
    const publish = deploy.jobs["deploy"]!;
    assert.ok(indexOf(publish, "Deploy to GitHub Pages") < indexOf(publish, "Note the clock"));
    assert.match(stepOf(publish, "Note the clock").run!, /needs\.build\.outputs\.built-for/);
    assert.equal(deploy.jobs["build"]!.outputs?.["built-for"], "${{ steps.clock.outputs.now }}");
    assert.equal(stepOf(publish, "Keep that note").uses, "actions/cache/save@v4");
  });
});

describe("a pull request that changes only content/ gets the content's checks, not the suite", () => {
  const check = pullRequest.jobs["check"]!;

  test("the content lint, markdownlint and the build run for every pull request", () => {
    for (const name of ["Check content", "Check Markdown formatting", "Build the site"]) {
      assert.doesNotMatch(stepOf(check, name).if ?? "", /code-changed/, name);
    }
  });

  test("a content-only change gets Prettier on the settings and the checks of every built page", () => {
    assert.match(stepOf(check, "Check the settings' formatting").if!, /code-changed == 'false'/);
    assert.match(stepOf(check, "Check every built page").if!, /code-changed == 'false'/);
  });

  test("a change to the code gets the type check, ESLint, the browser and the suite, and records its pass", () => {
    for (const name of ["Type check", "Check code (ESLint, Prettier)", "Install Chromium for the browser tests"]) {
      assert.match(stepOf(check, name).if!, /code-changed != 'false'/, name);
    }
    assert.match(stepOf(check, "Run every test").if!, /steps\.chromium\.outcome == 'success'/);
    assert.match(stepOf(check, "Record that the suite passed").if!, /steps\.test\.outcome == 'success'/);
    assert.match(stepOf(check, "Does this change anything outside content/?").run!, /code-changed HEAD\^1/);
  });
});
