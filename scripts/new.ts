/**
 * `npm run new -- <news|event|example> "<Title>"`: starts a content file in
 * the right folder, with the right name, and every field it needs, each under
 * a note (a YAML # comment) saying what it is. The notes are the schemas'
 * own descriptions (eleventy/schemas/), so they never disagree with the build.
 *
 * The file is valid as soon as it is written, and a draft (`draft: true`):
 * `npm start` shows it, marked as a draft, and `npm run build` leaves it out
 * until the editor deletes that line, so a half-written page is never
 * published by accident. What the editor must write says "Replace this", which
 * `npm run lint:content` reports until it is replaced.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { DateTime } from "luxon";
import type { z } from "zod";
import { contentTypes, isContentTypeName, type ContentTypeName } from "../eleventy/contentTypes.ts";
import { SITE_ZONE } from "../eleventy/filters/dates.ts";
import { shapeOf } from "../eleventy/schemas/formatSchemaError.ts";
import { validateContentFile } from "../eleventy/plugins/contentValidation.ts";
import { TITLE_MAX } from "../eleventy/schemas/fields.ts";
import { slug as slugOf } from "../eleventy/slug.ts";
import { PLACEHOLDER } from "./lint/contentRules.ts";

/** A mistake in how the command was run: its message is for the editor, and the command exits with 1. */
export class NewFileError extends Error {}

export const USAGE = [
  `Usage: npm run new -- <${Object.keys(contentTypes).join("|")}> "<Title>"`,
  "",
  "  news     a news article, in content/news/, dated today",
  "  event    an event page, in content/events/",
  "  example  an example of how loneliness is tackled, in content/examples/",
  "",
  'For example: npm run new -- news "Summit on loneliness to be held in Leicester"',
].join("\n");

interface Context {
  title: string;
  today: Date;
  nextOrder: number;
}

/** What a new file says for each field it writes. A required field missing here fails the tests (tests/unit/newContentFile.test.ts). */
const VALUES: Record<string, (context: Context) => unknown> = {
  title: ({ title }) => title,
  description: () => `${PLACEHOLDER}: one sentence summing up the page.`,
  date: ({ today }) => today,
  draft: () => true,
  day: ({ today }) => today,
  venue: () => ({ name: `${PLACEHOLDER}: the venue's name` }),
  organisers: () => ["Leicestershire County Council"],
  provider: () => `${PLACEHOLDER}: who provides it`,
  order: ({ nextOrder }) => nextOrder,
};

/** Fields written although the schema does not require them on their own: an event needs `day` (or `start`). */
const ALSO_WRITTEN: Partial<Record<ContentTypeName, string[]>> = { event: ["day"] };

const BODY = `${PLACEHOLDER}: write the page here, in Markdown. Start with a sentence or two that sum it up; give any headings two hash signs (## Heading).\n`;

/** The file to create, relative to `root`, and its text. Throws NewFileError when the command cannot go ahead. */
export function newContentFile(
  args: string[],
  { root = ".", now = new Date() }: { root?: string; now?: Date } = {},
): { file: string; text: string; type: ContentTypeName } {
  const [type, ...words] = args;
  const title = words.join(" ").trim();
  if (!isContentTypeName(type) || !title) {
    const problem =
      type === undefined
        ? ""
        : !isContentTypeName(type)
          ? `"${type}" is not a kind of page this site has.\n\n`
          : "The title is missing.\n\n";
    throw new NewFileError(`${problem}${USAGE}`);
  }
  if (title.length > TITLE_MAX) {
    throw new NewFileError(
      `The title is ${title.length} characters long, and the most it can be is ${TITLE_MAX}. Shorten it and run the command again.`,
    );
  }
  // The same slug as the page's address is made with, so the file name and the address agree.
  const slug = slugOf(title);
  if (!slug)
    throw new NewFileError(
      `The title "${title}" has no letters or numbers to make the file name from. Give it a title with words.`,
    );

  const { folder, schema } = contentTypes[type];
  const todayText = DateTime.fromJSDate(now, { zone: SITE_ZONE }).toISODate()!;
  const existing = markdownFiles(path.join(root, folder));
  const name = type === "news" ? `${todayText}-${slug}.md` : `${slug}.md`;
  const clash = existing.find((file) => (type === "news" ? file.replace(/^\d{4}-\d{2}-\d{2}-/, "") : file) === `${slug}.md`);
  if (clash) {
    throw new NewFileError(
      `${folder}/${clash} already exists, with the same name "${slug}" that this title gives. ` +
        "Give the new page a different title, or edit that file instead.",
    );
  }

  const context: Context = {
    title,
    today: new Date(`${todayText}T00:00:00Z`),
    nextOrder: nextOrder(path.join(root, folder), existing),
  };
  return { file: `${folder}/${name}`, text: frontMatter(type, schema, context) + BODY, type };
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).filter((file) => file.endsWith(".md") && file.toLowerCase() !== "readme.md");
}

