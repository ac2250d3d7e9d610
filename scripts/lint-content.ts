/**
 * `npm run lint:content`: every check of content an editor can be told about
 * without building the site, in one run, one line per problem:
 *   content/news/x.md:12: What is wrong. How to fix it.
 * the files under content/ (code, unsafe characters), the site's settings,
 * each page's front matter against its type's schema (as the build checks it),
 * and the words of each page (scripts/lint/contentRules.ts); then
 * "content lint: N files checked, N problems". Exits with 1 if any.
 * Warnings (settings still to give, narrow pictures, a fourth featured
 * article) and notices (pages past their review date) are printed too,
 * and fail nothing.
 */
import { readFileSync } from "node:fs";
import { allContentProblems } from "../eleventy/features/contentFolder/allContentProblems.ts";
import { formatProblem, type ContentProblem } from "../eleventy/model/frontMatter/contentProblem.ts";
import { markdownPages } from "../eleventy/features/contentFolder/markdownPages.ts";
import { settingsWarnings } from "../eleventy/model/settings/settingsWarnings.ts";
import { featuredWarnings } from "../eleventy/features/listings/featured.ts";
import { overdueReviews, reviewsOf } from "../eleventy/features/review/reviews.ts";
import { lintMarkdown } from "./lint/contentRules.ts";
import { narrowImageWarnings } from "./lint/narrowImages.ts";

/** Every problem with the content under `root`, and how many pages were checked. */
export function lintContent(root = "content"): { pages: number; problems: ContentProblem[] } {
  const { pages, refused, problems } = allContentProblems(root);
  for (const file of pages) if (!refused.has(file)) problems.push(...lintMarkdown(file, readFileSync(file, "utf8")));
  return {
    pages: pages.length,
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages, problems } = lintContent(process.argv[2] ?? "content");
  for (const problem of problems) console.log(formatProblem(problem));
  // Warnings are printed, and are notes on a pull request, but do not fail the check: contact details the council has
  // still to give, and pictures too narrow for their column.
  for (const warning of settingsWarnings()) console.log(`Warning: ${formatProblem(warning)}`);
  const root = process.argv[2] ?? "content";
  for (const file of markdownPages(root)) {
    for (const warning of narrowImageWarnings(file, readFileSync(file, "utf8")))
      console.log(`Warning: ${formatProblem(warning)}`);
  }
  for (const warning of featuredWarnings(root)) console.log(`Warning: ${formatProblem(warning)}`);
  // Notes for the pages' owners, not problems: `npm run review` lists what is due soon as well.
  const now = new Date();
  for (const notice of overdueReviews(reviewsOf(root, now), now)) console.log(`Review due: ${formatProblem(notice)}`);
  console.log(`content lint: ${pages} files checked, ${problems.length} ${problems.length === 1 ? "problem" : "problems"}`);
  process.exitCode = problems.length ? 1 : 0;
}
