import { readdirSync } from "node:fs";
import path from "node:path";

export interface BuiltPage {
  /** Its file inside the site, with / between folders: news/2018/11/x/index.html. */
  file: string;
  /** The address it is served at: /news/2018/11/x/ (404.html stays /404.html). */
  url: string;
}

/** Every HTML page of a built site, Pagefind's files aside, in address order: whatever editors have published. */
export function builtPages(site = "_site"): BuiltPage[] {
  return readdirSync(site, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/"))
    .map((file) => ({ file, url: `/${file.replace(/(^|\/)index\.html$/, "$1")}` }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
