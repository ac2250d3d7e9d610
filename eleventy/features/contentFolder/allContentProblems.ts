import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { ContentError } from "../../model/frontMatter/contentProblem.ts";
import { contentFileProblems } from "./contentFileProblems.ts";
import { accessibilitySettings } from "../../model/settings/accessibilitySettings.ts";
import { contactSettings } from "../../model/settings/contactSettings.ts";
import { namedRedirects } from "../../model/settings/namedRedirects.ts";
import { readNotices } from "../../model/settings/notices.ts";
import { siteSettings } from "../../model/settings/siteSettings.ts";
import { topicList } from "../../model/settings/topicList.ts";
import { checkContentFolder } from "./checkContentFolder.ts";
import { markdownPages } from "./markdownPages.ts";

/**
 * Every problem in content/ that can be found without building the site, all
 * at once, so that an editor fixes them in one round rather than one a build:
 * files content/ may not hold, unsafe text, the settings (the redirects and notices files as far as
 * they can be checked alone), and each page's front
 * matter against its type's schema, with the files it names. The build stops
 * on these before Eleventy reads a file (plugins/contentFolderCheck.ts);
 * `npm run lint:content` prints them with the rules for the words.
 */
export function allContentProblems(root: string): { pages: string[]; refused: Set<string>; problems: ContentProblem[] } {
  const problems = checkContentFolder(root);
  // A file refused as a file (not UTF-8, too large, not YAML) is not read further.
  const refused = new Set(problems.map((problem) => problem.file));
  for (const readSettings of [siteSettings, topicList, namedRedirects, readNotices, contactSettings, accessibilitySettings]) {
    try {
      readSettings();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  const pages = markdownPages(root);
  for (const file of pages) if (!refused.has(file)) problems.push(...contentFileProblems({ page: { inputPath: file } }));
  return { pages, refused, problems };
}
