/**
 * What the workflows skip (scripts/ci/suiteRecord.ts), on a git history made here: the Deploy workflow runs the whole
 * suite only on code it has no record of passing, and a pull request that changes only content/ gets the checks of
 * content, not the suite. GitHub's side (the artifacts it lists) is given as its API gives it.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { codeChanges, codeId, suiteDecision, suiteRecordName, type ArtifactRecord } from "../../scripts/ci/suiteRecord.ts";

const repo = mkdtempSync(path.join(tmpdir(), "suite-record-"));
after(() => rmSync(repo, { recursive: true, force: true }));

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
};
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8", env: GIT_ENV }).trim();

/** Writes the files and commits them; the commit's id. */
function commit(message: string, files: Record<string, string | null>): string {
  for (const [file, text] of Object.entries(files)) {
    if (text === null) rmSync(path.join(repo, file));
    else {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), text);
    }
  }
  git("add", "-A");
  git("commit", "-q", "-m", message);
  return git("rev-parse", "HEAD");
}

git("init", "-q", "-b", "main");
const first = commit("The site", {
  "package.json": "{}\n",
  "eleventy/core/dates.ts": "export const zone = 'Europe/London';\n",
  "tests/unit/a.test.ts": "// a test\n",
  "content/news/2026-12-01-a.md": "---\ntitle: A\n---\n",
  "content/settings/notices.yml": "notices: []\n",
});
const notice = commit("A notice", {
  "content/settings/notices.yml": "notices:\n  - type: emergency\n",
  "content/news/2026-12-08-b.md": "---\ntitle: B\n---\n",
});
const code = commit("A change to the build", { "eleventy/core/dates.ts": "export const zone = 'UTC';\n" });
const back = commit("The change undone, and an article", {
  "eleventy/core/dates.ts": "export const zone = 'Europe/London';\n",
  "content/news/2026-12-09-c.md": "---\ntitle: C\n---\n",
});
const lookalike = commit("A file beside content/, not in it", { "content.md": "notes\n", "contents/x.md": "x\n" });

/** An artifact of this repository's runs, or a fork's, as GitHub's API lists it. */
const record = (forCode: string, run: number, { fork = false, expired = false } = {}): ArtifactRecord => ({
  id: run * 10,
  name: suiteRecordName(forCode),
  expired,
  workflow_run: { id: run, repository_id: 1, head_repository_id: fork ? 2 : 1, head_sha: "0123456789abcdef" },
});

describe("a commit's code is everything but content/", () => {
  test("a change to content/ alone keeps the code's id; any other change gives another", () => {
    assert.equal(codeId(repo, notice), codeId(repo, first));
    assert.notEqual(codeId(repo, code), codeId(repo, first));
    assert.equal(codeId(repo, back), codeId(repo, first), "the same code again, whatever the content");
    assert.notEqual(codeId(repo, lookalike), codeId(repo, back), "content.md and contents/ are code");
  });

  test("it is the id git gives that tree, and working it out writes nothing to the repository", () => {
    const objects = () => git("count-objects", "-v");
    const before = objects();
    const id = codeId(repo, first);
    assert.equal(objects(), before);
    const made = execFileSync("git", ["mktree"], {
      cwd: repo,
      encoding: "utf8",
      input:
        git("ls-tree", first)
          .split("\n")
          .filter((line) => !line.endsWith("\tcontent"))
          .join("\n") + "\n",
    }).trim();
    assert.equal(id, made);
  });
});

