import type { FileChange } from "./historyLog.ts";

/** Where a file that was at a path ended up: at a file that is there today, or nowhere. */
export type Fate = { kind: "moved"; path: string } | { kind: "removed" };

/** A version of a file that left its path: the commit that moved or deleted it, and where it is now. */
export interface FormerFile {
  path: string;
  /** The commit that renamed or deleted it: its version before that is the commit's parent's. */
  commit: string;
  time: Date;
  fate: Fate;
}

/**
 * What became of every file that was renamed or deleted, following chains: A renamed to B renamed to C, and both A and
 * B are at C; A renamed to B, then B deleted, and both are removed. `changes` are newest first (historyLog.ts), so the
 * fate of whatever is at a path after a change is known when the change is read. `existsNow` says whether a path holds
 * a file today: a path no later change touched holds today's file, if there is one.
 */
export function contentFates(changes: FileChange[], existsNow: (path: string) => boolean): FormerFile[] {
  const later = new Map<string, Fate>();
  const fateAt = (path: string): Fate => later.get(path) ?? (existsNow(path) ? { kind: "moved", path } : { kind: "removed" });
  const former: FormerFile[] = [];
  for (const change of changes) {
    const fate: Fate = change.kind === "renamed" ? fateAt(change.to) : { kind: "removed" };
    former.push({ path: change.path, commit: change.commit, time: change.time, fate });
    // Before this change, the file at this path was the one it moved or deleted.
    later.set(change.path, fate);
  }
  return former;
}
