/**
 * The project's TypeScript, compiled once into JavaScript in .compiled/ (git-ignored), so that the build, `npm start`,
 * the scripts and the tests run plain JavaScript instead of each process compiling every module again through a loader
 * (tsx): about a second of CPU a process on this machine (docs/performance.md).
 *
 * `compile()` brings .compiled/ up to date with the sources, and is cheap when it already is: it lists the sources and
 * compares each one's modification time and size with what it recorded (a few milliseconds), hashes only those that
 * differ, and compiles only those whose contents changed, with esbuild, one file to one file. Every command runs it
 * first (scripts/run.js), and `npm ci` too (package.json's postinstall), so no one runs stale code or needs to remember
 * a step. esbuild only strips types: type errors are the type check's (`npm run lint`), not this step's.
 *
 *   node scripts/compile.js      compiles what changed, says how many files it compiled
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where the compiled JavaScript goes, under the project's root: .gitignore, ESLint and Prettier leave it out. */
export const COMPILED = ".compiled";

/** The sources, under the project's root: the TypeScript that Node runs, and the JSON it imports. */
const ROOTS = [".eleventy.ts", "eleventy", "scripts", "tests"];
/** Folders under ROOTS that hold no code Node runs. (tests/browser is Playwright's, which compiles it itself, but some build tests import its helpers.) */
const SKIPPED = new Set(["tests/fixtures/content", "node_modules"]);

const RECORD = "sources.json";
/** The project root this file belongs to. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What the compiled files depend on besides their sources: this file and esbuild's version. */
const COMPILER_KEY = hash(
  Buffer.concat([
    readFileSync(fileURLToPath(import.meta.url)),
    readIfThere(path.join(PROJECT_ROOT, "node_modules/esbuild/package.json")),
  ]),
);

function readIfThere(file) {
  try {
    return readFileSync(file);
  } catch {
    return Buffer.alloc(0);
  }
}

function hash(data) {
  return createHash("sha1").update(data).digest("hex");
}

/** Every source file, as paths relative to `root` with forward slashes. */
function listSources(root) {
  const files = [];
  const walk = (relative) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED.has(child)) walk(child);
      } else if ((entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) || entry.name.endsWith(".json")) {
        files.push(child);
      }
    }
  };
  for (const source of ROOTS) {
    let stats;
    try {
      stats = statSync(path.join(root, source));
    } catch {
      continue;
    }
    if (stats.isDirectory()) walk(source);
    else files.push(source);
  }
  return files;
}

/** The compiled file of a source: `eleventy/x.ts` → `.compiled/eleventy/x.js`; JSON is copied as it is. */
export function compiledPath(root, source) {
  return path.join(root, COMPILED, source.endsWith(".ts") ? `${source.slice(0, -3)}.js` : source);
}

/** Writes a file whole (a temporary file renamed into place), so that a process reading it meanwhile never sees half of it. */
function writeWhole(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/**
 * Relative imports name .ts files (tsconfig's allowImportingTsExtensions): in the compiled files they name the .js
 * beside them. Only the specifiers esbuild found imported change (its metafile lists them), as TypeScript's
 * rewriteRelativeImportExtensions does: a string that only looks like one, in a test's sample code, stays.
 */
function rewriteImports(code, imports) {
  const specifiers = new Set(imports.map((entry) => entry.path).filter((specifier) => /^\.{1,2}\/.*\.ts$/.test(specifier)));
  if (specifiers.size === 0) return code;
  return code.replace(/"(\.{1,2}\/[^"\n]*?)\.ts"/g, (literal, stem) => (specifiers.has(`${stem}.ts`) ? `"${stem}.js"` : literal));
}

/**
 * Brings `root`/.compiled/ up to date with its sources; returns how many files it compiled or copied. Deleted sources'
 * compiled files are deleted.
 */
export function compile(root = PROJECT_ROOT) {
  const recordFile = path.join(root, COMPILED, RECORD);
  let record = { compiler: "", files: {} };
  try {
    record = JSON.parse(readFileSync(recordFile, "utf8"));
  } catch {
    // None yet, or unreadable: everything is compiled.
  }
  const sameCompiler = record.compiler === COMPILER_KEY;
  const known = sameCompiler ? record.files : {};
  const files = {};
  const changed = [];
  let touched = !sameCompiler;
  for (const source of listSources(root)) {
    const stats = statSync(path.join(root, source));
    const before = known[source];
    if (before && before.mtimeMs === stats.mtimeMs && before.size === stats.size) {
      files[source] = before;
      continue;
    }
    // A copy of the project (new modification times) or a file saved unchanged: the hash says whether to compile.
    const digest = hash(readFileSync(path.join(root, source)));
    files[source] = { mtimeMs: stats.mtimeMs, size: stats.size, hash: digest };
    touched = true;
    if (before?.hash !== digest) changed.push(source);
  }
  const deleted = Object.keys(known).filter((source) => !(source in files));
  if (!touched && deleted.length === 0) return 0;

  for (const source of deleted) {
    rmSync(compiledPath(root, source), { force: true });
    rmSync(`${compiledPath(root, source)}.map`, { force: true });
  }
  const scripts = changed.filter((source) => source.endsWith(".ts"));
  for (const source of changed.filter((file) => file.endsWith(".json"))) {
    writeWhole(compiledPath(root, source), readFileSync(path.join(root, source)));
  }
  if (scripts.length) {
    // Loaded only when there is something to compile: most commands find nothing to do. Synchronous, so that a save
    // under npm start is compiled before Eleventy's watcher, in this same process, acts on it (scripts/run.js).
    const { buildSync } = createRequire(import.meta.url)("esbuild");
    const result = buildSync({
      absWorkingDir: root,
      entryPoints: scripts,
      outdir: COMPILED,
      outbase: ".",
      format: "esm",
      platform: "node",
      target: "node20.10",
      // Kept as written (import … with { type: "json" }), which Node 20.10 supports and requires.
      supported: { "import-attributes": true },
      // Stack traces map back to the TypeScript under `node --enable-source-maps`.
      sourcemap: "linked",
      sourcesContent: false,
      write: false,
      metafile: true,
      logLevel: "error",
    });
    for (const output of result.outputFiles) {
      const imports = result.metafile.outputs[path.relative(root, output.path).split(path.sep).join("/")]?.imports ?? [];
      writeWhole(output.path, output.path.endsWith(".js") ? rewriteImports(output.text, imports) : output.contents);
    }
  }
  writeWhole(recordFile, JSON.stringify({ compiler: COMPILER_KEY, files }));
  return changed.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const count = compile();
  console.log(`Compiled ${count} changed source files into ${COMPILED}/ in ${Math.round(performance.now() - started)} ms.`);
}
