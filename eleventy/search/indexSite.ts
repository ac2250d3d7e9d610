import { spawn } from "node:child_process";
import { constants, setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { timed } from "../buildTimings.ts";
import { buildsPreview } from "./drafts.ts";
import { linksChecked } from "./internalLinks.ts";

/**
 * Indexes a built site with Pagefind and writes the index into its pagefind/
 * folder, once `beforeWrite` has settled: if that rejects, nothing is written.
 * Returns the number of pages indexed (0 when nothing was written).
 */
export async function indexSite(outputDir: string, beforeWrite: () => Promise<unknown> = async () => undefined): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const checksPassed = await beforeWrite().then(
      () => true,
      () => false,
    );
    // The build says what is wrong (a broken link): write no index of a broken site.
    if (!checksPassed) return 0;
    const written = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await index.deleteIndex();
  }
}

/**
 * indexSite in a child process at the lowest CPU priority: Pagefind takes
 * seconds at thousands of pages, and a save made meanwhile must not wait for a
 * core. Settles to the number of pages indexed.
 */
function indexInLowPriorityProcess(outputDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", fileURLToPath(new URL("./pagefindIndexProcess.ts", import.meta.url)), outputDir],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    try {
      if (child.pid) setPriority(child.pid, constants.priority.PRIORITY_LOW);
    } catch {
      // Not allowed here: it runs at normal priority, only slower to share.
    }
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const pages = Number(output.trim().split("\n").at(-1));
      if (code === 0 && Number.isInteger(pages)) resolve(pages);
      else reject(new Error(`Pagefind could not index ${outputDir}:\n${output.trim()}`));
    });
  });
}

/** How long `npm start` waits after a rebuild before it indexes the site again: saves in a row make one index. */
export const SERVE_INDEX_DELAY_MS = 2000;

/**
 * `npm start`'s search index: made in the background, so that no build waits
 * for it. Pagefind reads every page, however few a save changed: at 10,000
 * pages that takes longer than the 2 seconds an edit may take to show. So the
 * index is made after the first build, then again once saves have paused for
 * SERVE_INDEX_DELAY_MS, in a low-priority process; until it is, search shows
 * the site as it was.
 */
class BackgroundIndex {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly outputDir: string) {}

  /** After a build: index once saves have paused (at once after the first build). */
  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    const started = performance.now();
    this.running = linksChecked(this.outputDir)
      .then(
        () => indexInLowPriorityProcess(this.outputDir),
        () => 0,
      )
      .then((pages) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (pages) console.log(`[search] Indexed ${pages} pages for search in ${seconds} s.`);
        else console.log("[search] The search index was not updated: fix the broken links the build names.");
      })
      .catch((error: unknown) => console.error(`[search] ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.schedule(0);
        }
      });
  }
}

/**
 * Indexes the built site with Pagefind after every build, so that search
 * works in `npm start` as well as in production. Pagefind reads the site
 * while the links are checked (in a worker thread, plugins/internalLinks.ts),
 * and writes its index only once they have passed. Under `npm start` it
 * indexes in the background (BackgroundIndex above).
 */
export default function pagefindIndex(eleventyConfig: UserConfig): void {
  const background = new Map<string, BackgroundIndex>();
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const outputDir = directories.output.replace(/\/$/, "");
    if (buildsPreview()) {
      const first = !background.has(outputDir);
      if (first) {
        background.set(outputDir, new BackgroundIndex(outputDir));
        console.log("[search] Indexing the site for search in the background: search works once it says it is done.");
      }
      background.get(outputDir)!.schedule(first ? 0 : SERVE_INDEX_DELAY_MS);
      return;
    }
    await timed("pagefindSeconds", () => indexSite(outputDir, () => linksChecked(outputDir)));
  });
}
