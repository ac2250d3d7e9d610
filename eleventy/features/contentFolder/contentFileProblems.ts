import { existsSync } from "node:fs";
import path from "node:path";
import { contentRootOf, projectPath } from "../../core/contentPaths.ts";
import { ContentError, type ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import type { ParsedFrontMatter } from "../../model/frontMatter/parseFrontMatter.ts";
import { readContentFile } from "../../model/frontMatter/readContentFile.ts";
import { schemaProblems } from "../../model/schemas/schemaProblems.ts";
import { topicList } from "../../model/settings/topicList.ts";
import type { TopicSetting } from "../../model/settings/topicsSchema.ts";
import { topicProblems } from "../../model/settings/topicProblems.ts";
import { contentTypeOf, contentTypes, type ContentTypeName } from "../../registry/contentTypes.ts";
import { relatedNotFoundMessage } from "../filters/relatedPages.ts";
import { frontMatterImageProblems, type FrontMatterImage } from "../images/frontMatterImage.ts";

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
export function contentFileProblems(data: PageData): ContentProblem[] {
  return checkedContentFile(data).problems;
}

/**
 * contentFileProblems, with the front matter the file was checked by: its fields, when they passed, for the checks
 * of every page together (features/contentFolder/sharedAddresses.ts).
 */
export function checkedContentFile(data: PageData): { problems: ContentProblem[]; fields?: Record<string, unknown> } {
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
  const parsed = readContentFile(data.page.inputPath);
  const { problems, image } = checkedFrontMatter(file, type, parsed);
  const topics = knownTopics();
  // Files are looked for every time: one may have been deleted while the page naming it was not.
  const all = [
    ...problems,
    ...frontMatterImageProblems(file, data.page.inputPath, image, parsed.lineOf(["image", "src"])),
    ...relatedFileProblems(file, data.page.inputPath, parsed),
    ...(topics ? topicProblems(file, parsed.data["topics"], topics, parsed.lineOf) : []),
  ];
  return problems.length ? { problems: all } : { problems: all, fields: parsed.data };
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
export function validateContentFile(data: PageData): void {
  const problems = contentFileProblems(data);
  if (problems.length) throw new ContentError(problems);
}
