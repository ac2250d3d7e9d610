/**
 * `npm run lint:content`: every check of content an editor can be told about
 * without building the site, in one run, one line per problem:
 *   content/news/x.md:12: What is wrong. How to fix it.
 * the files under content/ (code, unsafe characters), the site's settings,
 * each page's front matter against its type's schema (as the build checks it),
 * and the words of each page (scripts/lint/contentRules.ts); then
 * "content lint: N files checked, N problems". Exits with 1 if any.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkContentFolder } from "../eleventy/contentFolder/checkContentFolder.ts";
import { ContentError, formatProblem, type ContentProblem } from "../eleventy/frontMatter/contentProblem.ts";
import { contentFileProblems } from "../eleventy/plugins/contentValidation.ts";
import { siteSettings } from "../eleventy/settings/siteSettings.ts";
import { lintMarkdown } from "./lint/contentRules.ts";

/** Every Markdown page under a folder, but not the README.md notes for editors. */
function markdownPages(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(root, file).split(path.sep).join("/"))
    .filter((file) => file.endsWith(".md") && path.basename(file).toLowerCase() !== "readme.md")
    .sort();
}

/** Every problem with the content under `root`, and how many pages were checked. */
export function lintContent(root = "content"): { pages: number; problems: ContentProblem[] } {
  const problems = checkContentFolder(root);
  try {
    siteSettings();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  const pages = markdownPages(root);
  for (const file of pages) {
    // A file the folder check refused (not UTF-8, too large) is not read further.
    if (problems.some((problem) => problem.file === file)) continue;
    problems.push(...contentFileProblems({ page: { inputPath: file } }), ...lintMarkdown(file, readFileSync(file, "utf8")));
  }
  return { pages: pages.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages, problems } = lintContent(process.argv[2] ?? "content");
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(`content lint: ${pages} files checked, ${problems.length} ${problems.length === 1 ? "problem" : "problems"}`);
  process.exitCode = problems.length ? 1 : 0;
}
