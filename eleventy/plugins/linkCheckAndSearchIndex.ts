import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { checkBuildLinks, latestLinkCheck, type BuildResult } from "../features/linkCheck/buildLinkCheck.ts";
import { parsePageLinks, type PageLinks } from "../features/linkCheck/pageLinks.ts";
import { BackgroundIndex, SERVE_INDEX_DELAY_MS } from "../features/search/backgroundIndex.ts";
import { buildsPreview } from "../core/runMode.ts";

interface BeforeBuild {
  directories: { output: string };
}

interface AfterBuild extends BeforeBuild {
  results: BuildResult[];
}

/** What Eleventy gives a transform as `this`. */
interface TransformContext {
  page: { outputPath: string | false };
}

/**
 * Every build checks the internal links, failing on a broken one (naming the
 * content file that holds it), and under `npm start` indexes the site with
 * Pagefind so that search works there too. The links of each page are read
 * as Eleventy renders it (the transform below), rather than reading every
 * page again from disk once the last is written. The production build
 * indexes the site itself (scripts/build.ts), once this build has passed, so
 * that a broken site is never indexed.
 *
 * Under `npm start`, a rebuild after a save checks the pages it wrote, and
 * reports a broken link without failing, so that the save shows in the
 * browser. The index is made in the background (search/backgroundIndex.ts).
 *
 * The transform must see each page as it is written: this plugin is the last
 * that .eleventy.ts adds, and transforms run in the order they were added.
 */
export default function linkCheckAndSearchIndex(eleventyConfig: UserConfig): void {
  const backgroundIndexes = new Map<string, BackgroundIndex>();
  let build: { output: string; pages: Map<string, PageLinks> } | undefined;

  eleventyConfig.on("eleventy.before", ({ directories }: BeforeBuild) => {
    build = { output: directories.output, pages: new Map() };
  });

  eleventyConfig.addTransform("linkCheckAndSearchIndex", function (this: TransformContext, content: string) {
    const outputPath = this.page.outputPath;
    if (build && typeof outputPath === "string" && outputPath.endsWith(".html")) {
      const page = path.relative(build.output, outputPath).split(path.sep).join("/");
      build.pages.set(page, parsePageLinks(content));
    }
    return content;
  });

  eleventyConfig.on("eleventy.after", async ({ directories, results }: AfterBuild) => {
    const links = checkBuildLinks(directories.output, build!.pages, results);
    build = undefined;
    const outputDir = directories.output.replace(/\/$/, "");

    if (!buildsPreview()) {
      // The production build fails on a broken link; it indexes the site once Eleventy's process has ended (scripts/build.ts).
      await links.passed;
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
