/** A content file renamed or deleted by a commit, as `git log --name-status` tells it. */
export type FileChange =
  | { kind: "renamed"; commit: string; time: Date; path: string; to: string }
  | { kind: "deleted"; commit: string; time: Date; path: string };

/**
 * The one `git log` that reads every rename and deletion under content/ (or, given a range such as `abc123..HEAD`, those
 * of the commits in it): its output is what parseContentLog reads.
 */
export const contentLogArguments = (range?: string) => [
  ...CONTENT_LOG_ARGUMENTS.slice(0, -2),
  ...(range ? [range] : []),
  "--",
  "content/",
];

/** `git log`'s arguments for the whole history. */
export const CONTENT_LOG_ARGUMENTS = [
  // Paths as written (not octal-escaped), relative to the project even when it is a folder of a larger repository.
  "-c",
  "core.quotePath=false",
  "log",
  "--relative",
  // A commit before its parents: a file's later changes come first, as contentFates expects.
  "--topo-order",
  "--format=commit %H %ct",
  "--name-status",
  "-M",
  "--diff-filter=DR",
  "--",
  "content/",
];

/**
 * The renames and deletions in the output of `git log` run with CONTENT_LOG_ARGUMENTS, newest first: a `commit <hash>
 * <unix time>` line, then a line for each file, `D<tab>path` or `R<similarity><tab>old<tab>new`. A path git had to quote
 * (a tab, a newline or a quote in its name) cannot be a content file's, and is skipped.
 */
export function parseContentLog(text: string): FileChange[] {
  const changes: FileChange[] = [];
  let commit: { commit: string; time: Date } | undefined;
  for (const line of text.split("\n")) {
    const header = /^commit ([0-9a-f]{7,64}) (\d+)$/.exec(line);
    if (header) {
      commit = { commit: header[1]!, time: new Date(Number(header[2]) * 1000) };
      continue;
    }
    const [status, path, to] = line.split("\t");
    if (!commit || !path || path.startsWith('"') || to?.startsWith('"')) continue;
    if (status === "D" && to === undefined) changes.push({ kind: "deleted", ...commit, path });
    else if (/^R\d*$/.test(status ?? "") && to) changes.push({ kind: "renamed", ...commit, path, to });
  }
  return changes;
}
