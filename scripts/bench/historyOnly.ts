/**
 * `node scripts/run.js scripts/bench/historyOnly.ts`, in a project with history (scripts/bench/history.ts): what the
 * redirects' reading of history costs (eleventy/features/redirects/), as JSON on the last line, in seconds:
 *
 * - gitLog: the one `git log` of every rename and deletion, alone;
 * - cold: readPageHistory with no cache (a first build, or a cache CI lost): that git log, and the old versions read;
 * - cached: with the cache at HEAD (a rebuild with no new commit);
 * - oneCommit: with the cache one commit behind (a deploy after a merge): only the new commit is read.
 */
import { rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { HISTORY_CACHE } from "../../eleventy/features/redirects/historyCache.ts";
import { git } from "../../eleventy/features/redirects/gitRepository.ts";
import { CONTENT_LOG_ARGUMENTS } from "../../eleventy/features/redirects/historyLog.ts";
import { readPageHistory } from "../../eleventy/features/redirects/formerPages.ts";

const seconds = (work: () => unknown) => {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
};
const run = (args: string[]) => {
  const result = spawnSync("git", args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
};

const commits = Number(git(".", ["rev-list", "--count", "HEAD"])?.trim());
const gitLog = seconds(() => git(".", CONTENT_LOG_ARGUMENTS));
rmSync(HISTORY_CACHE, { force: true });
let pages = 0;
const cold = seconds(() => {
  const history = readPageHistory(".");
  pages = "pages" in history ? history.pages.length : 0;
});
const cached = seconds(() => readPageHistory("."));
// One more commit, as a merge to main makes: an empty one, since what it holds does not change what git walks.
run(["commit", "-q", "--allow-empty", "-m", "One more"]);
const oneCommit = seconds(() => readPageHistory("."));
run(["reset", "-q", "--hard", "HEAD^"]);
rmSync(HISTORY_CACHE, { force: true });
console.log(JSON.stringify({ commits, formerPages: pages, gitLog, cold, cached, oneCommit }));
