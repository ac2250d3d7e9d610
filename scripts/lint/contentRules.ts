/**
 * The site's own checks of the words of content files, for what neither the
 * build's schemas (which `npm run lint:content` also runs: scripts/lint-content.ts)
 * nor markdownlint cover: alt text in the text, the text's structure (headings,
 * lists, tables and links' length, which the build refuses too, with the same
 * words: eleventy/features/markdown/pageStructure.ts), link text, stray spaces
 * and leftover placeholders. Each finding says where, what is wrong and how to
 * fix it, for editors who are not programmers.
 */
import type Token from "markdown-it/lib/token.mjs";
import type { ContentProblem } from "../../eleventy/model/frontMatter/contentProblem.ts";
import { splitContentFile } from "../../eleventy/model/frontMatter/splitContentFile.ts";
import { altTextProblem, missingAltMessage } from "../../eleventy/model/schemas/altText.ts";
import { parseFrontMatter } from "../../eleventy/model/frontMatter/parseFrontMatter.ts";
import { createMarkdown } from "../../eleventy/features/markdown/createMarkdown.ts";
import { structureProblems, textOf } from "../../eleventy/features/markdown/pageStructure.ts";

/** One finding: where, what is wrong, then how to fix it, each a sentence. The line counts the opening --- as 1. */
export type Finding = ContentProblem & { line: number };

/** What `npm run new` writes where the editor has to write something: a page still holding it is not finished. */
export const PLACEHOLDER = "Replace this";

/** Link texts that say nothing about where a link goes; screen-reader users often list a page's links out of context. */
const VAGUE_LINK_TEXTS = new Set(["click here", "here", "read more", "more", "link"]);

/** Checks one Markdown content file's text. `file` is only used to label the findings. */
export function lintMarkdown(file: string, text: string): Finding[] {
  const lines = text.split(/\r?\n/);
  const { body, bodyLine, frontMatter } = splitContentFile(text);
  const bodyStart = bodyLine - 1;
  const found: Finding[] = [];
  const report = (line: number, message: string) => found.push({ file, line, message });

  const isDraft = frontMatter !== undefined && parseFrontMatter(frontMatter).data["draft"] === true;
  checkLines(lines, bodyStart, isDraft, report);
  checkBody(body, bodyStart, report);
  return found.sort((a, b) => a.line - b.line);
}

type Report = (line: number, message: string) => void;

function checkLines(lines: string[], bodyStart: number, isDraft: boolean, report: Report): void {
  for (const [index, line] of lines.entries()) {
    const nbsp = line.indexOf("\u00a0");
    if (nbsp !== -1) {
      const before = line.slice(0, nbsp).trim().split(/\s+/).pop();
      report(
        index + 1,
        `There is a non-breaking space ${before ? `after "${before}"` : "at the start of the line"} (it usually comes with text pasted from Word or a web page). ` +
          "Delete it and type an ordinary space.",
      );
    }
    // The last character, not /[ \t]+$/: that tries every run of spaces to its end, and a line of 200,000 spaces
    // followed by a word took half a minute.
    if (line.endsWith(" ") || line.endsWith("\t")) {
      report(
        index + 1,
        "This line ends with spaces. Delete the spaces at the end of the line (to start a new line within a paragraph, end the line with a backslash \\ instead).",
      );
    }
    const isComment = index < bodyStart && /^\s*#/.test(line);
    const placeholder = isComment ? undefined : PLACEHOLDERS.find(({ pattern }) => pattern.test(line));
    // A draft may hold them: it is not published (and npm run new writes them); it is checked once it is not a draft.
    if (placeholder && !isDraft) {
      report(
        index + 1,
        placeholder.written === PLACEHOLDER
          ? `This line still has the placeholder text that npm run new wrote ("${PLACEHOLDER} …"). Write the real text in its place.`
          : `This line still has "${placeholder.written}", which is not ready to publish. Write the real text in its place, or make the page a draft (draft: true) until you have it.`,
      );
    }
    const tag = index >= bodyStart ? htmlTag(line) : undefined;
    if (tag) report(index + 1, htmlMessage(tag));
  }
}

