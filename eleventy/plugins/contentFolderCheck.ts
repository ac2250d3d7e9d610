import type UserConfig from "@11ty/eleventy/UserConfig";
import { allContentProblems } from "../contentFolder/allContentProblems.ts";
import { CONTENT_FOLDER } from "../contentTypes.ts";
import { ContentError } from "../frontMatter/contentProblem.ts";

function refuseContentProblems(): void {
  const { problems } = allContentProblems(CONTENT_FOLDER);
  if (problems.length) throw new ContentError(problems);
}

/**
 * Refuses code, templates, links and unsafe text in content/, and reports
 * every page's front-matter mistakes at once, before Eleventy reads anything
 * (this runs as the configuration loads), and again before each rebuild under
 * `npm start`.
 */
export default function contentFolderCheck(eleventyConfig: UserConfig): void {
  refuseContentProblems();
  eleventyConfig.on("eleventy.before", refuseContentProblems);
}
