import { spawnSync } from "node:child_process";

/** Runs git in `root`: its standard output as bytes, or undefined when git fails (not a repository, git not installed). */
export function gitBytes(root: string, args: string[], input?: string): Buffer | undefined {
  const result = spawnSync("git", args, { cwd: root, input, maxBuffer: 1024 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** As gitBytes, as text. */
export const git = (root: string, args: string[], input?: string) => gitBytes(root, args, input)?.toString("utf8");

/**
 * Why the project's history cannot be read, or undefined when it can: a copy that is not a git repository (a
 * download, or the tests' copies), or a shallow clone, whose history stops at its last commit or few.
 */
export function missingHistory(root: string): string | undefined {
  const shallow = git(root, ["rev-parse", "--is-shallow-repository"])?.trim();
  if (shallow === undefined) return "this copy of the project has no git history";
  if (shallow === "true") return "this copy of the project is a shallow clone, without its full git history";
  return undefined;
}
