import { statSync } from "node:fs";
import path from "node:path";
import { timed } from "../../core/buildTimings.ts";
import { buildsPreview } from "../../core/runMode.ts";
import { GENERATED_PAGE_FOLDERS } from "../../core/contentPaths.ts";
import { checkPageLinks, type BrokenLink, type SiteFiles } from "./checkInternalLinks.ts";
import type { PageLinks } from "./pageLinks.ts";
import { listSiteFiles } from "./siteFiles.ts";

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
   * it wrote. The build does not fail on such a check's broken link: it reports it, and the browser shows the save.
   */
  incremental: boolean;
}

/** The output folders built so far by this process: `npm start` builds one many times. */
const builds = new Set<string>();

/** Each output folder's link check in its latest build. */
const latestChecks = new Map<string, Promise<void>>();

/**
 * Checks the internal links of the pages a build has just written to `root`
 * (`pages`, read as Eleventy rendered them). The production build, and the
 * first build of `npm start`, have written every page, and list the site's
 * files once; a later build of `npm start` wrote a few pages, whose links are
 * looked for on disk one by one rather than listing thousands of files.
 */
export function checkBuildLinks(root: string, pages: ReadonlyMap<string, PageLinks>, results: BuildResult[]): BuildLinkCheck {
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
  const files: SiteFiles = incremental ? filesOnDisk(root) : listSiteFiles(root);
  const passed = timed("linkCheckSeconds", () => {
    const { broken } = checkPageLinks(root, pages, files);
    if (broken.length) throw brokenLinksError(broken, sourceOf, root);
  });
  latestChecks.set(path.resolve(root), passed);
  return { passed, incremental };
}

/** A site's files as the disk has them now, asked one at a time. */
function filesOnDisk(root: string): SiteFiles {
  return { has: (file) => statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile() ?? false };
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
