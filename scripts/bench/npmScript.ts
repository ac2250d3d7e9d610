import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The arguments to give `node` to run an npm script of the project in
 * `projectRoot` as `npm run` would, such as ["--import", "tsx", "scripts/build.ts"]
 * for "node --import tsx scripts/build.ts": the benchmark times the command
 * itself, without npm's own start-up, and so measures what the script really runs.
 */
export function npmScriptNodeArgs(projectRoot: string, name: string): string[] {
  const scripts = (
    JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }
  ).scripts;
  const [command, ...args] = (scripts[name] ?? "").trim().split(/\s+/);
  if (command !== "node") throw new Error(`The benchmark runs "npm run ${name}" as a node command, but it is: ${scripts[name]}`);
  return args;
}
