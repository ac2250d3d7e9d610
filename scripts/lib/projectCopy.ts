import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PROJECT_ENTRIES = [
  ".eleventy.ts",
  "package.json",
  "tsconfig.json",
  "content",
  "_includes",
  "eleventy",
  "assets",
  "scripts",
];

/**
 * A throwaway copy of the project (in the system's temporary folder, with the
 * real node_modules linked in), to build fixture content without touching the
 * real one. The build tests (tests/build) and the benchmark (scripts/bench.ts) use it.
 */
export class ProjectCopy {
  readonly root: string;

  constructor(prefix = "site-fixture-") {
    this.root = mkdtempSync(path.join(tmpdir(), prefix));
    for (const entry of PROJECT_ENTRIES) cpSync(entry, path.join(this.root, entry), { recursive: true });
    symlinkSync(path.resolve("node_modules"), path.join(this.root, "node_modules"), "dir");
  }

  write(file: string, text: string | Buffer): this {
    mkdirSync(path.dirname(path.join(this.root, file)), { recursive: true });
    writeFileSync(path.join(this.root, file), text);
    return this;
  }

  /** Runs the production build, as `npm run build` does. */
  build(env: NodeJS.ProcessEnv = {}): { ok: boolean; output: string } {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      cwd: this.root,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
  }

  /** Builds as `npm start` does (Eleventy in serve mode, drafts shown), without its server, into `output`. */
  buildAsPreview(output = "_dev"): { ok: boolean; output: string } {
    this.write(
      "preview-build.ts",
      `import Eleventy from "@11ty/eleventy";\nawait new Eleventy("content", ${JSON.stringify(output)}, { configPath: ".eleventy.ts", quietMode: true, runMode: "serve" }).write();\n`,
    );
    const result = spawnSync(process.execPath, ["--import", "tsx", "preview-build.ts"], { cwd: this.root, encoding: "utf8" });
    return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
  }

  delete(file: string): this {
    rmSync(path.join(this.root, file), { force: true });
    return this;
  }

  read(file: string): string {
    return readFileSync(path.join(this.root, file), "utf8");
  }

  list(folder = "."): string[] {
    return readdirSync(path.join(this.root, folder), { recursive: true, encoding: "utf8" });
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
