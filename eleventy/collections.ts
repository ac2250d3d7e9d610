import type UserConfig from "@11ty/eleventy/UserConfig";
import { eventWhen } from "./filters/eventWhen.ts";
import type { CollectionItem } from "./filters/relatedPages.ts";
import { buildsPreview } from "./plugins/drafts.ts";
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
  return allSorted(api).filter((item) => inFolders.test(item.inputPath));
}

/**
 * Several collections start from the same pages, and every save under `npm start` makes them all again. Eleventy
 * gives each build a new collection API object, so what is worked out from one is remembered for that build only.
 */
function perBuild<T>(make: (api: CollectionApi) => T): (api: CollectionApi) => T {
  const made = new WeakMap<CollectionApi, T>();
  return (api) => {
    if (!made.has(api)) made.set(api, make(api));
    return made.get(api)!;
  };
}

const allSorted = perBuild((api) => api.getAllSorted());
const newsNewestFirst = perBuild((api) => markdownIn(api, "news").sort(newestFirst));
const allTopics = perBuild((api) => topicsOf(markdownIn(api, "news", "events", "examples")));

// An event whose timing is wrong sorts first here; the content check then reports it with its file and field.
const startsAt = (item: CollectionItem) => {
  try {
    return eventWhen(item.data).startsAt.getTime();
  } catch {
    return 0;
  }
};

/**
 * How many pages the news listing, and each topic, pages through under `npm
 * start`. Every save re-renders every page of every listing (Eleventy cannot
 * tell that an article's text is not on them): at 10,000 articles, some 1,600
 * pages, which made a save take seconds to show. The production build lists everything.
 */
export const PREVIEW_LISTING_LIMIT = 500;

/** How many pages a listing goes through in this build: PREVIEW_LISTING_LIMIT in the preview, all of them otherwise. */
const listingLimit = () => (buildsPreview() ? PREVIEW_LISTING_LIMIT : Infinity);

/**
 * How many pages each page of a topic lists. A topic gathers thousands of
 * pages over the years: on one page, that was most of a megabyte of HTML.
 */
export const TOPIC_PAGE_SIZE = 50;

/** One collection per content type, each in the order readers expect. */
export default function collections(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection("news", (api: CollectionApi) => [...newsNewestFirst(api)]);
  // What the news listing pages through: the newest PREVIEW_LISTING_LIMIT under `npm start`, every article otherwise.
  eleventyConfig.addCollection("newsListing", (api: CollectionApi) => newsNewestFirst(api).slice(0, listingLimit()));
  eleventyConfig.addCollection("events", (api: CollectionApi) =>
    markdownIn(api, "events").sort((a, b) => startsAt(a) - startsAt(b)),
  );
  eleventyConfig.addCollection("examples", (api: CollectionApi) =>
    markdownIn(api, "examples").sort((a, b) => Number(a.data["order"]) - Number(b.data["order"])),
  );
  eleventyConfig.addCollection("topics", (api: CollectionApi) => allTopics(api));
  // The pages of every topic's listing; under `npm start`, each topic's newest PREVIEW_LISTING_LIMIT only.
  eleventyConfig.addCollection("topicPages", (api: CollectionApi) =>
    topicPagesOf(allTopics(api), TOPIC_PAGE_SIZE, listingLimit()),
  );
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

/**
 * One page of a topic's listing. `pageNumber`, `hrefs` and `href` are named
 * as in Eleventy's own pagination object, so that both feed one pagination
 * partial (_includes/partials/pagination.njk).
 */
export interface TopicPage {
  topic: Topic;
  /** The pages this page lists. */
  items: CollectionItem[];
  /** How many of the topic's pages its listing holds: fewer than all under `npm start`. */
  listed: number;
  /** From 0. */
  pageNumber: number;
  hrefs: string[];
  href: { previous?: string; next?: string };
}

/** The address of a topic's listing page, counted from 0: /topics/social-care/, then /topics/social-care/page-2/. */
export function topicPageUrl(topicSlugged: string, pageNumber: number): string {
  return `/topics/${topicSlugged}/${pageNumber > 0 ? `page-${pageNumber + 1}/` : ""}`;
}

/** Each topic's listing cut into pages of `size`, through its newest `limit` pages. */
export function topicPagesOf(topics: Topic[], size: number, limit = Infinity): TopicPage[] {
  return topics.flatMap((topic) => {
    const listed = topic.items.slice(0, limit);
    const count = Math.max(1, Math.ceil(listed.length / size));
    const hrefs = Array.from({ length: count }, (_, pageNumber) => topicPageUrl(topic.slug, pageNumber));
    return hrefs.map((_, pageNumber) => ({
      topic,
      items: listed.slice(pageNumber * size, (pageNumber + 1) * size),
      listed: listed.length,
      pageNumber,
      hrefs,
      href: { previous: hrefs[pageNumber - 1], next: hrefs[pageNumber + 1] },
    }));
  });
}
