import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { contentRootOf, contentTypeOf, contentTypes, type ContentTypeName } from "../contentTypes.ts";
import { relatedNotFoundMessage } from "../filters/relatedPages.ts";
import { ContentError, type ContentProblem } from "../frontMatter/contentProblem.ts";
import { parseFrontMatter, type ParsedFrontMatter } from "../frontMatter/parseFrontMatter.ts";
import { splitContentFile } from "../frontMatter/splitContentFile.ts";
import { frontMatterImageProblems, type FrontMatterImage } from "../images/frontMatterImage.ts";
import { schemaProblems } from "../schemas/schemaProblems.ts";
import { topicList } from "../settings/topicList.ts";
import type { TopicSetting } from "../settings/topicsSchema.ts";
import { topicProblems } from "../settings/topicProblems.ts";

interface PageData {
  page: { inputPath: string };
}

/**
 * Each file's front matter as last parsed, by absolute path, with the text it was parsed from: the content check reads
 * every file before the build, and Eleventy then hands the same text to its YAML engine, which takes the parse from
 * here rather than parsing it again (at thousands of pages, seconds of every build).
 */
const parsedByFile = new Map<string, { text: string; parsed: ParsedFrontMatter }>();

function parsedFrontMatter(inputPath: string, text: string): ParsedFrontMatter {
  // gray-matter keeps the line break after the opening ---, splitContentFile does not: the same text either way.
  const yaml = text.replace(/^\r?\n/, "").replace(/\r?\n$/, "");
  const key = path.resolve(inputPath);
  const known = parsedByFile.get(key);
  if (known?.text === yaml) return known.parsed;
  const parsed = parseFrontMatter(yaml, 2);
  parsedByFile.set(key, { text: yaml, parsed });
  return parsed;
}

const shown = (inputPath: string) => path.relative(process.cwd(), inputPath).split(path.sep).join("/");

/** A content file's front matter, read from the file now, through the site's one YAML reader. */
export function readContentFile(inputPath: string): ParsedFrontMatter {
  const parts = splitContentFile(readFileSync(inputPath, "utf8"));
  if (parts.frontMatter === undefined) {
    return {
      data: {},
      lineOf: () => undefined,
      problems: [
        {
          line: 1,
          message:
            "The file does not start with front matter. Its first line must be --- on its own, then the fields (title: …), then another line of ---.",
        },
      ],
    };
  }
  return parsedFrontMatter(inputPath, parts.frontMatter);
}

/**
 * Eleventy's YAML engine: the site's reader, which refuses what YAML must not
 * carry into the build (see parseFrontMatter.ts). `text` is what gray-matter
 * found between the --- lines.
 */
function yamlEngine(text: string, options?: { filePath?: string }): Record<string, unknown> {
  const file = options?.filePath ?? "?";
  const parsed = parsedFrontMatter(file, text);
  if (parsed.problems.length) throw new ContentError(parsed.problems.map((problem) => ({ ...problem, file: shown(file) })));
  // A copy: the data cascade adds to what it is given, and validation must see what the editor wrote.
  return structuredClone(parsed.data);
}

/** Front matter in any language but YAML is code (`---js` runs JavaScript): refused without being read. */
function refusedLanguage(language: string) {
  return (_text: string, options?: { filePath?: string }) => {
    throw new ContentError([
      {
        file: shown(options?.filePath ?? "?"),
        line: 1,
        message: `The front matter starts with ---${language}, which would run it as code. Start it with --- alone on the first line, and write the fields in YAML (title: …).`,
      },
    ]);
  };
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
  const file = shown(data.page.inputPath);
  if (!file.endsWith(".md")) return [];
  const type = contentTypeOf(data.page.inputPath);
  if (!type) {
    const folders = Object.values(contentTypes).map((contentType) => contentType.folder);
    return [
      {
        file,
        message: `This Markdown file is not in a content folder, so the site does not know what kind of page it is. Move it into one of: ${folders.join(", ")}.`,
      },
    ];
  }
  const parsed = readContentFile(data.page.inputPath);
  const { problems, image } = checkedFrontMatter(file, type, parsed);
  const topics = knownTopics();
  // Files are looked for every time: one may have been deleted while the page naming it was not.
  return [
    ...problems,
    ...frontMatterImageProblems(file, data.page.inputPath, image, parsed.lineOf(["image", "src"])),
    ...relatedFileProblems(file, data.page.inputPath, parsed),
    ...(topics ? topicProblems(file, parsed.data["topics"], topics, parsed.lineOf) : []),
  ];
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

export default function contentValidation(eleventyConfig: UserConfig): void {
  const refused = Object.fromEntries(
    ["javascript", "js", "jsLegacy", "json", "node", "toml", "coffee", "cson"].map((language) => [
      language,
      refusedLanguage(language),
    ]),
  );
  eleventyConfig.setFrontMatterParsingOptions({ language: "yaml", engines: { ...refused, yaml: yamlEngine } } as object);
  // Every page's front matter is checked once a build, all together, before Eleventy reads a file
  // (plugins/contentFolderCheck.ts): checking each again as Eleventy renders it read every file a second time.
}