/**
 * The name of the first HTML tag on a line, lower-cased, or undefined: a tag name after < or </, followed by a space,
 * / or >, with a > after it. Not an address in angle brackets (<https://…>, <name@example.org>), which Markdown links.
 * Found in two linear steps: /<\/?([a-z][a-z0-9]*)(?=[\s/>])[^>]*>/ would scan on from every "<a " to the end of a
 * line that has no >.
 */
function htmlTag(line: string): string | undefined {
  const start = /<\/?([a-z][a-z0-9]*)(?=[\s/>])/i.exec(line);
  return start && line.includes(">", start.index) ? start[1]!.toLowerCase() : undefined;
}

/** `[insert …]`: "[insert" as a word, with a ] after it (a search for [^\]]*\] from each "[insert" would be quadratic). */
const insertPlaceholder = {
  test(line: string): boolean {
    const start = /\[insert\b/i.exec(line);
    return start !== null && line.includes("]", start.index);
  },
};

/**
 * Words that stand in for what is not written yet, and are never meant to be published. Each test is linear in the
 * line's length, as every rule here is: a page may be one line of a megabyte.
 */
const PLACEHOLDERS: Array<{ written: string; pattern: { test(line: string): boolean } }> = [
  { written: PLACEHOLDER, pattern: new RegExp(PLACEHOLDER) },
  { written: "TBC", pattern: /\bTBC\b/ },
  { written: "TBA", pattern: /\bTBA\b/ },
  { written: "XX", pattern: /\bXX+\b/ },
  { written: "Lorem ipsum", pattern: /\blorem ipsum\b/i },
  { written: "[insert …]", pattern: insertPlaceholder },
];

/** Pages are written in Markdown: HTML is shown as text, and an embedded player would load another site's code. */
function htmlMessage(tag: string): string {
  if (["iframe", "embed", "object", "video", "audio", "script"].includes(tag)) {
    return (
      `Embedded content (<${tag}>) is not allowed: it would load another website's code into the page, and the site's security settings block it. ` +
      "Link to it instead, for example [Watch the summit on YouTube](https://www.youtube.com/watch?v=…)."
    );
  }
  return `HTML (<${tag}>) is not allowed in the text: it is shown as it is written. Write it in Markdown instead (## for a heading, - for a list, [words](address) for a link).`;
}

function checkBody(body: string, bodyStart: number, report: Report): void {
  const tokens = createMarkdown().parse(body, {});
  // The text's structure (headings, lists, tables, links' length), which the build refuses too, in the same words.
  for (const { bodyLine, message } of structureProblems(tokens)) report(bodyStart + bodyLine + 1, message);
  for (const token of tokens) {
    if (token.type === "inline" && token.children) checkInline(token.children, bodyStart + (token.map?.[0] ?? 0) + 1, report);
  }
}

/** Images and links, each on the line it is on within its paragraph. */
function checkInline(children: Token[], firstLine: number, report: Report): void {
  let line = firstLine;
  for (const [index, child] of children.entries()) {
    if (child.type === "softbreak" || child.type === "hardbreak") line += 1;
    const alt = child.type === "image" ? textOf(child.children ?? []).trim() : "";
    if (child.type === "image" && (!alt || altTextProblem(alt))) {
      const src = child.attrGet("src") ?? "";
      report(line, alt ? altTextProblem(alt)! : missingAltMessage(src));
    }
    if (child.type === "link_open") {
      // From the link on: from the start, each link of a line of thousands would search all those before it.
      let close = index + 1;
      while (close < children.length && children[close]!.type !== "link_close") close++;
      const inside = children.slice(index + 1, close);
      const text = textOf(inside).replace(/\s+/g, " ").trim();
      const bare = text.toLowerCase().replace(/^[\s.,:;!?…"'“”‘’()-]+|[\s.,:;!?…"'“”‘’()-]+$/g, "");
      const href = child.attrGet("href") ?? "";
      if (!text) {
        report(
          line,
          `The link to "${href}" has no words, so people using screen readers hear only the address, and nobody can see what to select. ` +
            `Write what the link goes to between the square brackets, for example [the summit's programme](${href}).`,
        );
      } else if (VAGUE_LINK_TEXTS.has(bare)) {
        report(
          line,
          `The link text "${text}" does not say where the link goes, and people using screen readers often hear links on their own. ` +
            "Make the words that name the page the link, for example [the summit's programme](/events/loneliness-summit/) rather than [click here].",
        );
      }
    }
  }
}
