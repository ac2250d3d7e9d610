/**
 * The redirects' history read once and kept (eleventy/features/redirects/historyCache.ts): a later build reads only the
 * commits since, and gets what reading the whole history gets; a cache written at a commit HEAD no longer descends from
 * (a reset or rebased branch) is not used.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { contentChanges, HISTORY_CACHE } from "../../eleventy/features/redirects/historyCache.ts";
import { git } from "../../eleventy/features/redirects/gitRepository.ts";
import { CONTENT_LOG_ARGUMENTS, parseContentLog } from "../../eleventy/features/redirects/historyLog.ts";

const root = mkdtempSync(path.join(tmpdir(), "history-cache-"));
after(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const result = spawnSync("git", args, { cwd: root, encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
};
let clock = 1_700_000_000;
const commit = (message: string) => {
  clock += 100;
  const date = `${clock} +0000`;
  spawnSync("git", ["add", "-A"], { cwd: root });
  const result = spawnSync("git", ["commit", "-q", "-m", message], {
    cwd: root,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
  assert.equal(result.status, 0, result.stderr.toString());
  return run("rev-parse", "HEAD");
};
const article = (name: string, words: string) => {
  mkdirSync(path.join(root, "content/news"), { recursive: true });
  writeFileSync(path.join(root, "content/news", name), `---\ntitle: ${words}\n---\n${words} `.repeat(20));
};
const move = (from: string, to: string) => renameSync(path.join(root, "content/news", from), path.join(root, "content/news", to));
const wholeHistory = () => parseContentLog(git(root, CONTENT_LOG_ARGUMENTS) ?? "");
const cachedAt = () => (JSON.parse(readFileSync(path.join(root, HISTORY_CACHE), "utf8")) as { commit: string }).commit;

run("init", "-q", "-b", "main");
run("config", "user.email", "test@example.org");
run("config", "user.name", "Test");
article("a.md", "Alpha");
article("b.md", "Bravo");
commit("two articles");
move("a.md", "a2.md");
const first = commit("a renamed");

test("the first read is the whole history's, and is kept at HEAD", () => {
  assert.deepEqual(contentChanges(root), wholeHistory());
  assert.equal(cachedAt(), first);
});

test("after new commits, the commits since are read and put before the kept ones, as the whole history has them", () => {
  rmSync(path.join(root, "content/news/b.md"));
  commit("b deleted");
  move("a2.md", "a3.md");
  const head = commit("a renamed again");
  const changes = contentChanges(root);
  assert.deepEqual(changes, wholeHistory());
  assert.equal(changes.length, 3);
  assert.equal(cachedAt(), head);
});

test("a cache written at a commit that is no longer an ancestor of HEAD is not used", () => {
  run("reset", "-q", "--hard", first);
  article("c.md", "Charlie");
  commit("c added");
  rmSync(path.join(root, "content/news/c.md"));
  commit("c deleted");
  const changes = contentChanges(root);
  assert.deepEqual(changes, wholeHistory());
  assert.deepEqual(
    changes.map((change) => [change.kind, change.path]),
    [
      ["deleted", "content/news/c.md"],
      ["renamed", "content/news/a.md"],
    ],
  );
});
