import type UserConfig from "@11ty/eleventy/UserConfig";
import { allContentProblems } from "../features/contentFolder/allContentProblems.ts";
import { CONTENT_FOLDER } from "../core/contentPaths.ts";
import { ContentError } from "../model/frontMatter/contentProblem.ts";

/** Whether content/ has been checked for the build about to start, which then need not check it again. */
let checkedForNextBuild = false;

/**
 * Throws a ContentError naming every problem in content/ that can be found
 * without building (see allContentProblems). scripts/build/writeSite.ts calls it before
 * it loads Eleventy, so that a mistake fails the build within a second.
 */
export function refuseContentProblems(): void {
  const { problems } = allContentProblems(CONTENT_FOLDER);
  if (problems.length) throw new ContentError(problems);
  checkedForNextBuild = true;
}

/**
 * Refuses code, templates, links and unsafe text in content/, and reports
 * every page's front-matter mistakes at once, before Eleventy reads anything
 * (this runs as the configuration loads, unless scripts/build/writeSite.ts has just
 * checked), and again before each rebuild under `npm start`.
 */
export default function contentFolderCheck(eleventyConfig: UserConfig): void {
  if (!checkedForNextBuild) refuseContentProblems();
  eleventyConfig.on("eleventy.before", () => {
    if (!checkedForNextBuild) refuseContentProblems();
    checkedForNextBuild = false;
  });
}
