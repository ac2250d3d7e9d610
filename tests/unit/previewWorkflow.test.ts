import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "yaml";

/*
 * The previews of pull requests (.github/workflows/preview.yml) run the pull
 * request's code: what keeps that safe, and keeps previews working, is in the
 * workflow's shape, which GitHub only tries once it is merged. These are the
 * promises docs/deploying.md makes about it.
 */
interface Step {
  name?: string;
  uses?: string;
  run?: string;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}
const read = (name: string) => parse(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;
const preview = read("preview.yml");
const deploy = read("deploy.yml");

test("the job that runs the pull request's code can change nothing", () => {
  assert.deepEqual(preview.permissions, { contents: "read" });
  const build = preview.jobs["build"]!;
  assert.equal(build.permissions, undefined, "the build job takes the workflow's read-only permissions");
  assert.ok(build.steps.some((step) => step.run?.includes("npm run build")));
});

test("the jobs that can write run none of the pull request's code", () => {
  for (const [name, job] of Object.entries(preview.jobs)) {
    if (!job.permissions || !Object.values(job.permissions).includes("write")) continue;
    for (const step of job.steps) {
      assert.ok(!step.uses?.startsWith("actions/checkout"), `${name}: "${step.name}" checks out the pull request`);
      assert.doesNotMatch(step.run ?? "", /\bnpm\b|\bnode\b|\bnpx\b/, `${name}: "${step.name}" runs the project's code`);
    }
  }
});

test("forks get no preview, and a closed pull request's preview is removed", () => {
  for (const name of ["build", "remove"]) {
    assert.match(preview.jobs[name]!.if ?? "", /head\.repo\.full_name == github\.repository/, name);
  }
  assert.match(preview.jobs["remove"]!.if ?? "", /action == 'closed'/);
  assert.ok(preview.jobs["remove"]!.steps.some((step) => /git rm -r -q "\$PREVIEW_FOLDER"/.test(step.run ?? "")));
});

test("the preview is built under its own path, and Deploy publishes the previews after the tests and the site's build", () => {
  const buildStep = preview.jobs["build"]!.steps.find((step) => step.run?.includes("npm run build"))!;
  assert.match(buildStep.run!, /PATH_PREFIX="\$\{site_path\}\$\{PREVIEW_FOLDER\}\/"/);
  const names = deploy.jobs["build"]!.steps.map((step) => step.name ?? step.uses ?? "");
  const at = (name: string) => names.findIndex((step) => step.startsWith(name));
  assert.ok(at("Run every test") < at("Build for the public address"));
  assert.ok(at("Build for the public address") < at("Add the previews of open pull requests"));
  assert.ok(at("Add the previews of open pull requests") < at("Package the site for GitHub Pages"));
});
