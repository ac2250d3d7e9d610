/**
 * The real site's pages for the browser checks of every page: whatever
 * editors have published, read from the built _site/ and content/, never
 * named one by one (the browser tests that need known pages use the fixture
 * site: ../fixtureSite/).
 */
import { builtPages } from "../../site/builtPages.ts";
import { publishedOfType, publishedPages } from "../../site/publishedPages.ts";

/** Every page of the built site, as the URL path a reader would open. */
export function sitePages(root = "_site"): string[] {
  return builtPages(root).map((page) => page.url);
}

/**
 * The search page showing results, whatever the content: it searches for the
 * longest word of the newest article's title (or of any published page's),
 * one word as a reader types it, which search finds on that page at least.
 */
export function searchWithResults(): string {
  const page = publishedOfType("news")[0] ?? publishedPages()[0];
  const words = String(page?.data.title ?? "Leicestershire").match(/[\p{L}\p{N}]+/gu) ?? ["Leicestershire"];
  const longest = words.reduce((best, word) => (word.length > best.length ? word : best));
  return `/search/?q=${encodeURIComponent(longest)}`;
}
