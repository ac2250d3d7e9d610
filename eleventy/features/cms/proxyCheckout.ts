import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

/**
 * Under `npm start` the CMS's local proxy (decap-server in git mode) checks out
 * a draft's branch whenever it reads or saves one, in the folder it is given.
 * Given the working copy, every draft would appear on the local site for a
 * moment, and stay there, since Eleventy does not always see git switch back.
 * So the proxy works on a checkout of its own, a clone kept in the working
 * copy's git folder (.git/cms-checkout, never scanned by the build or the
 * linters), whose `main` follows the working copy's checked-out branch:
 * - before each request, the clone's main is brought up to the working copy's
 *   commit (your own commits reach the CMS);
 * - after a request that changed main (Publish, or a delete), the working copy
 *   fast-forwards to it, so the published page is built at once. git refuses
 *   to overwrite files you have changed and not committed: then nothing
 *   changes, the terminal says why, and it is tried again at the next request.
 * Drafts (cms/<collection>/<file>) live only in the clone.
 */

export interface Git {
  (cwd: string, ...args: string[]): { ok: boolean; out: string; err: string };
}

export const git: Git = (cwd, ...args) => {
  const result = spawnSync("git", ["-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
  return { ok: result.status === 0, out: (result.stdout ?? "").trim(), err: (result.stderr ?? "").trim() };
};

/** The clone's folder: inside the working copy's own git folder (a worktree's, for a git worktree). */
export function checkoutFolder(root: string): string | undefined {
  const gitDir = git(root, "rev-parse", "--absolute-git-dir");
  return gitDir.ok ? path.join(gitDir.out, "cms-checkout") : undefined;
}

/** What the proxy says it changed: the line the terminal shows, or nothing. */
export type SyncReport = string | undefined;

/**
 * Makes the clone if it is not there, with `branch` (the CMS's publishing
 * branch) at the working copy's commit, and the working copy's author name.
 * Returns the clone's folder.
 */
export function prepareCheckout(root: string, branch: string): string {
  const clone = checkoutFolder(root);
  if (!clone) throw new Error(`${root} is not a git repository`);
  if (!existsSync(path.join(clone, ".git"))) {
    mkdirSync(path.dirname(clone), { recursive: true });
    const made = git(root, "clone", "-q", "--no-checkout", root, clone);
    if (!made.ok) throw new Error(`could not make the CMS's checkout: ${made.err}`);
    const head = git(root, "rev-parse", "HEAD").out;
    git(clone, "checkout", "-q", "-B", branch, head);
  }
  for (const key of ["user.name", "user.email"]) {
    const value = git(root, "config", key);
    if (value.ok && value.out) git(clone, "config", key, value.out);
  }
  syncIn(root, clone, branch);
  return clone;
}

const isAncestor = (cwd: string, older: string, newer: string) => git(cwd, "merge-base", "--is-ancestor", older, newer).ok;

/**
 * The working copy's commits into the clone's `branch`, when the clone has
 * nothing newer; if the clone is ahead (a publish not yet taken by the working
 * copy), the working copy is brought up to it instead.
 */
export function syncIn(root: string, clone: string, branch: string): SyncReport {
  const head = git(root, "rev-parse", "HEAD").out;
  const published = git(clone, "rev-parse", branch).out;
  if (!head || head === published) return undefined;
  const fetched = git(clone, "fetch", "-q", root, head);
  if (!fetched.ok) return `[cms] Could not read the working copy's commits: ${fetched.err}`;
  if (isAncestor(clone, published, head)) {
    git(clone, "checkout", "-q", branch);
    const moved = git(clone, "merge", "-q", "--ff-only", head);
    return moved.ok ? undefined : `[cms] Could not bring the CMS up to your commits: ${moved.err}`;
  }
  if (isAncestor(clone, head, published)) return syncOut(root, clone, branch);
  return (
    `[cms] The CMS's published pages (${published.slice(0, 7)}) and your checked-out branch (${head.slice(0, 7)}) have ` +
    `both moved on: the CMS keeps working on its own. Bring its pages in with: git pull ${clone} ${branch}`
  );
}

/** The clone's `branch` into the working copy, by a fast-forward only: never a merge, never over changed files. */
export function syncOut(root: string, clone: string, branch: string): SyncReport {
  const published = git(clone, "rev-parse", branch).out;
  const head = git(root, "rev-parse", "HEAD").out;
  if (!published || head === published) return undefined;
  const fetched = git(root, "fetch", "-q", clone, branch);
  if (!fetched.ok) return `[cms] Could not read what the CMS published: ${fetched.err}`;
  if (!isAncestor(root, head, published)) return syncIn(root, clone, branch);
  const moved = git(root, "merge", "-q", "--ff-only", published);
  if (!moved.ok) {
    return `[cms] Published in the CMS, but not yet in your working copy: ${moved.err.split("\n").slice(0, 4).join(" ")} Commit or stash your changes: it is tried again at the CMS's next step.`;
  }
  return `[cms] Published: your working copy is now at ${published.slice(0, 7)} (${git(root, "log", "-1", "--format=%s").out}).`;
}

/**
 * A draft's branch on top of `branch`: decap-server lists a draft's files as
 * its branch's difference from `branch`, so a draft started before another
 * page was published would seem to delete that page's files, and opening it
 * fails ("Failed to load entry: API_ERROR"). Decap rebases a draft onto the
 * published branch when it saves it; this does the same before it is read.
 * Left as it was if the rebase does not apply cleanly.
 */
export function rebaseDraft(clone: string, branch: string, draft: string): void {
  if (!git(clone, "rev-parse", "--verify", "-q", draft).ok || isAncestor(clone, branch, draft)) return;
  const current = git(clone, "branch", "--show-current").out || branch;
  if (!git(clone, "rebase", "-q", branch, draft).ok) git(clone, "rebase", "--abort");
  git(clone, "checkout", "-q", current);
}
