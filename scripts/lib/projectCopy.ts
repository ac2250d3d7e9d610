import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { IMAGE_URL_PATH } from "../../eleventy/features/images/options.ts";

// tests/ and .htmlvalidate.mjs come too, so that the checks of a built site (tests/site) can run in a copy.
const PROJECT_ENTRIES = [
  ".eleventy.ts",
  ".htmlvalidate.mjs",
  "package.json",
  "tsconfig.json",
  "content",
  "_includes",
  "eleventy",
  "assets",
  "scripts",
  "tests",
];

/** The frozen content tree that tests counting or ordering pages build instead of the editors' content/. */
export const FIXTURE_CONTENT = "tests/fixtures/content";

/**
 * Set by `npm test` to the fixture site it has built this run (scripts/lib/fixtureSite.ts), whose build's output is
 * beside it, in <site>.log: tests that start from the fixture content as it is take that build instead of making it again.
 */
export const BUILT_FIXTURE_SITE = "BUILT_FIXTURE_SITE";

export interface ProjectCopyOptions {
  /** The start of the temporary folder's name. */
  prefix?: string;
  /**
   * Which content/ the copy holds: the project's own ("project", the default), or
   * tests/fixtures/content ("fixtures"), whose pages are known, so that a test can
   * count them and know which is newest whatever editors have published.
   */
  content?: "project" | "fixtures";
  /** The project to copy; the current folder if not given. */
  from?: string;
  /**
   * "reuse" (the default): the copy starts with the images its project's built sites have made (its _site/, the
   * fixture site), as a project does after a build, so that its first build does not make them again (about two
   * seconds of CPU a copy, for a build of two seconds). "fresh": none, for a build that must make every image.
   */
  images?: "reuse" | "fresh";
}

/** Where the fixture site is built (scripts/lib/fixtureSite.ts): .gitignore, ESLint and Prettier leave out every folder named _site.<something>. */
export const FIXTURE_SITE = "_site.fixtures";

/** Copies the images a built site has generated, if it has any, into another site's folder, as a build there would find them. */
export function copyGeneratedImages(fromSite: string, toSite: string): void {
  const images = path.join(fromSite, IMAGE_URL_PATH);
  if (existsSync(images)) cpSync(images, path.join(toSite, IMAGE_URL_PATH), { recursive: true });
}

/**
 * Copies a project's compiled code (.compiled/, scripts/compile.js), if it has any, into another checkout of it: the
 * copy's first command then finds it up to date (a hash of each source) instead of compiling everything again.
 */
export function copyCompiled(from: string, to: string): void {
  const compiled = path.join(from, ".compiled");
  if (existsSync(compiled)) cpSync(compiled, path.join(to, ".compiled"), { recursive: true });
}

/** The sites whose generated images a copy starts from: the project's own, and the fixture site npm test builds. */
const BUILT_SITES = ["_site", FIXTURE_SITE];

/**
 * A throwaway copy of the project (in the system's temporary folder, with the
 * real node_modules linked in), to build fixture content without touching the
 * real one. The build tests (tests/build) and the benchmark (scripts/bench.ts) use it.
 * A string, for the benchmark, is the folder name's prefix.
 */
export class ProjectCopy {
  readonly root: string;
  /** Whether content/ is tests/fixtures/content as it is: a copy of the fixtures nothing has been written to or deleted from. */
  private unchangedFixtures: boolean;

  constructor(options: ProjectCopyOptions | string = {}) {
    const {
      prefix = "site-fixture-",
      content = "project",
      from = ".",
      images = "reuse",
    } = typeof options === "string" ? { prefix: options } : options;
    this.root = mkdtempSync(path.join(tmpdir(), prefix));
    for (const entry of PROJECT_ENTRIES) cpSync(path.join(from, entry), path.join(this.root, entry), { recursive: true });
    if (content === "fixtures") {
      rmSync(path.join(this.root, "content"), { recursive: true, force: true });
      cpSync(path.join(from, FIXTURE_CONTENT), path.join(this.root, "content"), { recursive: true });
    }
    symlinkSync(path.resolve(from, "node_modules"), path.join(this.root, "node_modules"), "dir");
    // Compiled once for every copy: a copy's commands (scripts/run.js) compile only what a test changed in it.
    copyCompiled(from, this.root);
    if (images === "reuse") this.reuseBuiltImages(from);
    this.unchangedFixtures = content === "fixtures";
  }

