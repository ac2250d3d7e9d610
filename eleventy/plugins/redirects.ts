import type UserConfig from "@11ty/eleventy/UserConfig";
import { timedSync } from "../core/buildTimings.ts";
import type { CollectionItem } from "../core/collectionItem.ts";
import { readPageHistory, type FormerPage } from "../features/redirects/formerPages.ts";
import { ContentError } from "../model/frontMatter/contentProblem.ts";
import { movedPages, unreachedTargets, type MovedPage } from "../features/redirects/movedPages.ts";
import { namedRedirects, REDIRECTS_FILE } from "../model/settings/namedRedirects.ts";

/** What a build without the repository's history says, once, instead of quietly leaving old addresses broken. */
export const NO_HISTORY_WARNING =
  "Redirects for renamed and deleted pages were not made: {why}. Check it out with its history (fetch-depth: 0).";

let former: FormerPage[] | undefined;

/**
 * The history is read once a process: under `npm start` every save rebuilds, and the history changes only with a
 * commit (restart `npm start` to see a new one's redirects). So the warning is printed once, too.
 */
function formerPages(): FormerPage[] {
  if (former) return former;
  // With $BENCH_TIMINGS_FILE set, the benchmark learns what reading the history cost (eleventy/core/buildTimings.ts).
  const history = timedSync("redirectsSeconds", () => readPageHistory("."));
  if ("missing" in history) console.log(`Warning: ${NO_HISTORY_WARNING.replace("{why}", history.missing)}`);
  former = "pages" in history ? history.pages : [];
  return former;
}

/**
 * Addresses never break: collections.movedPages holds a page for every address the site once published and no
 * longer does, worked out from the repository's history and content/settings/redirects.yml (eleventy/features/redirects/).
 * _includes/pages/moved.njk and _includes/feeds/redirects.njk make its pages and the `_redirects` file.
 */
export default function redirects(eleventyConfig: UserConfig): void {
  let moved: MovedPage[] = [];
  eleventyConfig.addCollection("movedPages", (api: { getAll(): CollectionItem[] }) => {
    moved = movedPages(formerPages(), namedRedirects(), api.getAll());
    return moved;
  });
  // Some pages (topics) are made from collections, after this one: a named `to` is checked against every page written.
  eleventyConfig.on("eleventy.after", ({ results }: { results: Array<{ url: string | false }> }) => {
    const built = results.flatMap((result) => (typeof result.url === "string" ? [result.url] : []));
    const problems = unreachedTargets(moved, namedRedirects(), built);
    if (problems.length) throw new ContentError(problems);
  });
  eleventyConfig.addWatchTarget(REDIRECTS_FILE);
}
