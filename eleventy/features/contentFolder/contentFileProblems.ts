import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { contentRootOf, FILE_NAME_DATE, projectPath, withoutFileNameDate } from "../../core/contentPaths.ts";
import { toLondonDateTime } from "../../core/dates.ts";
import { ContentError, type ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import type { ParsedFrontMatter } from "../../model/frontMatter/parseFrontMatter.ts";
import { readContentPage } from "../../model/frontMatter/readContentFile.ts";
import { pageLifeProblems } from "../../model/schemas/pageLifeProblems.ts";
import { schemaProblems } from "../../model/schemas/schemaProblems.ts";
import { SITE_SETTINGS_FILE, siteSettings } from "../../model/settings/siteSettings.ts";
import { topicList } from "../../model/settings/topicList.ts";
import type { TopicSetting } from "../../model/settings/topicsSchema.ts";
import { topicProblems } from "../../model/settings/topicProblems.ts";
import { contentTypeOf, contentTypes, type ContentTypeName } from "../../registry/contentTypes.ts";
import { relatedNotFoundMessage } from "../filters/relatedPages.ts";
import { frontMatterImageProblems, type FrontMatterImage } from "../images/frontMatterImage.ts";
import { refusedLinkProblems } from "../markdown/refusedLinks.ts";
import { reservedPageProblems } from "./reservedAddressProblems.ts";

interface PageData {
  page: { inputPath: string };
}

/**
 * Each file's front matter is checked against its type's schema once, not
 * again on every save under `npm start` (Eleventy asks for every page each
 * time): Eleventy parses a changed file again, giving a new object here.
 */
const checked = new WeakMap<
  ParsedFrontMatter,
  { type: ContentTypeName; problems: ContentProblem[]; image: FrontMatterImage | undefined }
>();

function checkedFrontMatter(file: string, type: ContentTypeName, parsed: ParsedFrontMatter) {
  const known = checked.get(parsed);
  if (known?.type === type) return known;
  const { schema } = contentTypes[type];
  const problems: ContentProblem[] = parsed.problems.map((problem) => ({ ...problem, file }));
  // YAML that could not be read gives no fields: every one would be reported missing, hiding the mistake that matters.
  const result = problems.length ? undefined : schema.safeParse(parsed.data, { reportInput: true });
  if (result && !result.success) problems.push(...schemaProblems(file, schema, result.error, parsed.lineOf));
  const image = result?.success ? (result.data as { image?: FrontMatterImage }).image : undefined;
  const outcome = { type, problems, image };
  checked.set(parsed, outcome);
  return outcome;
}

/**
 * Every Markdown page belongs to a content type (by its folder: contentTypes.ts) and its front matter must pass that
 * type's schema, or the build stops with the file, the line, the field and what was expected.
 *
 * The front matter is the file's own, as written, not the data cascade, so that a misspelt field is caught instead
 * of hidden by inherited data.
 */
export function contentFileProblems(data: PageData, now = new Date()): ContentProblem[] {
  return checkedContentFile(data, now).problems;
}

/**
 * contentFileProblems, with the front matter the file was checked by: its fields, when they passed, for the checks
 * of every page together (features/contentFolder/sharedAddresses.ts).
 */
export function checkedContentFile(
  data: PageData,
  now = new Date(),
): { problems: ContentProblem[]; fields?: Record<string, unknown> } {
  const file = projectPath(data.page.inputPath);
  if (!file.endsWith(".md")) return { problems: [] };
  const type = contentTypeOf(data.page.inputPath);
  if (!type) {
    const folders = Object.values(contentTypes).map((contentType) => contentType.folder);
    return {
      problems: [
        {
          file,
          message: `This Markdown file is not in a content folder, so the site does not know what kind of page it is. Move it into one of: ${folders.join(", ")}.`,
        },
      ],
    };
  }
  const { parsed, body, bodyLine } = readContentPage(data.page.inputPath);
  const { problems, image } = checkedFrontMatter(file, type, parsed);
  const topics = knownTopics();
  // Files are looked for every time: one may have been deleted while the page naming it was not.
  const all = [
    ...problems,
    ...frontMatterImageProblems(file, data.page.inputPath, image, parsed.lineOf(["image", "src"])),
    ...relatedFileProblems(file, data.page.inputPath, parsed),
    ...reservedPageProblems(file, data.page.inputPath, parsed),
    ...(topics ? topicProblems(file, parsed.data["topics"], topics, parsed.lineOf) : []),
    ...datedNameProblems(file, type, parsed),
    ...campaignHubProblems(file, type, data.page.inputPath),
    ...missingTextProblems(file, type, parsed, body, bodyLine),
    ...linkProblems(file, body, bodyLine),
    ...pageLifeProblems(file, parsed.data, parsed.lineOf, { teams: knownTeams(), now, settingsFile: SITE_SETTINGS_FILE }),
  ];
  return problems.length ? { problems: all } : { problems: all, fields: parsed.data };
}

/**
 * A news article's file name starts with its date, and its address and order go by `date:`: a name dated otherwise
 * misleads whoever looks for the article by its file. A date the reader could not read is reported on its own.
 */
function datedNameProblems(file: string, type: ContentTypeName, parsed: ParsedFrontMatter): ContentProblem[] {
  const named = FILE_NAME_DATE.exec(path.basename(file))?.[0].slice(0, 10);
  const date = parsed.data["date"];
  if (!contentTypes[type].datedFileNames || !named || !(date instanceof Date)) return [];
  const line = parsed.lineOf(["date"]);
  if (parsed.problems.some((problem) => problem.line === line)) return [];
  const dated = toLondonDateTime(date).toISODate()!;
  if (dated === named) return [];
  return [
    {
      file,
      line,
      message: `date: ${dated} is not the date this file's name starts with, ${named}, and a news article's file name starts with its date (its address and its place in the listings go by date:). Write date: ${named}, or rename the file ${dated}-${withoutFileNameDate(path.basename(file))}, whichever is the article's date.`,
    },
  ];
}

/** A campaign's page belongs to the campaign whose folder it is in, whose main page is that folder's index.md. */
function campaignHubProblems(file: string, type: ContentTypeName, inputPath: string): ContentProblem[] {
  if (contentTypes[type].place !== "campaignPage") return [];
  const folder = path.dirname(file);
  if (existsSync(path.join(path.dirname(inputPath), "index.md"))) return [];
  return [
    {
      file,
      message: `This page is in ${folder}/, which has no index.md, the campaign's main page, so the page belongs to no campaign and would never be published. Add the campaign's main page, ${folder}/index.md (copy another campaign's index.md and change its fields), or move this page into the folder of the campaign it belongs to.`,
    },
  ];
}

/** A page of a type that is its words (news), published with front matter and nothing below it. A draft may wait for them. */
function missingTextProblems(
  file: string,
  type: ContentTypeName,
  parsed: ParsedFrontMatter,
  body: string,
  bodyLine: number,
): ContentProblem[] {
  if (!contentTypes[type].needsText || body.trim() || parsed.data["draft"] === true || parsed.problems.length) return [];
  return [
    {
      file,
      line: bodyLine - 1,
      message: `This ${contentTypes[type].label.toLowerCase()} page has front matter but no words below it, so it would be published as a headline with nothing to read. Write its text under the closing --- line, or make it a draft (draft: true) until it is written.`,
    },
  ];
}

/** The refused links of each page's text, as last found, by the text: a save under `npm start` parses only what changed. */
const linksFound = new Map<string, { body: string; problems: ContentProblem[] }>();

function linkProblems(file: string, body: string, bodyLine: number): ContentProblem[] {
  const known = linksFound.get(file);
  if (known?.body === body) return known.problems.map((problem) => ({ ...problem, line: problem.line! + bodyLine }));
  const problems = refusedLinkProblems(file, body, 0);
  linksFound.set(file, { body, problems });
  return problems.map((problem) => ({ ...problem, line: problem.line! + bodyLine }));
}

/** The teams as last read, and the settings file's size and time then: every page's check asks for them. */
let teamsRead: { stamp: string; teams: string[] } | undefined;

/**
 * The teams a page's owner must be one of (content/settings/site.yml); none, so that any owner is taken, while the
 * settings have a mistake, which the content check reports once.
 */
function knownTeams(): string[] {
  const stats = existsSync(SITE_SETTINGS_FILE) ? statSync(SITE_SETTINGS_FILE) : undefined;
  const stamp = `${path.resolve(SITE_SETTINGS_FILE)}:${stats?.size}:${stats?.mtimeMs}`;
  if (teamsRead?.stamp === stamp) return teamsRead.teams;
  let teams: string[] = [];
  try {
    teams = siteSettings().teams;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
  }
  teamsRead = { stamp, teams };
  return teams;
}

/** Each `related:` entry must name a page's file in content/: checked for every file before the build, so that all are reported at once. */
function relatedFileProblems(file: string, inputPath: string, parsed: ParsedFrontMatter): ContentProblem[] {
  const related = parsed.data["related"];
  if (!Array.isArray(related)) return [];
  const root = contentRootOf(inputPath);
  return related.flatMap((reference: unknown, index) =>
    typeof reference === "string" && !existsSync(path.join(root, reference))
      ? [{ file, line: parsed.lineOf(["related", index]), message: relatedNotFoundMessage(reference) }]
      : [],
  );
}

/**
 * The site's topics; undefined while the list itself has a mistake, which the content check reports once: pages' topics
 * are checked against it once it is fixed, rather than every topic of every page being reported meanwhile.
 */
function knownTopics(): TopicSetting[] | undefined {
  try {
    return topicList();
  } catch (error) {
    if (error instanceof ContentError) return undefined;
    throw error;
  }
}

/** Stops the build when a content file needs fixing (see contentFileProblems). */
export function validateContentFile(data: PageData, now = new Date()): void {
  const problems = contentFileProblems(data, now);
  if (problems.length) throw new ContentError(problems);
}
