import { readFileSync } from "node:fs";
import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { projectPath } from "../../core/contentPaths.ts";
import { ContentError } from "../../model/frontMatter/contentProblem.ts";
import { splitContentFile } from "../../model/frontMatter/splitContentFile.ts";

/*
 * The structure of a page's text as its readers meet it: the headings a screen reader lists and jumps between, how
 * deep its lists go, how wide its tables are, how long its links' words are. These are part of whether the page can
 * be read at all (on a phone, with a screen reader), as a picture's description is, so the build refuses a page
 * that breaks them, as it refuses a picture without a description, and `npm run lint:content` reports the same, in
 * the same words (scripts/lint/contentRules.ts). How the words are typed (stray spaces, placeholders, vague link
 * text) is the lint's alone: it changes nothing a reader is kept from.
 */

/** Lists inside lists, at most: deeper, each level indents the words further, and on a phone they are squeezed to a sliver. */
export const MAX_LIST_DEPTH = 3;

/** A table's columns, at most: the text column of a phone (320 CSS pixels and up) fits about six short ones. */
export const MAX_TABLE_COLUMNS = 6;

/** A link's words, at most: screen readers read a link's words whole, each time someone moves through the links. */
export const MAX_LINK_TEXT = 100;

/** A problem with the text's structure, on a line of the text (from 0, as markdown-it counts). */
export interface StructureProblem {
  bodyLine: number;
  message: string;
}

/** Every structure problem of a page's text, from its tokens (markdown-it's parse), in one pass. */
export function structureProblems(tokens: readonly Token[]): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const lineOf = (token: Token) => token.map?.[0] ?? 0;
  let previousLevel = 1; // The page's title is its level-1 heading.
  let listDepth = 0;
  let tooDeep: { problem: StructureProblem; deepest: number } | undefined;

  for (const [index, token] of tokens.entries()) {
    if (token.type === "heading_open") {
      const level = Number(token.tag.slice(1));
      const message = headingProblem(level, previousLevel, textOf(tokens[index + 1]?.children ?? []).trim());
      if (message) problems.push({ bodyLine: lineOf(token), message });
      previousLevel = level;
    } else if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      listDepth++;
      if (listDepth === MAX_LIST_DEPTH + 1) {
        tooDeep = { problem: { bodyLine: lineOf(token), message: "" }, deepest: listDepth };
        problems.push(tooDeep.problem);
      } else if (tooDeep && listDepth > tooDeep.deepest) tooDeep.deepest = listDepth;
    } else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") {
      listDepth--;
      if (listDepth === MAX_LIST_DEPTH && tooDeep) {
        tooDeep.problem.message = listDepthMessage(tooDeep.deepest);
        tooDeep = undefined;
      }
    } else if (token.type === "table_open") {
      let columns = 0;
      for (let cell = index + 1; cell < tokens.length && tokens[cell]!.type !== "tr_close"; cell++) {
        if (tokens[cell]!.type === "th_open") columns++;
      }
      if (columns > MAX_TABLE_COLUMNS) problems.push({ bodyLine: lineOf(token), message: tableMessage(columns) });
    } else if (token.type === "inline" && token.children) {
      problems.push(...linkTextProblems(token.children, lineOf(token)));
    }
  }
  return problems.sort((a, b) => a.bodyLine - b.bodyLine);
}

/** What is wrong with a heading, given the level of the one before it, or undefined. */
function headingProblem(level: number, previousLevel: number, title: string): string | undefined {
  const named = title ? `The heading "${title}"` : "This heading";
  const hashes = "#".repeat(level);
  if (!title) {
    return `This heading (${hashes}) has no words, so people using screen readers hear an empty heading. Write the heading after the ${hashes}, or delete the line.`;
  }
  if (level === 1) {
    return `${named} is a level-1 heading (#), but the page's title is already its level-1 heading. Start it with ## instead.`;
  }
  if (level > previousLevel + 1) {
    return previousLevel === 1
      ? `${named} is level ${level} (${hashes}), but the first heading in the text must be level 2 (##), under the page's title. Start it with ## instead.`
      : `${named} jumps from level ${previousLevel} (${"#".repeat(previousLevel)}) to level ${level} (${hashes}), skipping a level, which confuses people using screen readers. Start it with ${"#".repeat(previousLevel + 1)} instead.`;
  }
  return undefined;
}

function listDepthMessage(depth: number): string {
  return `This list is nested ${depth} levels deep (a list inside a list, ${depth - 1} times over), and lists can go ${MAX_LIST_DEPTH} deep at most: each level is indented further, and on a phone the words are squeezed into a narrow strip. Split it into shorter lists under their own headings (## …), or write the inner levels as sentences.`;
}

function tableMessage(columns: number): string {
  return `This table has ${columns} columns, too wide to read on a phone, where about ${MAX_TABLE_COLUMNS} fit across the screen. Split it into tables of ${MAX_TABLE_COLUMNS} columns or fewer, turn it round so that the many things are rows and not columns, or link to a spreadsheet of it instead.`;
}

/** Links whose words are longer than MAX_LINK_TEXT, each on the line of the text it starts on. */
function linkTextProblems(children: readonly Token[], firstLine: number): StructureProblem[] {
  const problems: StructureProblem[] = [];
  let line = firstLine;
  let link: { line: number; words: Token[] } | undefined;
  for (const child of children) {
    if (child.type === "link_open") link = { line, words: [] };
    else if (child.type === "link_close" && link) {
      const text = textOf(link.words).replace(/\s+/g, " ").trim();
      if (text.length > MAX_LINK_TEXT) problems.push({ bodyLine: link.line, message: linkTextMessage(text) });
      link = undefined;
    } else link?.words.push(child);
    if (child.type === "softbreak" || child.type === "hardbreak") line++;
  }
  return problems;
}

function linkTextMessage(text: string): string {
  const start = text.slice(0, 40).replace(/\s+\S*$/, "");
  return `The link's words are ${text.length} characters long ("${start} …"), and people using screen readers hear all of them each time they move through the page's links. Make only the few words that say where it goes the link, up to ${MAX_LINK_TEXT} characters, and leave the rest of the sentence outside the square brackets: [the summit's programme](…) is on the council's website.`;
}

/** The words of inline tokens as a reader sees them, with an image's alt text. */
export function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === "text" || token.type === "code_inline") return token.content;
      if (token.type === "softbreak" || token.type === "hardbreak") return " ";
      if (token.type === "image") return textOf(token.children ?? []);
      return "";
    })
    .join("");
}

/** What Eleventy passes markdown-it as `env`: the page's data. Absent when the Markdown is rendered on its own. */
interface PageEnv {
  page?: { inputPath?: string };
}

/**
 * The build's check of a page's structure, as markdown-it parses it for Eleventy: a page that breaks it stops the
 * build with each of its problems on its line. Text rendered on its own (no page) is not a page, and not checked.
 */
export function pageStructure(md: MarkdownIt): void {
  md.core.ruler.push("page_structure", (state) => {
    const inputPath = (state.env as PageEnv | undefined)?.page?.inputPath;
    if (!inputPath) return true;
    const problems = structureProblems(state.tokens);
    if (!problems.length) return true;
    // The text starts after the front matter: its lines are counted once there is something to say.
    const bodyLine = splitContentFile(readFileSync(inputPath, "utf8")).bodyLine;
    const file = projectPath(inputPath);
    throw new ContentError(problems.map((problem) => ({ file, line: bodyLine + problem.bodyLine, message: problem.message })));
  });
}
