/**
 * Running the project's own code in processes of their own. Commands run the JavaScript compiled from the TypeScript
 * (.compiled/, by scripts/compile.js, through scripts/run.js); a file run from its TypeScript (under tsx, as Playwright's
 * servers or a developer may) starts its children the same way.
 */
import { fileURLToPath } from "node:url";

/** Whether this process runs the compiled JavaScript (.compiled/) rather than the TypeScript through tsx. */
export const RUNNING_COMPILED = !import.meta.url.endsWith(".ts");

/** The Eleventy configuration to give Eleventy (relative to the project's root): the compiled one when compiled. */
export const ELEVENTY_CONFIG = RUNNING_COMPILED ? ".compiled/.eleventy.js" : ".eleventy.ts";

/**
 * Node's arguments that run a TypeScript file of the project in a new process, as this one runs: `script` is the
 * file's URL beside the caller's, such as `new URL("./indexSiteProcess.ts", import.meta.url)`, which in compiled code
 * names the compiled file but for its ending. This process has brought .compiled/ up to date, so the child runs it.
 */
export function nodeScriptArgs(script: URL): string[] {
  const file = fileURLToPath(script);
  return RUNNING_COMPILED ? [file.replace(/\.ts$/, ".js")] : ["--import", "tsx", file];
}

/** The flags Node was given for this process (package.json's, such as --max-semi-space-size), but for tsx's, which nodeScriptArgs gives. */
export function nodeFlags(): string[] {
  const flags = process.execArgv.filter((flag) => flag !== "--import=tsx");
  const tsx = flags.findIndex((flag, index) => flag === "--import" && flags[index + 1] === "tsx");
  if (tsx >= 0) flags.splice(tsx, 2);
  return flags;
}
