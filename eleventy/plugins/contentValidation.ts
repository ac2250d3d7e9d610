import { readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { contentTypeOf, contentTypes, type ContentTypeName } from "../contentTypes.ts";
import { ContentError, type ContentProblem } from "../frontMatter/contentProblem.ts";
import { parseFrontMatter, type ParsedFrontMatter } from "../frontMatter/parseFrontMatter.ts";
import { splitContentFile } from "../frontMatter/splitContentFile.ts";
import { frontMatterImageProblems, type FrontMatterImage } from "../images/frontMatterImage.ts";
import { schemaProblems } from "../schemas/schemaProblems.ts";

interface PageData {
  page: { inputPath: string };
}

/**
 * Each file's front matter as the build read it, by absolute path, so that
 * validation does not read and parse every file a second time: at thousands
 * of pages that was seconds of every build.
 */
const frontMatterByFile = new Map<string, ParsedFrontMatter>();

const shown = (inputPath: string) => path.relative(process.cwd(), inputPath).split(path.sep).join("/");

/** A content file's front matter, through the site's one YAML reader; problems with the file itself come with it. */
export function readContentFile(inputPath: string): ParsedFrontMatter {
  const known = frontMatterByFile.get(path.resolve(inputPath));
  if (known) return known;
  // Not read by Eleventy (scripts/new.ts, the content lint, a unit test): read the file.
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
  return parseFrontMatter(parts.frontMatter, parts.frontMatterLine);
}

/**
 * Eleventy's YAML engine: the site's reader, which refuses what YAML must not
 * carry into the build (see parseFrontMatter.ts). `text` is what gray-matter
 * found between the --- lines, from just after the opening ---.
 */
function yamlEngine(text: string, options?: { filePath?: string }): Record<string, unknown> {
  // gray-matter keeps the line break after the opening ---: the text's first line is then the file's first.
  const parsed = parseFrontMatter(text, /^\r?\n/.test(text) ? 1 : 2);
  const file = options?.filePath;
  if (parsed.problems.length)
    throw new ContentError(parsed.problems.map((problem) => ({ ...problem, file: shown(file ?? "?") })));
  if (file) frontMatterByFile.set(path.resolve(file), parsed);
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
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) problems.push(...schemaProblems(file, schema, result.error, parsed.lineOf));
  const image = result.success ? (result.data as { image?: FrontMatterImage }).image : undefined;
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
  // The image file is looked for every time: it may have been deleted while its page was not.
  return [...problems, ...frontMatterImageProblems(file, data.page.inputPath, image, parsed.lineOf(["image", "src"]))];
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
  // Eleventy calls a data schema for every page before it is rendered.
  eleventyConfig.addGlobalData("eleventyDataSchema", () => validateContentFile);
}
