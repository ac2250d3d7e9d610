import { readFileSync } from "node:fs";
import path from "node:path";
import { pathPrefix } from "../../core/siteUrl.ts";
import { parsePageLinks, type PageLinks } from "./pageLinks.ts";
import { servedFile } from "./servedFile.ts";
import { listSiteFiles } from "./siteFiles.ts";

export interface BrokenLink {
  /** The built page, relative to the output folder, such as news/index.html. */
  page: string;
  url: string;
  problem: string;
}

export interface LinkReport {
  pagesChecked: number;
  linksChecked: number;
  broken: BrokenLink[];
}

const SAFE_SCHEMES = /^(https?|mailto|tel):/i;

/** The files of a built site, relative to it (news/index.html): a list made once, or a look at the disk for each. */
export interface SiteFiles {
  has(file: string): boolean;
}

/**
 * Checks that every internal href and src in the built site names a file that
 * exists, every #fragment an element id on its page, and that no link uses a
 * script-running scheme such as javascript: or data:. Reads every page from disk.
 * Under a path prefix (/previews/pr-42/), the site's files are at the root of
 * `root` but its links start with the prefix: a link without it is broken.
 */
export function checkInternalLinks(root: string, prefix = pathPrefix()): LinkReport {
  const files = listSiteFiles(root);
  const htmlFiles = [...files].filter((file) => file.endsWith(".html"));
  const pages = new Map(htmlFiles.map((file) => [file, parsePageLinks(readFileSync(path.join(root, file), "utf8"))]));
  return checkPageLinks(root, pages, files, prefix);
}

/**
 * checkInternalLinks for pages already read (the build reads each as Eleventy
 * renders it): their links are checked against `files`, every file of the
 * site. It runs in every build, so it is made for thousands of pages: a
 * root-relative address (the nav, the footer, listings) is resolved once,
 * however many pages hold it, and a page outside `pages` is read from disk
 * only if a #fragment points into it.
 */
export function checkPageLinks(
  root: string,
  pages: ReadonlyMap<string, PageLinks>,
  files: SiteFiles,
  prefix = pathPrefix(),
): LinkReport {
  const idsRead = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = pages.get(file)?.ids ?? idsRead.get(file);
    if (!ids) idsRead.set(file, (ids = parsePageLinks(readFileSync(path.join(root, file), "utf8")).ids));
    return ids;
  };
  const report: LinkReport = { pagesChecked: pages.size, linksChecked: 0, broken: [] };
  /** Root-relative addresses already resolved: the same for every page. */
  const resolved = new Map<string, { pathname: string; hash: string; file: string | undefined }>();
  const resolve = (url: string, pageUrl: URL) => {
    const absolute = url.startsWith("/");
    let target = absolute ? resolved.get(url) : undefined;
    if (!target) {
      const { pathname, hash } = new URL(url, pageUrl);
      const inSite = pathname.startsWith(prefix) ? pathname.slice(prefix.length - 1) : undefined;
      target = { pathname, hash, file: inSite === undefined ? undefined : servedFile(files, inSite) };
      if (absolute) resolved.set(url, target);
    }
    return target;
  };

  for (const [file, { urls }] of pages) {
    const pageUrl = new URL(`${prefix}${file.replace(/index\.html$/, "")}`, "http://site.invalid");
    for (const url of urls) {
      report.linksChecked += 1;
      const broken = (problem: string) => report.broken.push({ page: file, url, problem });
      if (url === "" || url === "#") {
        broken("is empty: give the address of a page");
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !SAFE_SCHEMES.test(url)) {
        broken("uses a scheme that is not allowed: link to a web page (https://…) or a page of this site");
        continue;
      }
      if (SAFE_SCHEMES.test(url) || url.startsWith("//")) continue;

      const target = resolve(url, pageUrl);
      if (!target.file) {
        broken(`is not a page or file of this site: check the address`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && target.file.endsWith(".html") && !idsOf(target.file).has(fragment)) {
        broken(`points at #${fragment}, which is not a part of ${target.pathname}: check the part after #`);
      }
    }
  }
  return report;
}
