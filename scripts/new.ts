/**
 * `npm run new -- <type> [campaign] "<Title>"`: starts a content file in the
 * right folder, with the right name, and every field it needs, each under a
 * note (a YAML # comment) saying what it is. The types, their folders and their
 * defaults are the content-type registry's (eleventy/registry/contentTypes.ts), and the
 * notes are the schemas' own descriptions, so they never disagree with the build.
 *
 * The file is valid as soon as it is written, and a draft (`draft: true`):
 * `npm start` shows it, marked as a draft, and `npm run build` leaves it out
 * until the editor deletes that line, so a half-written page is never
 * published by accident. What the editor must write says "Replace this", which
 * `npm run lint:content` reports until it is replaced.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import type { z } from "zod";
import {
  contentTypeNames,
  contentTypes,
  isContentTypeName,
  type ContentTypeName,
  type ScaffoldContext,
} from "../eleventy/registry/contentTypes.ts";
import { CONTENT_FOLDER, withoutFileNameDate } from "../eleventy/core/contentPaths.ts";
import { SITE_ZONE } from "../eleventy/core/dates.ts";
import { parseFrontMatter } from "../eleventy/model/frontMatter/parseFrontMatter.ts";
import { fieldsOf, jsonSchemaOf, requiresField } from "../eleventy/model/schemas/jsonSchema.ts";
import { readContentFile } from "../eleventy/model/frontMatter/readContentFile.ts";
import { validateContentFile } from "../eleventy/features/contentFolder/contentFileProblems.ts";
import { TITLE_MAX } from "../eleventy/model/schemas/fields.ts";
import { topicList, TOPICS_FILE } from "../eleventy/model/settings/topicList.ts";
import { SITE_SETTINGS_FILE, siteSettings } from "../eleventy/model/settings/siteSettings.ts";
import { slug as slugOf } from "../eleventy/core/slug.ts";
import { PLACEHOLDER } from "./lint/contentRules.ts";

/** A mistake in how the command was run: its message is for the editor, and the command exits with 1. */
export class NewFileError extends Error {}

const namesCampaign = (type: ContentTypeName) => "inCampaign" in contentTypes[type].scaffold;

export const USAGE = [
  `Usage: npm run new -- <${contentTypeNames.join("|")}> "<Title>"`,
  ...contentTypeNames.filter(namesCampaign).map((type) => `       npm run new -- ${type} <campaign> "<Title>"`),
  "",
  ...contentTypeNames.map((type) => `  ${type.padEnd(14)}${contentTypes[type].scaffold.usage}`),
  "",
  'For example: npm run new -- news "Summit on loneliness to be held in Leicester"',
  'or, for a page of a campaign: npm run new -- campaign-page tackling-loneliness "Befriending calls"',
].join("\n");

/** What a new file says for the fields every kind of page has; each type adds its own (contentTypes.ts scaffold.values). */
const COMMON_VALUES: Record<string, (context: ScaffoldContext & { title: string }) => unknown> = {
  title: ({ title }) => title,
  description: ({ placeholder }) => placeholder("one sentence summing up the page."),
  date: ({ today }) => today,
  draft: () => true,
};

const placeholder = (what: string) => `${PLACEHOLDER}: ${what}`;

/**
 * The fields that say what has happened to a page since it was published (model/schemas/fields.ts): a new page has
 * none, so they are listed apart, for later.
 */
const AFTER_PUBLICATION = ["updates", "status", "previousDate", "withdrawn"];

const BODY = `${PLACEHOLDER}: write the page here, in Markdown. Start with a sentence or two that sum it up; give any headings two hash signs (## Heading).\n`;

/** The campaigns there are: the folders of content/campaigns/ that hold an index.md. */
function campaignsIn(root: string): string[] {
  const folder = path.join(root, CONTENT_FOLDER, "campaigns");
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => existsSync(path.join(folder, name, "index.md")));
}

