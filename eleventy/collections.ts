import type UserConfig from "@11ty/eleventy/UserConfig";
import { eventWhen } from "./filters/eventWhen.ts";
import type { CollectionItem } from "./filters/relatedPages.ts";
import { showsUnpublished } from "./plugins/drafts.ts";
import { slug } from "./slug.ts";

interface CollectionApi {
  getAllSorted(): CollectionItem[];
}

/**
 * The pages of Markdown files directly in the named content folders, in
 * Eleventy's order. What `getFilteredByGlob("content/news/*.md")` gives, but
 * that compiles its glob again for every page: seconds of every rebuild at
 * thousands of pages.
 */
function markdownIn(api: CollectionApi, ...folders: string[]): CollectionItem[] {
  const inFolders = new RegExp(`^\\./content/(${folders.join("|")})/[^/]+\\.md$`);
  return api.getAllSorted().filter((item) => inFolders.test(item.inputPath));
}

// An event whose timing is wrong sorts first here; the content check then reports it with its file and field.
const startsAt = (item: CollectionItem) => {
  try {
    return eventWhen(item.data).startsAt.getTime();
  } catch {
    return 0;
  }
};

/**
 * How many articles the news listing pages through under `npm start`. Every
 * save re-renders every page of the listing (Eleventy cannot tell that an
 * article's text is not on it): at 10,000 articles those 1,000 pages made a
 * save take seconds to show. The production build lists every article.
 */
export const PREVIEW_LISTING_LIMIT = 1000;

/** One collection per content type, each in the order readers expect. */
export default function collections(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection("news", (api: CollectionApi) => markdownIn(api, "news").sort(newestFirst));
  // What the news listing pages through: the newest PREVIEW_LISTING_LIMIT under `npm start`, every article otherwise.
  eleventyConfig.addCollection("newsListing", (api: CollectionApi) => {
    const news = markdownIn(api, "news").sort(newestFirst);
    return showsUnpublished(process.env["ELEVENTY_RUN_MODE"]) ? news.slice(0, PREVIEW_LISTING_LIMIT) : news;
  });
  eleventyConfig.addCollection("events", (api: CollectionApi) =>
    markdownIn(api, "events").sort((a, b) => startsAt(a) - startsAt(b)),
  );
  eleventyConfig.addCollection("examples", (api: CollectionApi) =>
    markdownIn(api, "examples").sort((a, b) => Number(a.data["order"]) - Number(b.data["order"])),
  );
  eleventyConfig.addCollection("topics", (api: CollectionApi) => topicsOf(markdownIn(api, "news", "events", "examples")));
}

/** As `localeCompare(…, "en-GB")`, without making a collator for every comparison. */
const inEnglishOrder = new Intl.Collator("en-GB").compare;

/** Newest first; pages of the same day in title order, so that listings do not reshuffle between builds. */
function newestFirst(a: CollectionItem, b: CollectionItem): number {
  return b.date.getTime() - a.date.getTime() || inEnglishOrder(String(a.data.title), String(b.data.title));
}

/** The last part of a topic page's address: "Social care" is at /topics/social-care/. */
export function topicSlug(name: string): string {
  return slug(name);
}

export interface Topic {
  name: string;
  slug: string;
  items: CollectionItem[];
}

/**
 * Every topic named in front matter, alphabetically, each with its pages
 * newest first. Topics are told apart by their address, so "Social care" and
 * "social care" are one topic (named as first written), not two pages at one address.
 */
export function topicsOf(items: CollectionItem[]): Topic[] {
  const bySlug = new Map<string, { name: string; items: Set<CollectionItem> }>();
  for (const item of items) {
    for (const name of (item.data["topics"] as string[] | undefined) ?? []) {
      const topicSlugged = topicSlug(name);
      const topic = bySlug.get(topicSlugged);
      if (!topic) bySlug.set(topicSlugged, { name, items: new Set([item]) });
      else topic.items.add(item);
    }
  }
  return [...bySlug]
    .map(([topicSlugged, topic]) => ({ name: topic.name, slug: topicSlugged, items: [...topic.items].sort(newestFirst) }))
    .sort((a, b) => inEnglishOrder(a.name, b.name));
}
