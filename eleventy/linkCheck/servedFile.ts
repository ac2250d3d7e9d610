import path from "node:path";

/**
 * The file of the site (listed by listSiteFiles) that a URL path is served
 * from, as a static host would find it: /news/ from news/index.html, /news
 * from news, news/index.html or news.html. Undefined when there is none.
 */
export function servedFile(files: Set<string>, urlPath: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath).replace(/^\/+/, "");
  } catch {
    return undefined;
  }
  const candidates = urlPath.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => files.has(path.posix.normalize(candidate)));
}
