import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { git } from "./gitRepository.ts";
import { CONTENT_LOG_ARGUMENTS, contentLogArguments, parseContentLog, type FileChange } from "./historyLog.ts";

/**
 * Where the renames and deletions read from the history are kept between builds (git-ignored; CI keeps it between runs
 * with actions/cache): reading the whole history costs about 0.7 ms a commit, for ever more commits, while what a
 * commit renamed or deleted never changes once it is an ancestor of HEAD.
 */
export const HISTORY_CACHE = ".cache/content-history.json";

interface Cached {
  /** What the changes were read with: another `git log` makes another list. */
  key: string;
  /** The commit they were read at: every change of it and its ancestors is in `changes`. */
  commit: string;
  changes: Array<Omit<FileChange, "time"> & { time: number }>;
}

const KEY = JSON.stringify(CONTENT_LOG_ARGUMENTS);

function readCache(root: string): Cached | undefined {
  try {
    const cached = JSON.parse(readFileSync(path.join(root, HISTORY_CACHE), "utf8")) as Cached;
    return cached.key === KEY && /^[0-9a-f]{40,64}$/.test(cached.commit) ? cached : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(root: string, commit: string, changes: FileChange[]): void {
  const file = path.join(root, HISTORY_CACHE);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const cached: Cached = { key: KEY, commit, changes: changes.map((change) => ({ ...change, time: change.time.getTime() })) };
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(cached));
    renameSync(temporary, file);
  } catch {
    // A read-only checkout: the next build reads the history again, as it would without the cache.
  }
}

/**
 * Every rename and deletion under content/ up to HEAD, newest first, as parseContentLog gives them: from the cache, with
 * only the commits made since it was written read from git, when the commit it was written at is an ancestor of HEAD;
 * from the whole history otherwise (no cache, a rebased or reset branch, another `git log`). `root` must have its full
 * history (missingHistory).
 */
export function contentChanges(root: string): FileChange[] {
  const head = git(root, ["rev-parse", "HEAD"])?.trim();
  if (!head) return parseContentLog(git(root, CONTENT_LOG_ARGUMENTS) ?? "");
  const cached = readCache(root);
  const cachedChanges = () => cached!.changes.map((change) => ({ ...change, time: new Date(change.time) }) as FileChange);
  if (cached?.commit === head) return cachedChanges();
  // `merge-base --is-ancestor` exits 0 only if the cached commit is in HEAD's history: then `commit..HEAD` is exactly
  // the commits since, each a descendant of none of the cached ones, so listing them first keeps children before parents.
  const isAncestor = cached !== undefined && git(root, ["merge-base", "--is-ancestor", cached.commit, head]) !== undefined;
  const changes = isAncestor
    ? [...parseContentLog(git(root, contentLogArguments(`${cached.commit}..${head}`)) ?? ""), ...cachedChanges()]
    : parseContentLog(git(root, contentLogArguments(head)) ?? "");
  writeCache(root, head, changes);
  return changes;
}