describe("the Deploy workflow runs the suite only on code it has no record of passing", () => {
  const passedOnFirst = [record(codeId(repo, first), 101)];

  test("the code that passed the suite in a pull request's run is not tested again when it is deployed", () => {
    assert.deepEqual(suiteDecision(codeId(repo, first), passedOnFirst).run, false);
  });

  test("nor after a change to content/ alone, such as a notice", () => {
    const decision = suiteDecision(codeId(repo, notice), passedOnFirst);
    assert.equal(decision.run, false);
    assert.equal(decision.recordRunId, 101);
    assert.match(decision.reason, /The suite passed on this code \([0-9a-f]{40}\) in run 101, at commit 0123456789ab/);
  });

  test("a change to the code runs it, until that code has passed", () => {
    assert.equal(suiteDecision(codeId(repo, code), passedOnFirst).run, true);
    assert.match(suiteDecision(codeId(repo, code), passedOnFirst).reason, /there is no record of the suite passing on it/);
    assert.equal(suiteDecision(codeId(repo, code), [...passedOnFirst, record(codeId(repo, code), 102)]).run, false);
  });

  test("code undone to what passed before needs no new run", () => {
    assert.equal(suiteDecision(codeId(repo, back), passedOnFirst).run, false);
  });

  test("a record from a fork's pull request, or an expired one, does not count", () => {
    const fork = [record(codeId(repo, code), 103, { fork: true })];
    assert.equal(suiteDecision(codeId(repo, code), fork).run, true);
    assert.match(suiteDecision(codeId(repo, code), fork).reason, /expired or from a fork/);
    assert.equal(suiteDecision(codeId(repo, code), [record(codeId(repo, code), 104, { expired: true })]).run, true);
    assert.equal(suiteDecision(codeId(repo, code), []).run, true);
  });
});

describe("a pull request that changes only content/ is told so", () => {
  test("the files outside content/ that a change touches", () => {
    assert.deepEqual(codeChanges(repo, first, notice), []);
    assert.deepEqual(codeChanges(repo, notice, code), ["eleventy/core/dates.ts"]);
    assert.deepEqual(codeChanges(repo, code, back), ["eleventy/core/dates.ts"]);
    assert.deepEqual(codeChanges(repo, back, lookalike), ["content.md", "contents/x.md"]);
  });

  test("as GitHub checks it out, a merge commit, compared with the branch it goes into", () => {
    git("checkout", "-q", "-b", "notice", back);
    const branch = commit("Another notice", { "content/settings/notices.yml": "notices:\n  - type: service\n" });
    git("checkout", "-q", "main");
    git("merge", "-q", "--no-ff", "-m", "Merge the notice", branch);
    assert.deepEqual(codeChanges(repo, "HEAD^1", "HEAD"), []);
    assert.equal(codeId(repo, "HEAD"), codeId(repo, lookalike));
  });
});

describe("the commands the workflows run", () => {
  const run = (...args: string[]) => {
    const output = path.join(repo, "..", `${path.basename(repo)}-output`);
    writeFileSync(output, "");
    const result = spawnSync(
      process.execPath,
      ["--import", import.meta.resolve("tsx"), path.resolve("scripts/ci/suiteRecord.ts"), ...args],
      {
        cwd: repo,
        encoding: "utf8",
        env: { ...GIT_ENV, GITHUB_OUTPUT: output },
      },
    );
    const written = readFileSync(output, "utf8");
    rmSync(output);
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: written };
  };

  test("decide: reads GitHub's list of artifacts and tells the next steps whether to run the suite, and whose record to take", () => {
    const artifacts = path.join(repo, "..", `${path.basename(repo)}-artifacts.json`);
    writeFileSync(artifacts, JSON.stringify({ total_count: 1, artifacts: [record(codeId(repo, first), 105)] }));
    const skip = run("decide", artifacts, notice);
    assert.equal(skip.status, 0, skip.stderr);
    assert.match(
      skip.output,
      /^run-suite=false\ncode-id=[0-9a-f]{40}\nrecord-name=suite-passed-[0-9a-f]{40}\nrecord-run-id=105\n$/,
    );
    const runs = run("decide", artifacts, code);
    assert.match(runs.output, /^run-suite=true\n/);
    assert.doesNotMatch(runs.output, /record-run-id/);
    rmSync(artifacts);
  });

  test("code-changed: a content-only change, and one that is not", () => {
    assert.equal(run("code-changed", first, notice).output, "code-changed=false\n");
    const changed = run("code-changed", notice, code);
    assert.equal(changed.output, "code-changed=true\n");
    assert.match(changed.stdout, /eleventy\/core\/dates\.ts/);
  });
});
