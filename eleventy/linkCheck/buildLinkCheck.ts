import path from "node:path";
import { timed } from "../buildTimings.ts";
import { buildsPreview } from "../plugins/drafts.ts";
import { GENERATED_PAGE_FOLDERS } from "../plugins/generatedPages.ts";
import type { BrokenLink } from "./checkInternalLinks.ts";
import { checkInternalLinksInWorker } from "./checkInWorker.ts";

/** What Eleventy's eleventy.after event says of each file a build wrote. */
export interface BuildResult {
  inputPath: string;
  outputPath: string | false;
}

export interface BuildLinkCheck {
  /** Settles once the links have passed; rejects, naming the content file of each broken link, if any is broken. */
  passed: Promise<void>;
  /**
   * Whether this is a rebuild after a save under `npm start` (Eleventy's --incremental), which checks only the pages
   * it wrote. The build does not wait for such a check, so that a save shows in the browser at once.
   */
  incremental: boolean;
}

/** The output folders built so far by this process: `npm start` builds one many times. */
const builds = new Set<string>();

/** Each output folder's link check in its latest build. */
const latestChecks = new Map<string, Promise<void>>();

/**
 * Starts the check of the internal links of a build just written to `root`
 * (in a worker thread, so that other work goes on meanwhile). The production
 * build, and the first build of `npm start`, check every page; a later build
 * of `npm start` checks the pages it wrote.
 */
export function checkBuildLinks(root: string, results: BuildResult[]): BuildLinkCheck {
  const sourceOf = new Map(
    results
      .filter((result) => typeof result.outputPath === "string")
      .map((result) => [
        path
          .relative(root, result.outputPath as string)
          .split(path.sep)
          .join("/"),
        result.inputPath,
      ]),
  );
  const incremental = buildsPreview() && builds.has(path.resolve(root));
  builds.add(path.resolve(root));
  const only = incremental ? [...sourceOf.keys()].filter((file) => file.endsWith(".html")) : undefined;
  const passed = timed("linkCheckSeconds", () => checkInternalLinksInWorker(root, only)).then(({ broken }) => {
    if (broken.length) throw brokenLinksError(broken, sourceOf, root);
  });
  latestChecks.set(path.resolve(root), passed);
  return { passed, incremental };
}

/**
 * The latest build's link check of an output folder, settled if it has had
 * none: `npm start`'s background search index is made a while after the build
 * that asked for it, and waits on the check of the build that is latest then.
 */
export function latestLinkCheck(outputDir: string): Promise<void> {
  return latestChecks.get(path.resolve(outputDir)) ?? Promise.resolve();
}

/** The file an editor or the web team changes: a generated page's template is in _includes/, not where Eleventy says. */
function sourceFile(inputPath: string | undefined): string | undefined {
  const relative = inputPath?.replace(/^\.\//, "");
  const generated = GENERATED_PAGE_FOLDERS.find((folder) => relative?.startsWith(`content/${folder}/`));
  return generated ? relative!.replace(/^content\//, "_includes/") : relative;
}

/** One line a broken link, naming the content file to fix (the built page if no content file wrote it). */
function brokenLinksError(broken: BrokenLink[], sourceOf: Map<string, string>, root: string): Error {
  const lines = broken.map(({ page, url, problem }) => {
    const source = sourceFile(sourceOf.get(page)) ?? `${root}/${page}`;
    return `${source}: the link "${url}" ${problem}`;
  });
  return new Error(`Broken links: fix each one in the file named, then build again.\n${lines.join("\n")}`);
}
