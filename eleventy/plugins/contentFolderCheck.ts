import type UserConfig from "@11ty/eleventy/UserConfig";
import { checkContentFolder } from "../contentFolder/checkContentFolder.ts";
import { CONTENT_FOLDER } from "../contentTypes.ts";
import { ContentError } from "../frontMatter/contentProblem.ts";

function refuseUnsafeContent(): void {
  const problems = checkContentFolder(CONTENT_FOLDER);
  if (problems.length) throw new ContentError(problems);
}

/**
 * Refuses code, templates, links and unsafe text in content/ before Eleventy
 * reads anything (this runs as the configuration loads), and again before each
 * rebuild under `npm start`.
 */
export default function contentFolderCheck(eleventyConfig: UserConfig): void {
  refuseUnsafeContent();
  eleventyConfig.on("eleventy.before", refuseUnsafeContent);
}
