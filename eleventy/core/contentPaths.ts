import path from "node:path";

/*
 * Where things are in the project, and how a content file's path is read: the geometry every layer shares, knowing
 * nothing of what the files say.
 */

/** Where editors' files are, relative to the project. */
export const CONTENT_FOLDER = "content";

/** The templates' folder, in the project: layouts, partials and the pages the site makes itself. */
export const INCLUDES_FOLDER = "_includes";

/** The folders of _includes/ whose templates are pages of their own (home, listings, search, feeds, sitemap, headers). */
export const GENERATED_PAGE_FOLDERS = ["pages", "feeds"];

/** The files an editor can use as images, by extension. */
export const IMAGE_EXTENSIONS = ["avif", "gif", "jpeg", "jpg", "png", "svg", "webp"];

/** The date a news file's name starts with, YYYY-MM-DD, which Eleventy takes as the page's date and drops from its slug. */
export const FILE_NAME_DATE = /^\d{4}-\d{2}-\d{2}-/;

/** A file's name without the date it starts with: 2018-11-26-summit.md is summit.md. */
export function withoutFileNameDate(name: string): string {
  return name.replace(FILE_NAME_DATE, "");
}

/** A path as the project shows it to editors: relative to the project, with / between folders. */
export function projectPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join("/");
}

/**
 * A file's path inside content/, with / between folders: news/2018-11-26-x.md. A file in another project's content/
 * (a copy made by `npm run new`'s tests, say) is read from its own content/ folder.
 */
export function contentPath(inputPath: string): string {
  return path.relative(contentRootOf(inputPath), path.resolve(inputPath)).split(path.sep).join("/");
}

/** The content/ folder a file is in: the project's, or the nearest folder of that name above the file. */
export function contentRootOf(inputPath: string): string {
  const absolute = path.resolve(inputPath);
  const root = path.resolve(CONTENT_FOLDER);
  if (absolute.startsWith(root + path.sep)) return root;
  const marker = `${path.sep}${CONTENT_FOLDER}${path.sep}`;
  const at = absolute.lastIndexOf(marker);
  return at === -1 ? root : absolute.slice(0, at + marker.length - 1);
}

/** The campaign a file belongs to: the name of its folder in content/campaigns/. */
export function campaignOf(inputPath: string): string | undefined {
  return /^campaigns\/([^/]+)\//.exec(contentPath(inputPath))?.[1];
}

/** Whether two files are of the same campaign (a hub and its pages). */
export function sameCampaign(a: string, b: string): boolean {
  const campaign = campaignOf(a);
  return campaign !== undefined && campaign === campaignOf(b);
}
