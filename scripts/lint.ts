/**
 * `npm run lint`: every check of code and content, each run even when one
 * before it fails, so that one run tells an editor everything: the type check,
 * ESLint, Prettier, markdownlint and the content rules (front matter against
 * the schemas included). Ends with which checks found problems.
 */
import { spawnSync } from "node:child_process";

const CHECKS: Array<[string, string[]]> = [
  ["content (npm run lint:content)", ["run", "--silent", "lint:content"]],
  ["Markdown formatting (markdownlint)", ["run", "--silent", "lint:markdown"]],
  ["type check (tsc)", ["run", "--silent", "typecheck"]],
  ["code (ESLint, Prettier)", ["run", "--silent", "lint:code"]],
];

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const failed = CHECKS.filter(([, args]) => spawnSync(npm, args, { stdio: "inherit" }).status !== 0).map(([name]) => name);

console.log(failed.length ? `\nlint: problems found by ${failed.join(", ")}` : "\nlint: every check passed");
process.exitCode = failed.length ? 1 : 0;
