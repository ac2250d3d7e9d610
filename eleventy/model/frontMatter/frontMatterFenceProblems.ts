import { parseFrontMatter } from "./parseFrontMatter.ts";

/** A line of ---, as Eleventy (gray-matter) and splitContentFile.ts find the end of the front matter. */
const FENCE = /^---\s*$/;

/** What the fields are not read as when the opening --- is not the first line: what the page then seems to lack. */
const UNREAD = "so the fields below it are not read (and the page seems to have no title, description or date)";

/**
 * Mistakes with the --- lines around a Markdown file's front matter, which
 * the YAML reader cannot see because it is given only what is between them:
 * a blank line or spaces before the opening ---, which make Eleventy read the
 * whole file as text, and a closing --- that is missing, which makes it read
 * the text as fields. Lines are the file's, from 1. A file that does not
 * start with --- at all (such as a README.md) has no front matter to check.
 */
export function frontMatterFenceProblems(text: string): Array<{ line: number; message: string }> {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const problems: Array<{ line: number; message: string }> = [];

  let opening = 0;
  if (!lines[0]?.startsWith("---")) {
    opening = lines.findIndex((line) => line.trim() !== "");
    if (opening === -1 || !/^\s*---\s*$/.test(lines[opening]!)) return [];
    const spaces = /^\s/.test(lines[opening]!);
    const before = [
      opening === 1 ? "a blank line" : opening > 1 ? `${opening} blank lines` : "",
      spaces ? "spaces before the ---" : "",
    ].filter(Boolean);
    problems.push({
      line: 1,
      message: `The first line of the file must be --- with nothing before it, but the file starts with ${before.join(" and ")}, ${UNREAD}. Delete ${spaces || opening > 1 ? "them" : "it"}, so that --- is the first line.`,
    });
  }

  const closing = lines.findIndex((line, index) => index > opening && FENCE.test(line));
  const end = closing === -1 ? lines.length : closing;
  const words = firstLineOfText(lines, opening + 1, end);
  if (closing === -1) {
    if (words !== undefined) {
      problems.push({
        line: words + 1,
        message:
          "The front matter is not closed: no line of --- comes after its fields, so this line and the rest of the file are read as fields. Write --- on its own line before this one, after the last field.",
      });
    } else {
      const lastField = lines.reduce((last, line, index) => (index > opening && line.trim() ? index : last), opening);
      problems.push({
        line: lastField + 1,
        message:
          "The front matter is not closed: no line of --- comes after its fields. Write --- on its own line after this one.",
      });
    }
  } else if (words !== undefined && parseFrontMatter(lines.slice(opening + 1, closing).join("\n"), opening + 2).problems.length) {
    // A --- further down (a line across the page, in Markdown) is read as the end of the front matter.
    problems.push({
      line: words + 1,
      message: `The front matter is not closed before the page's text: the next line of --- is line ${closing + 1}, so this line is read as a field. Write --- on its own line before this one, after the last field.`,
    });
  }
  return problems;
}

/**
 * The index of the first line that is the page's text rather than a field:
 * not blank, not indented, not a list item, not `name:`. A Markdown heading
 * counts as text, though YAML would read it as a comment.
 */
function firstLineOfText(lines: readonly string[], from: number, to: number): number | undefined {
  for (let index = from; index < to; index++) {
    const line = lines[index]!;
    if (line.trim() === "" || /^\s/.test(line) || /^-(\s|$)/.test(line)) continue;
    if (/^[A-Za-z_][\w-]*[ \t]*:(\s|$)/.test(line)) continue;
    if (/^#(?!#{0,5}\s)/.test(line) || /^#\s*$/.test(line)) continue;
    return index;
  }
  return undefined;
}
