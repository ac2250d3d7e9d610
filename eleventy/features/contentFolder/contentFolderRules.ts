import { IMAGE_EXTENSIONS } from "../../core/contentPaths.ts";
import { slug as slugify } from "../../core/slug.ts";
import { closest, distance } from "fastest-levenshtein";
import { ACCESSIBILITY_SETTINGS_FILE } from "../../model/settings/accessibilitySettings.ts";
import { CONTACT_SETTINGS_FILE } from "../../model/settings/contactSettings.ts";
import { REDIRECTS_FILE } from "../../model/settings/namedRedirects.ts";
import { NOTICES_FILE } from "../../model/settings/notices.ts";
import { SITE_SETTINGS_FILE } from "../../model/settings/siteSettings.ts";
import { TOPICS_FILE } from "../../model/settings/topicList.ts";
import { contentTypes, typeOfContentPath, type ContentTypeName } from "../../registry/contentTypes.ts";
import { printable } from "../../model/frontMatter/contentProblem.ts";

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

/** The name of each folder's notes for editors, which are not pages. */
export const NOTES_FILE = "README.md";

/** The name to give a page's file instead of `name`: its words as a slug, after its date if its type's names start with one. */
function betterName(name: string, type: ContentTypeName | undefined): string {
  const date = DATE.exec(name)?.[0];
  const datedName = type !== undefined && contentTypes[type].datedFileNames;
  const words = slugify(name.replace(/\.md$/i, "").replaceAll(new RegExp(DATE, "g"), " "));
  return `${datedName && date ? `${date}-` : ""}${words || "page"}.md`;
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
  if (name === NOTES_FILE) return undefined;
  const lowerCase = relativePath.replace(/\.md$/i, ".md");
  const type = typeOfContentPath(lowerCase);
  if (name.toLowerCase() === NOTES_FILE.toLowerCase()) {
    const example = type && contentTypes[type].datedFileNames ? "2026-11-25-libraries-open-longer.md" : "library-open-day.md";
    return `The site takes a file named ${name} for a note to editors, as the ${NOTES_FILE} of each folder is, and never publishes it: a page of that name would be left out without a word. If it is a page, give it a name that says what it is about, such as ${example}; if it is a note for editors, name it ${NOTES_FILE}, in capitals.`;
  }
  if (!name.endsWith(".md")) {
    const renamed = lowerCase.split("/").at(-1)!;
    return `The file name "${name}" ends in ${name.slice(-3)}, and the site reads only pages whose names end in .md, in small letters, so it would not know what to do with this one. Rename the file ${fileNameProblem(lowerCase) ? betterName(renamed, type) : renamed}.`;
  }
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

/** The settings files the site reads, by their names in content/settings/: those of each settings reader. */
export const SETTINGS_FILES = [
  SITE_SETTINGS_FILE,
  TOPICS_FILE,
  REDIRECTS_FILE,
  NOTICES_FILE,
  CONTACT_SETTINGS_FILE,
  ACCESSIBILITY_SETTINGS_FILE,
].map((file) => file.split("/").at(-1)!);

/**
 * What is wrong with a settings file (by its path inside content/, settings/…) that the site would not read, or
 * undefined for one it reads: its settings would be ignored without a word.
 */
export function settingsFileProblem(relativePath: string): string | undefined {
  const parts = relativePath.split("/");
  const name = parts.at(-1)!;
  const list = `${SETTINGS_FILES.slice(0, -1).join(", ")} and ${SETTINGS_FILES.at(-1)}`;
  if (parts.length > 2) {
    return `The site reads settings only from the files directly in content/${SETTINGS_FOLDER}/ (${list}), not from folders inside it, so nothing in this file would be used. Move what it says into the settings file it belongs to, or delete it.`;
  }
  if (SETTINGS_FILES.includes(name)) return undefined;
  const nearest = closest(name.toLowerCase(), SETTINGS_FILES);
  const meant = distance(name.toLowerCase(), nearest) <= 3 ? ` Did you mean ${nearest}?` : "";
  return `The site reads only ${list} in content/${SETTINGS_FOLDER}/, so nothing in ${name} would be used.${meant} Put its settings in the file they belong to (content/${SETTINGS_FOLDER}/README.md says what each holds), or delete it.`;
}
