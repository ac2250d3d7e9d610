/**
 * What the Deploy workflow need not run again, and what a pull request must run (.github/workflows/, docs/deploying.md,
 * "What is checked where").
 *
 * The whole suite (`npm test`: the lint, the unit tests, the builds of fixture content, the browser tests) tests the
 * code: everything in the repository but content/. The content is checked by the content lint, the build (every
 * page's front matter, links and images) and the checks of every built page, which run on every change. So:
 *
 * - a pull request that changes nothing outside content/ gets those checks, and not the suite (`code-changed`);
 * - once the suite has passed on some code, the run says so with an artifact named for that code's id, the tree of the
 *   commit without content/ (`code-id`); the Deploy workflow skips the suite when such a record of its own code
 *   exists, from a run of this repository rather than of a fork (`decide`), and takes from it the checks' figures that
 *   the accessibility statement gives (check-reports/).
 *
 *   node --import tsx scripts/ci/suiteRecord.ts code-id [commit]
 *   node --import tsx scripts/ci/suiteRecord.ts code-changed <base> [head]
 *   node --import tsx scripts/ci/suiteRecord.ts decide <artifacts.json> [commit]
 *
 * Each prints what it found, and with $GITHUB_OUTPUT set writes its answer there for the workflow's next steps.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { CONTENT_FOLDER } from "../../eleventy/core/contentPaths.ts";

/** The start of a record's name; the code's id follows it. */
export const SUITE_RECORD_PREFIX = "suite-passed-";

export const suiteRecordName = (code: string) => `${SUITE_RECORD_PREFIX}${code}`;

function git(repo: string, args: string[], input?: Buffer): string {
  return execFileSync("git", args, { cwd: repo, encoding: "utf8", input, stdio: ["pipe", "pipe", "pipe"] }).trim();
}

/**
 * The id of a commit's code: the id git would give the commit's top-level tree with content/ taken out. Two commits
 * that differ only in content/ have the same one; any other change gives another. Worked out without writing
 * anything to the repository (`git hash-object` of the tree as git stores it).
 */
export function codeId(repo: string, commit = "HEAD"): string {
  const entries = git(repo, ["ls-tree", "-z", commit])
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const [meta, name] = line.split("\t") as [string, string];
      const [mode, , id] = meta.split(" ") as [string, string, string];
      return { mode, name, id };
    })
    .filter((entry) => entry.name !== CONTENT_FOLDER);
  // A tree object: each entry "<mode> <name>\0<id as bytes>", in the order ls-tree gives (git's own), modes unpadded.
  const tree = Buffer.concat(
    entries.flatMap(({ mode, name, id }) => [Buffer.from(`${mode.replace(/^0+/, "")} ${name}\0`), Buffer.from(id, "hex")]),
  );
  return git(repo, ["hash-object", "-t", "tree", "--stdin"], tree);
}

/** The files outside content/ that differ between two commits: none means the change is content alone. */
export function codeChanges(repo: string, base: string, head = "HEAD"): string[] {
  const changed = git(repo, ["diff", "--name-only", "-z", base, head, "--", ".", `:(exclude)${CONTENT_FOLDER}/`]);
  return changed.split("\0").filter(Boolean);
}

/** An artifact as GitHub's API lists it (GET /repos/{owner}/{repo}/actions/artifacts?name=…), as far as this reads it. */
export interface ArtifactRecord {
  id: number;
  name: string;
  expired: boolean;
  workflow_run?: { id: number; repository_id?: number; head_repository_id?: number; head_sha?: string } | null;
}

export interface SuiteDecision {
  /** Whether the suite is to run. */
  run: boolean;
  /** The run whose record stands for it, when it is not. */
  recordRunId?: number;
  reason: string;
}

/**
 * Whether the Deploy workflow must run the suite on code `code`: not if a record says the suite passed on that very
 * code, in a run of this repository (a fork's pull request runs its own workflow, and could upload any record), and
 * the record has not expired. Otherwise it runs, and records its own pass.
 */
export function suiteDecision(code: string, records: ArtifactRecord[]): SuiteDecision {
  const name = suiteRecordName(code);
  const mine = records.filter((record) => record.name === name);
  const trusted = mine.find(
    (record) =>
      !record.expired &&
      record.workflow_run?.id !== undefined &&
      record.workflow_run.repository_id !== undefined &&
      record.workflow_run.head_repository_id === record.workflow_run.repository_id,
  );
  if (trusted) {
    return {
      run: false,
      recordRunId: trusted.workflow_run!.id,
      reason: `The suite passed on this code (${code}) in run ${trusted.workflow_run!.id}${trusted.workflow_run!.head_sha ? `, at commit ${trusted.workflow_run!.head_sha.slice(0, 12)}` : ""}: it is not run again. Only content/ can differ, and the build and the checks of every built page check that.`,
    };
  }
  const why = mine.length
    ? "the only records of it are expired or from a fork"
    : "there is no record of the suite passing on it (a change outside content/ since its last pass, or its record has expired)";
  return { run: true, reason: `The suite runs: this code (${code}) is new to it, as ${why}.` };
}

function output(values: Record<string, string | number | boolean>): void {
  const file = process.env["GITHUB_OUTPUT"];
  if (file)
    appendFileSync(
      file,
      Object.entries(values)
        .map(([key, value]) => `${key}=${value}\n`)
        .join(""),
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...args] = process.argv.slice(2);
  const repo = process.cwd();
  if (command === "code-id") {
    const code = codeId(repo, args[0]);
    console.log(code);
    output({ "code-id": code, "record-name": suiteRecordName(code) });
  } else if (command === "code-changed" && args[0]) {
    const changes = codeChanges(repo, args[0], args[1]);
    if (changes.length) {
      console.log(`Files outside content/ change (${changes.length}), so every check runs, the whole suite included:`);
      for (const file of changes.slice(0, 50)) console.log(`  ${file}`);
      if (changes.length > 50) console.log(`  … and ${changes.length - 50} more`);
    } else {
      console.log(
        "Only content/ changes: the content lint, the build and the checks of every built page run; the suite does not (the code it tests has not changed).",
      );
    }
    output({ "code-changed": changes.length > 0 });
  } else if (command === "decide" && args[0]) {
    const listed = JSON.parse(readFileSync(args[0], "utf8")) as { artifacts?: ArtifactRecord[] };
    const code = codeId(repo, args[1]);
    const decision = suiteDecision(code, listed.artifacts ?? []);
    console.log(decision.reason);
    output({
      "run-suite": decision.run,
      "code-id": code,
      "record-name": suiteRecordName(code),
      ...(decision.recordRunId !== undefined ? { "record-run-id": decision.recordRunId } : {}),
    });
  } else {
    console.error("Usage: suiteRecord.ts code-id [commit] | code-changed <base> [head] | decide <artifacts.json> [commit]");
    process.exitCode = 2;
  }
}
