import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The arguments to give `node` to run an npm script of the project in
 * `projectRoot` as `npm run` would, such as ["scripts/run.js", "scripts/build.ts"]
 * for "node scripts/run.js scripts/build.ts": the benchmark and the tests run the
 * command itself, without npm's own start-up, yet what the script really runs.
 */
export function npmScriptNodeArgs(projectRoot: string, name: string): string[] {
  const scripts = (
    JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }
  ).scripts;
  const [command, ...args] = (scripts[name] ?? "").trim().split(/\s+/);
  if (command !== "node") throw new Error(`"npm run ${name}" is run here as a node command, but it is: ${scripts[name]}`);
  return args;
}

/** `npm start`'s arguments to `node`, with its server on `port` instead of the one package.json names. */
export function npmStartNodeArgs(projectRoot: string, port: number): string[] {
  return npmScriptNodeArgs(projectRoot, "start").map((arg) => arg.replace(/^--port=\d+$/, `--port=${port}`));
}
