import path from "node:path";
import type { SiteFiles } from "./checkInternalLinks.ts";

/**
 * The file of the site (as listSiteFiles lists them) that a URL path is served
 * from, as a static host would find it: /news/ from news/index.html, /news
 * from news, news/index.html or news.html. Undefined when there is none.
 */
export function servedFile(files: SiteFiles, urlPath: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath).replace(/^\/+/, "");
  } catch {
    return undefined;
  }
  const candidates = urlPath.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => files.has(path.posix.normalize(candidate)));
}
