import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { contentTypes, isContentTypeName, type ContentTypeName } from "../contentTypes.ts";
import { findImpossibleDates } from "../schemas/findImpossibleDates.ts";
import { formatSchemaError } from "../schemas/formatSchemaError.ts";
import { frontMatterImageProblems, type FrontMatterImage } from "../images/frontMatterImage.ts";

interface PageData {
  contentType?: unknown;
  page: { inputPath: string };
}

/** A content file's front matter, as written: its text and what YAML made of it. */
interface FrontMatter {
  matter: string;
  data: Record<string, unknown>;
}

type YamlEngine = (text: string, options?: { filePath?: string }) => unknown;
interface FrontMatterOptions {
  frontMatterParsingOptions: { engines: { yaml: YamlEngine } };
  setFrontMatterParsingOptions(options: { engines: { yaml: YamlEngine } }): void;
}

/**
 * The front matter of each file, by absolute path, kept as Eleventy parses it
 * (a copy, before the data cascade adds to it), so that validation does not
 * read and parse every file a second time: at thousands of pages that was
 * seconds of every build.
 */
const frontMatterByFile = new Map<string, FrontMatter>();

function frontMatterOf(inputPath: string): FrontMatter {
  const known = frontMatterByFile.get(path.resolve(inputPath));
  if (known) return known;
  // Not parsed by Eleventy (a unit test calls this directly): read the file.
  // With options (even none), gray-matter skips its cache, whose copies lack `.matter`: a rebuild under `npm start` would crash.
  const parsed = matter(readFileSync(inputPath, "utf8"), {});
  return { matter: parsed.matter, data: parsed.data };
}

/**
 * Each file's front matter is checked against its type's schema once, not
 * again on every save under `npm start` (Eleventy asks for every page each
 * time): Eleventy parses a changed file again, giving a new object here.
 */
const checked = new WeakMap<FrontMatter, { type: ContentTypeName; problems: string[]; image: FrontMatterImage | undefined }>();

function checkedFrontMatter(file: string, type: ContentTypeName, parsed: FrontMatter) {
  const known = checked.get(parsed);
  if (known?.type === type) return known;
  const { schema } = contentTypes[type];
  const problems = findImpossibleDates(parsed.matter).map(
    ({ line, text }) => `${file}:${line}: ${text} is not a real date (check the month and day; dates are written YYYY-MM-DD)`,
  );
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) problems.push(formatSchemaError(file, schema, result.error));
  const outcome = { type, problems, image: result.success ? result.data.image : undefined };
  checked.set(parsed, outcome);
  return outcome;
}

/**
 * Every Markdown page belongs to a content type (set by its folder's
 * directory data) and its front matter must pass that type's schema, or the
 * build stops with the file, the field and what was expected.
 *
 * The front matter is the file's own, as written (kept as Eleventy parsed it),
 * not the data cascade, so that a misspelt field is caught instead of hidden
 * by inherited data.
 */
export function validateContentFile(data: PageData): void {
  const file = path.relative(process.cwd(), data.page.inputPath);
  if (!file.endsWith(".md")) return;

  const type = data.contentType;
  if (!isContentTypeName(type)) {
    const folders = Object.values(contentTypes).map((contentType) => contentType.folder);
    throw new Error(
      `${file}: this Markdown file is not in a content folder, so the site does not know what kind of page it is. ` +
        `Move it into one of: ${folders.join(", ")}.`,
    );
  }

  const parsed = frontMatterOf(data.page.inputPath);
  const { problems: schemaProblems, image } = checkedFrontMatter(file, type, parsed);
  // The image file is looked for every time: it may have been deleted while its page was not.
  const problems = [...schemaProblems, ...frontMatterImageProblems(file, data.page.inputPath, image, parsed.matter)];
  if (problems.length) {
    throw new Error(`The front matter (the part between the --- lines) needs fixing:\n${problems.join("\n")}`);
  }
}

export default function contentValidation(eleventyConfig: UserConfig): void {
  // Eleventy's own YAML parser (js-yaml), wrapped to keep a copy of each file's front matter as written.
  const config = eleventyConfig as unknown as FrontMatterOptions;
  const parseYaml = config.frontMatterParsingOptions.engines.yaml;
  config.setFrontMatterParsingOptions({
    engines: {
      yaml: (text, options) => {
        const data = parseYaml(text, options);
        if (options?.filePath) {
          frontMatterByFile.set(path.resolve(options.filePath), {
            matter: text,
            data: structuredClone((data ?? {}) as Record<string, unknown>),
          });
        }
        return data;
      },
    },
  });
  // A function-valued global is called once; what it returns becomes the data.
  eleventyConfig.addGlobalData("eleventyDataSchema", () => validateContentFile);
}
