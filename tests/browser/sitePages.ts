import { readdirSync } from "node:fs";
import path from "node:path";

/** Every page of the built site, as the URL path a reader would open. */
export function sitePages(root = "_site"): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
    .map((file) => `/${file.split(path.sep).join("/")}`.replace(/index\.html$/, ""))
    .sort();
}

export const ARTICLE = "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/";
export const SUMMIT = "/events/loneliness-summit/";
export const COORDINATORS = "/tackling-loneliness/local-area-coordinators/";
