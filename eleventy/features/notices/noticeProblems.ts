import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { NOTICES_FILE, type Notice } from "../../model/settings/notices.ts";

/**
 * The sections and links of the notices that lead to no page, once the build has written every page (`pages`: their
 * addresses, the pages at old addresses left out, since they only say where a page went). Checked for every notice,
 * up or not, so that a mistake in one scheduled for next week is found today. A link to another website is checked
 * by `npm run check:external-links`.
 */
export function noticePageProblems(notices: Notice[], pages: Iterable<string>): ContentProblem[] {
  const published = new Set(pages);
  const problems: ContentProblem[] = [];
  for (const notice of notices) {
    for (const [at, section] of notice.sections.entries()) {
      if (published.has(section)) continue;
      problems.push({
        file: NOTICES_FILE,
        line: notice.sectionLines[at],
        message: `notices.${notice.index}.sections.${at}: ${section} is not a page of the site, so the notice would not be shown there. Write the address of a published page, such as /events/ or /news/, and check its spelling.`,
      });
    }
    const link = notice.link?.split("#")[0];
    if (link?.startsWith("/") && !published.has(link)) {
      problems.push({
        file: NOTICES_FILE,
        line: notice.linkLine,
        message: `notices.${notice.index}.link: ${notice.link} is not a page of the site. Write the address of a published page, such as /news/2026/12/roads-closed-by-snow/, and check its spelling; or delete the line.`,
      });
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