/** The file to create, relative to `root`, and its text. Throws NewFileError when the command cannot go ahead. */
export function newContentFile(
  args: string[],
  { root = ".", now = new Date() }: { root?: string; now?: Date } = {},
): { file: string; text: string; type: ContentTypeName } {
  const [type, ...rest] = args;
  const campaign = isContentTypeName(type) && namesCampaign(type) ? rest.shift() : undefined;
  const title = rest.join(" ").trim();
  if (!isContentTypeName(type) || !title) {
    const problem =
      type === undefined
        ? ""
        : !isContentTypeName(type)
          ? `"${type}" is not a kind of page this site has.\n\n`
          : "The title is missing.\n\n";
    throw new NewFileError(`${problem}${USAGE}`);
  }
  if (campaign !== undefined && !campaignsIn(root).includes(campaign)) {
    const campaigns = campaignsIn(root);
    throw new NewFileError(
      `There is no campaign "${campaign}" (no content/campaigns/${campaign}/index.md). ` +
        (campaigns.length ? `Name one of: ${campaigns.join(", ")}. ` : "") +
        `To start a new campaign: npm run new -- campaign "Its title"`,
    );
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

  const { schema, scaffold } = contentTypes[type];
  const todayText = DateTime.fromJSDate(now, { zone: SITE_ZONE }).toISODate()!;
  const file = `${CONTENT_FOLDER}/${scaffold.file(slug, todayText, campaign)}`;
  const folder = path.join(root, path.dirname(file));
  const existing = existsSync(folder) ? markdownFiles(folder) : [];
  // A campaign's hub is its folder's index.md; a page of any other type clashes with a file of the same name, dated or not.
  const clash =
    contentTypes[type].place === "campaignHub"
      ? existsSync(path.join(root, file))
        ? "index.md"
        : undefined
      : existing.find((name) => withoutFileNameDate(name) === withoutFileNameDate(path.basename(file)));
  if (clash) {
    throw new NewFileError(
      `${path.posix.join(path.posix.dirname(file), clash)} already exists, with the same name "${slug}" that this title gives. ` +
        "Give the new page a different title, or edit that file instead.",
    );
  }

  const context = {
    title,
    today: new Date(`${todayText}T00:00:00Z`),
    nextOrder: nextOrder(folder, existing),
    placeholder,
  };
  return { file, text: frontMatter(type, schema, context) + BODY, type };
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).filter((file) => file.endsWith(".md") && !["readme.md", "index.md"].includes(file.toLowerCase()));
}

/** One more than the highest `order:` in the folder, so a new example goes at the end of the list. */
function nextOrder(folder: string, files: string[]): number {
  const orders = files.map((file) => Number(readContentFile(path.join(folder, file)).data["order"])).filter(Number.isInteger);
  return Math.max(0, ...orders) + 1;
}

function frontMatter(type: ContentTypeName, schema: z.ZodType, context: ScaffoldContext & { title: string }): string {
  const json = jsonSchemaOf(schema);
  const fields = fieldsOf(json);
  const { values = {}, alsoWritten = [] } = contentTypes[type].scaffold as {
    values?: Record<string, (context: ScaffoldContext) => unknown>;
    alsoWritten?: readonly string[];
  };
  const written = [
    "draft",
    ...Object.keys(fields).filter((name) => name !== "draft" && (requiresField(json, name) || alsoWritten.includes(name))),
  ];
  const optional = Object.keys(fields).filter((name) => !written.includes(name));

  const lines = [
    "---",
    "# Lines that start with # are notes for you: the website ignores them.",
    `# Write your own words wherever it says "${PLACEHOLDER}", look at the page with`,
    "# npm start, then delete the line draft: true to publish it.",
  ];
  for (const name of written) {
    const value = values[name] ?? COMMON_VALUES[name];
    if (!value) {
      throw new Error(
        `npm run new has nothing to write for the field "${name}": add it to the type's scaffold.values in eleventy/registry/contentTypes.ts.`,
      );
    }
    lines.push("", ...comment(fields[name]!.description ?? name), `${name}:${yaml(value(context), "")}`);
  }
  const note = (name: string) => {
    const [first, ...example] = (fields[name]!.description ?? "").split("\n");
    lines.push(`# - ${name}: ${first}`, ...example.map((line) => `#   ${line}`));
    if (name === "topics") lines.push(...topicsNote());
    if (name === "owner") lines.push(...teamsNote());
    if (name === "reviewBy") lines.push(...reviewNote(type));
  };
  const now = optional.filter((name) => !AFTER_PUBLICATION.includes(name));
  const later = optional.filter((name) => AFTER_PUBLICATION.includes(name));
  if (now.length) {
    lines.push("", "# Fields you can add, if you need them:");
    now.forEach(note);
  }
  if (later.length) {
    lines.push("", "# Fields for later, once the page is published, to say what has happened to it (see docs/editing.md):");
    later.forEach(note);
  }
  return `${lines.join("\n")}\n---\n`;
}

/** The site's teams, for the note on `owner:`, when content/settings/site.yml lists them. */
function teamsNote(): string[] {
  const { teams } = siteSettings();
  return teams.length
    ? [`#   The teams are: ${teams.join(", ")}.`, `#   To add one, add it under teams: in ${SITE_SETTINGS_FILE}.`]
    : [];
}

/** For a type whose pages are due for review by default (a campaign's), when that is. */
function reviewNote(type: ContentTypeName): string[] {
  const years = (contentTypes[type] as { reviewAfterYears?: number }).reviewAfterYears;
  if (!years) return [];
  return [
    `#   Without it, the page is due for review ${years === 1 ? "a year" : `${years} years`} after it was published or last updated.`,
  ];
}

/** The site's topics, for the note on `topics:`: a page can be filed only under these (content/settings/topics.yml). */
function topicsNote(): string[] {
  const names = topicList().map((topic) => topic.name);
  return [`#   The topics are: ${names.join(", ")}.`, `#   To add one, add it to ${TOPICS_FILE} first.`];
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
    const parsed = parseFrontMatter(`value: ${value}`);
    return !parsed.problems.length && parsed.data["value"] === value;
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { file, text } = newContentFile(process.argv.slice(2));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: "wx" }); // wx: never overwrite, even a file made a moment ago
    try {
      validateContentFile({ page: { inputPath: file } });
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
