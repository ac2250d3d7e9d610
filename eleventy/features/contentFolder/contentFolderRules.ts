import { IMAGE_EXTENSIONS } from "../../core/contentPaths.ts";
import { slug as slugify } from "../../core/slug.ts";
import { printable } from "../../model/frontMatter/contentProblem.ts";
import { contentTypes, typeOfContentPath } from "../../registry/contentTypes.ts";

/*
 * What content/ may hold: words, pictures and settings, nothing that runs.
 * Page templates, data files in JavaScript and layouts are code, kept outside
 * content/ and reviewed by the web team.
 */

/** The largest Markdown file accepted: a long article is some 50 KB; more is a pasted document or a mistake. */
export const MAX_MARKDOWN_BYTES = 1024 * 1024;

/** The folder of settings files, inside content/, and the kind of file they are. */
export const SETTINGS_FOLDER = "settings";
export const SETTINGS_EXTENSION = "yml";

/** Whether a file, by its path inside content/, is a kind content/ may hold. */
export function isAllowedContentFile(relativePath: string): boolean {
  const extension = /\.([^./]+)$/.exec(relativePath)?.[1]?.toLowerCase() ?? "";
  if (relativePath.split("/").some((part) => part.startsWith("."))) return false;
  if (extension === "md") return true;
  if (IMAGE_EXTENSIONS.includes(extension)) return true;
  return relativePath.startsWith(`${SETTINGS_FOLDER}/`) && extension === SETTINGS_EXTENSION;
}

/** What an editor is told about a file that is not allowed. */
export function refusedFileMessage(relativePath: string): string {
  const isCode = /\.(c?m?[jt]sx?|njk|liquid|html?|hbs|mustache|ejs|haml|pug|11ty\.\w+|json|ya?ml|toml|cjs|mjs|sh|py)$/i.test(
    relativePath,
  );
  return (
    (isCode
      ? "This kind of file is code or a template, and content/ holds only words, pictures and settings: code and templates belong to the web team, outside content/. "
      : "content/ holds only Markdown pages (.md), images and the settings in content/settings/*.yml, so this file cannot be published. ") +
    `Delete it from this pull request, or ask the web team if the site needs it. Images can be ${IMAGE_EXTENSIONS.map((extension) => `.${extension}`).join(", ")}.`
  );
}

/** A page's file name: lower-case words and numbers joined by hyphens, for it becomes the page's address. */
const PAGE_FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.md$/;
const DATE = /\d{4}-\d{2}-\d{2}/;

/**
 * What is wrong with a Markdown page's file name, with the name to give it
 * instead, or undefined. `2026-11-25 Libraries open longer.md` would publish
 * at /2026-11-25-libraries-open-longer/, and a news article's name must start
 * with its date, once. `writtenDate` gives the date its front matter says
 * (`date:`), asked only when a news article's name is wrong, to name it by.
 */
export function fileNameProblem(relativePath: string, writtenDate?: () => Date | undefined): string | undefined {
  const name = relativePath.split("/").at(-1)!;
  if (name.toLowerCase() === "readme.md") return undefined;
  const type = typeOfContentPath(relativePath);
  const datedName = type !== undefined && contentTypes[type].datedFileNames;
  const date = DATE.exec(name)?.[0];
  // Only when the name is wrong: every name is different, so slugify's cache cannot help, and a well-named file
  // would cost a call (seconds of a build at thousands of articles).
  const words = () => slugify(name.replace(/\.md$/i, "").replaceAll(new RegExp(DATE, "g"), " ")) || "page";
  // The page's own date, from its front matter, which is the date its address and listings go by; else the name's.
  const dateToUse = () => {
    const written = writtenDate?.();
    return written instanceof Date && !Number.isNaN(written.getTime()) ? written.toISOString().slice(0, 10) : date;
  };
  const better = () => {
    const dated = datedName ? dateToUse() : undefined;
    return `${dated ? `${dated}-` : ""}${words()}.md`;
  };
  if (!PAGE_FILE_NAME.test(name)) {
    return `The file name "${printable(name)}" has spaces, capital letters or other characters that cannot be in a web address, and it becomes the page's address. Rename the file ${better()}.`;
  }
  if (datedName && !name.startsWith(`${date}-`)) {
    const dated = dateToUse();
    const start = "A news article's file name starts with its date, YYYY-MM-DD, then a few words";
    return dated
      ? `${start}: rename "${printable(name)}" to ${dated}-${words()}.md, with the date its date: field gives.`
      : `${start}: rename "${printable(name)}" to the article's date followed by ${words()}.md, such as 2018-11-26-${words()}.md for an article of 26 November 2018.`;
  }
  if (datedName && DATE.test(name.slice(11))) {
    return `The file name "${printable(name)}" has its date twice, and the second would be in the page's address. Rename the file ${better()}.`;
  }
  return undefined;
}
