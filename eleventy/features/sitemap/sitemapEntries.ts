import { toLondonDateTime } from "../../core/dates.ts";
import { absoluteUrl } from "../../core/siteUrl.ts";
import { pageHistory } from "../../registry/pageHistory.ts";

/** The parts of an Eleventy collection item that decide its sitemap entry. */
export interface SitemapPage {
  url: string | false;
  outputPath: string | false;
  date: Date;
  data: Record<string, unknown>;
}

export interface SitemapEntry {
  /** Absolute, on the site's address. */
  loc: string;
  /** A London date, YYYY-MM-DD. */
  lastmod: string;
}

const isNotFoundPage = (url: string) => /^\/404(\.html|\/)$/.test(url);

/** A page people can land on: a built HTML page that is not a 404 and not opted out with `sitemap: false`. */
function isPublicPage(page: SitemapPage): page is SitemapPage & { url: string } {
  return (
    typeof page.url === "string" &&
    typeof page.outputPath === "string" &&
    page.outputPath.endsWith(".html") &&
    !isNotFoundPage(page.url) &&
    page.data["sitemap"] !== false &&
    page.data["eleventyExcludeFromCollections"] !== true
  );
}

/** News, events and examples have a content type and a date an editor wrote; listings and search have neither. */
const isContentPage = (page: SitemapPage) => typeof page.data["contentType"] === "string";

/**
 * The newest publication date among content pages. A listing's own date is
 * its file's, which changes with every checkout: what changes a listing is
 * a page being added to it.
 */
export function newestContentDate(pages: SitemapPage[]): Date | undefined {
  const dates = pages.filter(isContentPage).map((page) => page.date.getTime());
  return dates.length ? new Date(Math.max(...dates)) : undefined;
}

/**
 * Every public page of the site with its absolute address and the London date it last changed, in address order: a
 * content page's newest update, or its withdrawal (registry/pageHistory.ts), or else its publication.
 */
export function sitemapEntries(pages: SitemapPage[], siteUrl: string): SitemapEntry[] {
  const listingDate = newestContentDate(pages);
  return pages
    .filter(isPublicPage)
    .map((page) => {
      const changed = isContentPage(page) ? pageHistory({ ...page.data, date: page.date }).modified : (listingDate ?? page.date);
      return { loc: absoluteUrl(page.url, siteUrl), lastmod: toLondonDateTime(changed).toISODate()! };
    })
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}
