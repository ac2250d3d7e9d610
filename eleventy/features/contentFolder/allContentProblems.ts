import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { ContentError } from "../../model/frontMatter/contentProblem.ts";
import { checkedContentFile } from "./contentFileProblems.ts";
import { accessibilitySettings } from "../../model/settings/accessibilitySettings.ts";
import { contactSettings } from "../../model/settings/contactSettings.ts";
import { namedRedirects } from "../../model/settings/namedRedirects.ts";
import { readNotices } from "../../model/settings/notices.ts";
import { siteSettings } from "../../model/settings/siteSettings.ts";
import { topicList } from "../../model/settings/topicList.ts";
import { checkContentFolder } from "./checkContentFolder.ts";
import { markdownPages } from "./markdownPages.ts";
import { reservedRedirectProblems, reservedTopicProblems } from "./reservedAddressProblems.ts";
import { sharedAddressProblems, type ReadPage } from "./sharedAddresses.ts";

/**
 * Every problem in content/ that can be found without building the site, all
 * at once, so that an editor fixes them in one round rather than one a build:
 * files content/ may not hold, unsafe text, the settings (the redirects and notices files as far as
 * they can be checked alone), addresses the site keeps for itself, and each page's front
 * matter against its type's schema, with the files it names, and pages that
 * would be published at one address. The build stops
 * on these before Eleventy reads a file (plugins/contentFolderCheck.ts);
 * `npm run lint:content` prints them with the rules for the words.
 */
export function allContentProblems(root: string): { pages: string[]; refused: Set<string>; problems: ContentProblem[] } {
  const problems = checkContentFolder(root);
  // A file refused as a file (not UTF-8, too large, not YAML) is not read further.
  const refused = new Set(problems.map((problem) => problem.file));
  /** A settings file as read, or undefined when it has mistakes, which are reported. */
  const read = <T>(readSettings: () => T): T | undefined => {
    try {
      return readSettings();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  for (const readSettings of [siteSettings, readNotices, contactSettings, accessibilitySettings] as Array<() => unknown>)
    read(readSettings);
  const topics = read(topicList);
  if (topics) problems.push(...reservedTopicProblems(topics));
  const redirects = read(namedRedirects);
  if (redirects) problems.push(...reservedRedirectProblems(redirects));
  const pages = markdownPages(root);
  const readPages: ReadPage[] = [];
  for (const file of pages) {
    if (refused.has(file)) continue;
    const checked = checkedContentFile({ page: { inputPath: file } });
    problems.push(...checked.problems);
    if (checked.fields) readPages.push({ file, data: checked.fields });
  }
  // Of the pages whose front matter passed: one whose date is missing has no address yet.
  problems.push(...sharedAddressProblems(readPages));
  return { pages, refused, problems };
}