/** One more than the highest `order:` in the folder, so a new example goes at the end of the list. */
function nextOrder(folder: string, files: string[]): number {
  const orders = files
    .map((file) => Number(matter(readFileSync(path.join(folder, file), "utf8"), {}).data["order"]))
    .filter(Number.isInteger);
  return Math.max(0, ...orders) + 1;
}

function frontMatter(type: ContentTypeName, schema: z.ZodType, context: Context): string {
  const shape = shapeOf(schema);
  const required = (name: string) => !shape[name]!.safeParse(undefined).success;
  const written = [
    "draft",
    ...Object.keys(shape).filter((name) => name !== "draft" && (required(name) || ALSO_WRITTEN[type]?.includes(name))),
  ];
  const optional = Object.keys(shape).filter((name) => !written.includes(name));

  const lines = [
    "---",
    "# Lines that start with # are notes for you: the website ignores them.",
    `# Write your own words wherever it says "${PLACEHOLDER}", look at the page with`,
    "# npm start, then delete the line draft: true to publish it.",
  ];
  for (const name of written) {
    const value = VALUES[name];
    if (!value) throw new Error(`scripts/new.ts has nothing to write for the field "${name}": add it to VALUES there.`);
    lines.push("", ...comment(shape[name]!.description ?? name), `${name}:${yaml(value(context), "")}`);
  }
  if (optional.length) {
    lines.push("", "# Fields you can add, if you need them:");
    for (const name of optional) {
      const [first, ...example] = (shape[name]!.description ?? "").split("\n");
      lines.push(`# - ${name}: ${first}`, ...example.map((line) => `#   ${line}`));
    }
  }
  return `${lines.join("\n")}\n---\n`;
}

/** A schema description as YAML comment lines: a sentence, or a sentence and its example when it has one. */
function comment(description: string): string[] {
  const text = description.charAt(0).toUpperCase() + description.slice(1);
  const sentence = text.includes("\n") || /[.:]$/.test(text) ? text : `${text}.`;
  return sentence.split("\n").map((line) => `# ${line}`);
}

/** A value written after "field:", in the style of the existing content: plain words, quoted only when YAML needs it. */
function yaml(value: unknown, indent: string): string {
  if (value instanceof Date) return ` ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return value.map((item) => `\n${indent}  - ${scalar(item)}`).join("");
  if (value && typeof value === "object") {
    return Object.entries(value)
      .map(([key, item]) => `\n${indent}  ${key}:${yaml(item, `${indent}  `)}`)
      .join("");
  }
  return ` ${scalar(value)}`;
}

function scalar(value: unknown): string {
  if (typeof value !== "string") return String(value);
  return /^[\p{L}\p{N}][\p{L}\p{N} ,.'’()&!?–-]*$/u.test(value) && readsBackAs(value) ? value : JSON.stringify(value);
}

/** Whether YAML reads the words back unchanged, and not as, say, a number, a date or true. */
function readsBackAs(value: string): boolean {
  try {
    return matter(`---\nvalue: ${value}\n---\n`, {}).data["value"] === value;
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { file, text, type } = newContentFile(process.argv.slice(2));
    writeFileSync(file, text, { flag: "wx" }); // wx: never overwrite, even a file made a moment ago
    try {
      validateContentFile({ contentType: type, page: { inputPath: file } });
    } catch (error) {
      rmSync(file);
      throw new Error(
        `npm run new wrote a file the site would not accept, so it was deleted. Please report this:\n${(error as Error).message}`,
      );
    }
    console.log(file);
    console.log(
      `\nNext: open it, write your own words wherever it says "${PLACEHOLDER}", and look at the page with npm start ` +
        "(it is marked as a draft there). To publish it, delete the line draft: true.",
    );
  } catch (error) {
    console.error(error instanceof NewFileError ? error.message : `Could not create the file: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
