import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { contentTypes, isContentTypeName } from "../contentTypes.ts";
import { findImpossibleDates } from "../schemas/findImpossibleDates.ts";
import { formatSchemaError } from "../schemas/formatSchemaError.ts";
import { frontMatterImageProblems } from "../images/frontMatterImage.ts";

interface PageData {
  contentType?: unknown;
  page: { inputPath: string };
}

/**
 * Every Markdown page belongs to a content type (set by its folder's
 * directory data) and its front matter must pass that type's schema, or the
 * build stops with the file, the field and what was expected.
 *
 * The front matter is read from the file itself, not from the data cascade,
 * so that a misspelt field is caught instead of hidden by inherited data.
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

  const { schema } = contentTypes[type];
  // With options (even none), gray-matter skips its cache, whose copies lack `.matter`: a rebuild under `npm start` would crash.
  const parsed = matter(readFileSync(data.page.inputPath, "utf8"), {});
  const problems = findImpossibleDates(parsed.matter).map(
    ({ line, text }) => `${file}:${line}: ${text} is not a real date (check the month and day; dates are written YYYY-MM-DD)`,
  );
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) problems.push(formatSchemaError(file, schema, result.error));
  else problems.push(...frontMatterImageProblems(file, data.page.inputPath, result.data.image, parsed.matter));
  if (problems.length) {
    throw new Error(`The front matter (the part between the --- lines) needs fixing:\n${problems.join("\n")}`);
  }
}

export default function contentValidation(eleventyConfig: UserConfig): void {
  // A function-valued global is called once; what it returns becomes the data.
  eleventyConfig.addGlobalData("eleventyDataSchema", () => validateContentFile);
}
