import type UserConfig from "@11ty/eleventy/UserConfig";
import { timed } from "../buildTimings.ts";
import { checkBuildLinks, latestLinkCheck, type BuildResult } from "../linkCheck/buildLinkCheck.ts";
import { BackgroundIndex, SERVE_INDEX_DELAY_MS } from "../search/backgroundIndex.ts";
import { indexSite } from "../search/indexSite.ts";
import { buildsPreview } from "./drafts.ts";

interface AfterBuild {
  directories: { output: string };
  results: BuildResult[];
}

/**
 * After every build, checks the internal links, failing the build on a broken
 * one (naming the content file that holds it), and indexes the site with
 * Pagefind so that search works in `npm start` as well as in production.
 * Pagefind reads the site while the links are checked (in a worker thread, on
 * the other core), and writes its index only once they have passed, so that a
 * broken site is never indexed. Both are started by the one handler below, so
 * that this order is the code's, whatever the order of the plugins.
 *
 * Under `npm start`, a rebuild after a save checks only the pages it wrote,
 * without holding up the browser's reload: a link it broke is reported a
 * moment later. The index is made in the background (search/backgroundIndex.ts).
 */
export default function linkCheckAndSearchIndex(eleventyConfig: UserConfig): void {
  const backgroundIndexes = new Map<string, BackgroundIndex>();

  eleventyConfig.on("eleventy.after", async ({ directories, results }: AfterBuild) => {
    const links = checkBuildLinks(directories.output, results);
    const outputDir = directories.output.replace(/\/$/, "");

    if (!buildsPreview()) {
      // The production build waits for both, and fails on a broken link.
      await Promise.all([links.passed, timed("pagefindSeconds", () => indexSite(outputDir, () => links.passed))]);
      return;
    }

    const first = !backgroundIndexes.has(outputDir);
    if (first) {
      backgroundIndexes.set(outputDir, new BackgroundIndex(outputDir, () => latestLinkCheck(outputDir)));
      console.log("[search] Indexing the site for search in the background: search works once it says it is done.");
    }
    backgroundIndexes.get(outputDir)!.schedule(first ? 0 : SERVE_INDEX_DELAY_MS);
    if (links.incremental) {
      links.passed.catch((error: unknown) => console.error(`[links] ${(error as Error).message}`));
      return;
    }
    await links.passed;
  });
}
