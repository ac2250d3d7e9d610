import path from "node:path";
import type { CollectionItem } from "../../core/collectionItem.ts";
import { ContentError, type ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { REDIRECTS_FILE, type NamedRedirect } from "../../model/settings/namedRedirects.ts";
import { breadcrumbsFor, type Crumb } from "../structuredData/breadcrumbs.ts";
import type { FormerPage } from "./formerPages.ts";

/**
 * A page at an old address: a redirect to the page that took its place (`to`), or a note that it was removed, with
 * its old title and a link to the part of the site it was in. _includes/pages/moved.njk makes the pages and
 * _includes/feeds/redirects.njk the `_redirects` file.
 */
export interface MovedPage {
  from: string;
  /** The page it now redirects to: the renamed file's, or the replacement an editor named. */
  to?: { href: string; title: string };
  /** For a removed page: what it was called. */
  title?: string;
  /** For a removed page: the listing or campaign it was part of, from its address (as the breadcrumbs are). */
  section?: Crumb;
}

/** A content file's path as Eleventy's inputPath and history both reduce to: content/news/x.md. */
const projectPath = (file: string) => path.posix.normalize(file.split(path.sep).join("/")).replace(/^\.\//, "");

/**
 * The pages for every former address: renamed files redirect to where they are now, deleted ones say they were
 * removed, unless content/settings/redirects.yml names a replacement, which redirects. An address a page of the site
 * uses today gives nothing. `pages` are the site's pages in this build (collections.all): a renamed file that is not
 * published now counts as removed. A named `from` that is a page today stops the build with its line of the file; a
 * `to` that leads to no page does too, once every page is written (unreachedTargets).
 */
export function movedPages(former: FormerPage[], named: NamedRedirect[], pages: CollectionItem[]): MovedPage[] {
  const live = new Map(pages.filter((page) => typeof page.url === "string").map((page) => [page.url, page]));
  const byFile = new Map(pages.map((page) => [projectPath(page.inputPath), page]));
  const renamedTo = new Map<string, string>();
  for (const page of former) {
    const target = page.fate.kind === "moved" ? byFile.get(page.fate.path)?.url : undefined;
    if (target) renamedTo.set(page.address, target);
  }
  const namedTo = new Map(named.map((entry) => [entry.from, entry.to]));
  /** Where an address ends up: a page today, through the renames and the named replacements; undefined for nowhere. */
  const destination = (address: string, seen = new Set<string>()): string | undefined => {
    if (live.has(address)) return address;
    if (seen.has(address)) return undefined;
    seen.add(address);
    const next = namedTo.get(address) ?? renamedTo.get(address);
    return next === undefined ? undefined : destination(next, seen);
  };
  // A page the collections do not hold (a topic page, made from a collection itself) is named by its address here,
  // and whether it exists is checked once the build has written every page (unreachedTargets).
  const redirect = (href: string) => ({ href, title: String(live.get(href)?.data.title ?? href) });

  const problems: ContentProblem[] = [];
  const moved = new Map<string, MovedPage>();
  for (const page of former) {
    if (live.has(page.address)) continue;
    const target = renamedTo.get(page.address);
    const section = breadcrumbsFor(page.address, pages).at(-1);
    moved.set(
      page.address,
      target
        ? { from: page.address, to: redirect(target) }
        : {
            from: page.address,
            ...(page.title ? { title: page.title } : {}),
            ...(section && section.href !== "/" ? { section } : {}),
          },
    );
  }
  for (const entry of named) {
    if (live.has(entry.from)) {
      problems.push({
        file: REDIRECTS_FILE,
        line: entry.fromLine,
        message: `from: ${entry.from} is a page on the site today, so it cannot redirect. Delete this entry, or write the old address of a page that was deleted or renamed.`,
      });
      continue;
    }
    moved.set(entry.from, { from: entry.from, to: redirect(destination(entry.to) ?? entry.to) });
  }
  if (problems.length) throw new ContentError(problems);
  return [...moved.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The named replacements whose `to` leads to no page, once the build has written every page (`built`: their
 * addresses): a page at an old address does not count, so a `to` may not be a removed page's old address either.
 */
export function unreachedTargets(moved: MovedPage[], named: NamedRedirect[], built: Iterable<string>): ContentProblem[] {
  const oldAddresses = new Set(moved.map((page) => page.from));
  const pages = new Set([...built].filter((url) => !oldAddresses.has(url)));
  const byFrom = new Map(moved.map((page) => [page.from, page]));
  return named.flatMap((entry) => {
    const target = byFrom.get(entry.from)?.to?.href;
    if (target === undefined || pages.has(target)) return [];
    return [
      {
        file: REDIRECTS_FILE,
        line: entry.toLine,
        message: `to: ${entry.to} is not a page on the site. Write the address of a published page, such as /news/ or /events/, and check its spelling.`,
      },
    ];
  });
}
