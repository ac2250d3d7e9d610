/**
 * The site's own checks of the words of content files, for what neither the
 * build's schemas (which `npm run lint:content` also runs: scripts/lint-content.ts)
 * nor markdownlint cover: alt text in the text, empty or skipped headings,
 * link text, stray spaces and leftover placeholders. Each finding says where,
 * what is wrong and how to fix it, for editors who are not programmers.
 */
import type Token from "markdown-it/lib/token.mjs";
import type { ContentProblem } from "../../eleventy/frontMatter/contentProblem.ts";
import { splitContentFile } from "../../eleventy/frontMatter/splitContentFile.ts";
import { missingAltMessage } from "../../eleventy/images/altText.ts";
import { createMarkdown } from "../../eleventy/markdown.ts";

/** One finding: where, what is wrong, then how to fix it, each a sentence. The line counts the opening --- as 1. */
export type Finding = ContentProblem & { line: number };

/** What `npm run new` writes where the editor has to write something: a page still holding it is not finished. */
export const PLACEHOLDER = "Replace this";

/** Link texts that say nothing about where a link goes; screen-reader users often list a page's links out of context. */
const VAGUE_LINK_TEXTS = new Set(["click here", "here", "read more", "more", "link"]);

/** Checks one Markdown content file's text. `file` is only used to label the findings. */
export function lintMarkdown(file: string, text: string): Finding[] {
  const lines = text.split(/\r?\n/);
  const { body, bodyLine } = splitContentFile(text);
  const bodyStart = bodyLine - 1;
  const found: Finding[] = [];
  const report = (line: number, message: string) => found.push({ file, line, message });

  checkLines(lines, bodyStart, report);
  checkBody(body, bodyStart, report);
  return found.sort((a, b) => a.line - b.line);
}

type Report = (line: number, message: string) => void;

function checkLines(lines: string[], bodyStart: number, report: Report): void {
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
    if (/[ \t]+$/.test(line)) {
      report(
        index + 1,
        "This line ends with spaces. Delete the spaces at the end of the line (to start a new line within a paragraph, end the line with a backslash \\ instead).",
      );
    }
    const isComment = index < bodyStart && /^\s*#/.test(line);
    if (!isComment && line.includes(PLACEHOLDER)) {
      report(
        index + 1,
        `This line still has the placeholder text that npm run new wrote ("${PLACEHOLDER} …"). Write the real text in its place.`,
      );
    }
  }
}

function checkBody(body: string, bodyStart: number, report: Report): void {
  const tokens = createMarkdown().parse(body, {});
  /** The file line of a block token. */
  const lineOfBlock = (token: Token) => bodyStart + (token.map?.[0] ?? 0) + 1;

  let previousLevel = 1; // The page's title is its level-1 heading.
  for (const [index, token] of tokens.entries()) {
    if (token.type === "heading_open") {
      const level = Number(token.tag.slice(1));
      const line = lineOfBlock(token);
      const title = textOf(tokens[index + 1]?.children ?? []).trim();
      const named = title ? `The heading "${title}"` : "This heading";
      if (!title) {
        report(
          line,
          `This heading (${"#".repeat(level)}) has no words, so people using screen readers hear an empty heading. Write the heading after the ${"#".repeat(level)}, or delete the line.`,
        );
      } else if (level === 1) {
        report(
          line,
          `${named} is a level-1 heading (#), but the page's title is already its level-1 heading. Start it with ## instead.`,
        );
      } else if (level > previousLevel + 1) {
        const fix = "#".repeat(previousLevel + 1);
        report(
          line,
          previousLevel === 1
            ? `${named} is level ${level} (${"#".repeat(level)}), but the first heading in the text must be level 2 (##), under the page's title. Start it with ## instead.`
            : `${named} jumps from level ${previousLevel} (${"#".repeat(previousLevel)}) to level ${level} (${"#".repeat(level)}), skipping a level, which confuses people using screen readers. Start it with ${fix} instead.`,
        );
      }
      previousLevel = level;
    }
    if (token.type === "inline" && token.children) checkInline(token.children, lineOfBlock(token), report);
  }
}

/** Images and links, each on the line it is on within its paragraph. */
function checkInline(children: Token[], firstLine: number, report: Report): void {
  let line = firstLine;
  for (const [index, child] of children.entries()) {
    if (child.type === "softbreak" || child.type === "hardbreak") line += 1;
    if (child.type === "image" && !textOf(child.children ?? []).trim()) {
      const src = child.attrGet("src") ?? "";
      report(line, missingAltMessage(src));
    }
    if (child.type === "link_open") {
      const close = children.findIndex((token, at) => at > index && token.type === "link_close");
      const inside = children.slice(index + 1, close === -1 ? undefined : close);
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

/** The words of inline tokens as a reader sees them, with an image's alt text. */
function textOf(tokens: Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === "text" || token.type === "code_inline") return token.content;
      if (token.type === "softbreak" || token.type === "hardbreak") return " ";
      if (token.type === "image") return textOf(token.children ?? []);
      return "";
    })
    .join("");
}
