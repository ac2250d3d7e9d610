/**
 * `node scripts/run.js <file> [arguments]`: runs a TypeScript file of the project (such as scripts/build.ts) as
 * the JavaScript compiled from it, once scripts/compile.js has brought .compiled/ up to date (a few milliseconds when
 * it is), with `process.argv` as if Node had been given the file itself. Every npm script runs through it. Any other
 * file (Eleventy's command, a .mjs) is run as it is, after the same check, so that what it loads is fresh.
 *
 * Under `--serve` or `--watch` (npm start) it also compiles again whenever a source is saved, so that Eleventy, which
 * watches its configuration's files, reloads the new code.
 */
import { readdirSync, realpathSync, watch } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compile, compiledPath, PROJECT_ROOT } from "./compile.js";

const [file] = process.argv.splice(2, 1);
if (!file) throw new Error("Usage: node scripts/run.js <file.ts> [arguments]");

compile();
// By its real path: a folder that links to the project's scripts/ (a test's scratch project) runs the project's code.
const absolute = realpathSync(path.resolve(file));
const relative = path.relative(PROJECT_ROOT, absolute).split(path.sep).join("/");
const target = file.endsWith(".ts") && !relative.startsWith("..") ? compiledPath(PROJECT_ROOT, relative) : absolute;
process.argv[1] = target;

if (process.argv.includes("--serve") || process.argv.includes("--watch")) {
  // At once, in the event's own turn: Eleventy's watcher waits for a file to be still for 50 ms before it acts on it
  // (eleventy/core/watchOptions.ts), by when its compiled file is written. The configuration reloads on a change to
  // .eleventy.ts, as it did when Eleventy loaded it through tsx (.eleventy.ts says so to Eleventy).
  const again = (_event, name) => {
    if (name && !String(name).endsWith(".ts") && !String(name).endsWith(".json")) return;
    try {
      compile();
    } catch (error) {
      console.error(`Compiling the changed code failed: ${error.message}`);
    }
  };
  // A native watcher a folder: Node 20's recursive one, on Linux, is made of watchers that unref() does not release,
  // which kept npm start running after Ctrl+C (tests/build/cms.test.ts).
  const folders = [PROJECT_ROOT];
  const walk = (folder) => {
    folders.push(folder);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name));
    }
  };
  walk(path.join(PROJECT_ROOT, "eleventy"));
  for (const folder of folders) watch(folder, again).unref();
}

await import(pathToFileURL(target).href);
