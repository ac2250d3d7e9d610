/**
 * `npm run lint:content`: the site's own checks of every content file
 * (scripts/lint/contentRules.ts), one line per problem:
 *   content/news/x.md:12: What is wrong. How to fix it.
 * then "content lint: N files checked, N problems". Exits with 1 if any.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatFinding, lintMarkdown } from "./lint/contentRules.ts";

/** Every Markdown file under a folder, but not the README.md notes for editors. */
export function contentFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(root, file).split(path.sep).join("/"))
    .filter((file) => file.endsWith(".md") && path.basename(file).toLowerCase() !== "readme.md")
    .sort();
}

const files = contentFiles(process.argv[2] ?? "content");
let problems = 0;
for (const file of files) {
  for (const finding of lintMarkdown(file, readFileSync(file, "utf8"))) {
    console.log(formatFinding(finding));
    problems += 1;
  }
}
console.log(`content lint: ${files.length} files checked, ${problems} ${problems === 1 ? "problem" : "problems"}`);
process.exitCode = problems ? 1 : 0;
