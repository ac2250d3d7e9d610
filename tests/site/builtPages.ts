import { readdirSync } from "node:fs";
import path from "node:path";
import { ADMIN_URL } from "../../eleventy/core/siteFolders.ts";

export interface BuiltPage {
  /** Its file inside the site, with / between folders: news/2018/11/x/index.html. */
  file: string;
  /** The address it is served at: /news/2018/11/x/ (404.html stays /404.html). */
  url: string;
}

/**
 * The CMS's page, for staff: built and served like the others, with the same
 * security headers and valid HTML, but not a page of the public site, so not
 * among the pages the checks of what readers see go through (accessibility,
 * zoom, reading without JavaScript, the site's strict policy).
 */
const isStaffPage = (file: string) => file.startsWith(ADMIN_URL.slice(1));

/**
 * Every public HTML page of a built site, Pagefind's files aside, in address order: whatever editors have published.
 * `staff: true` adds the CMS's page.
 */
export function builtPages(site = "_site", { staff = false } = {}): BuiltPage[] {
  return readdirSync(site, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/") && (staff || !isStaffPage(file)))
    .map((file) => ({ file, url: `/${file.replace(/(^|\/)index\.html$/, "$1")}` }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
