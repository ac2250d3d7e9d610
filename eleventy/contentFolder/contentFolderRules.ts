import { IMAGE_EXTENSIONS } from "../images/options.ts";

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