  /** Copies the generated images of `from`'s built sites into the copy's _site/, for its build to reuse (eleventy/features/images/reusedImages.ts). */
  private reuseBuiltImages(from: string): void {
    const sites = [...BUILT_SITES.map((site) => path.join(from, site)), process.env[BUILT_FIXTURE_SITE] ?? ""];
    for (const site of sites.filter(Boolean)) {
      try {
        copyGeneratedImages(site, path.join(this.root, "_site"));
      } catch {
        // A build replacing that site meanwhile: this copy's build makes the images it does not find.
      }
    }
  }

  write(file: string, text: string | Buffer): this {
    this.unchangedFixtures = false;
    mkdirSync(path.dirname(path.join(this.root, file)), { recursive: true });
    writeFileSync(path.join(this.root, file), text);
    return this;
  }

  /** Runs the production build, as `npm run build` does. */
  build(env: NodeJS.ProcessEnv = {}): { ok: boolean; output: string } {
    const result = spawnSync(process.execPath, ["scripts/run.js", "scripts/build.ts"], {
      cwd: this.root,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
  }

  /**
   * The production build of the fixture content as it is, as build() makes it, before anything is written to the copy.
   * Under `npm test`, which has built that very content into its fixture site ($BUILT_FIXTURE_SITE), the site and the
   * build's output are copied from there instead: the same content and code make the same site, and several tests
   * start from it.
   */
  buildFixtures(): { ok: boolean; output: string } {
    if (!this.unchangedFixtures)
      throw new Error("buildFixtures() builds the fixture content as it is: call it before changing the copy.");
    const built = process.env[BUILT_FIXTURE_SITE];
    if (!built) return this.build();
    if (!existsSync(path.join(built, "index.html")))
      throw new Error(`$${BUILT_FIXTURE_SITE} names ${built}, which holds no site.`);
    cpSync(built, path.join(this.root, "_site"), { recursive: true });
    return { ok: true, output: readFileSync(`${built}.log`, "utf8") };
  }

  /**
   * Builds as `npm start` does (Eleventy in serve mode, drafts shown), without its server, into `output`. That starts
   * from the copy's generated images, as npm start's output holds them once it has built (making them again is the
   * slowest part of a small preview; the production build's tests check how they are made).
   */
  buildAsPreview(output = "_dev"): { ok: boolean; output: string } {
    copyGeneratedImages(path.join(this.root, "_site"), path.join(this.root, output));
    this.write(
      "preview-build.mjs",
      `import Eleventy from "@11ty/eleventy";\nawait new Eleventy("content", ${JSON.stringify(output)}, { configPath: ".compiled/.eleventy.js", quietMode: true, runMode: "serve" }).write();\n`,
    );
    // Through scripts/run.js, which compiles what the test changed in the copy first.
    const result = spawnSync(process.execPath, ["scripts/run.js", "preview-build.mjs"], { cwd: this.root, encoding: "utf8" });
    return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
  }

  delete(file: string): this {
    this.unchangedFixtures = false;
    rmSync(path.join(this.root, file), { force: true });
    return this;
  }

  read(file: string): string {
    return readFileSync(path.join(this.root, file), "utf8");
  }

  list(folder = "."): string[] {
    return readdirSync(path.join(this.root, folder), { recursive: true, encoding: "utf8" });
  }

  /** The text of every page in a built site's Pagefind index, to tell whether a page is found by search. */
  searchIndexText(site = "_site"): string {
    const fragments = path.join(this.root, site, "pagefind/fragment");
    return readdirSync(fragments)
      .map((file) => gunzipSync(readFileSync(path.join(fragments, file))).toString("utf8"))
      .join("\n");
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
