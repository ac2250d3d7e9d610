import type UserConfig from "@11ty/eleventy/UserConfig";
import {
  contentTypeNames,
  contentTypeOf,
  contentTypes,
  inEnglishOrder,
  newestFirst,
  type ContentTypeName,
} from "./contentTypes.ts";
import type { CollectionItem } from "./filters/relatedPages.ts";
import { buildsPreview } from "./plugins/drafts.ts";
import { topicList } from "./settings/topicList.ts";
import type { TopicSetting } from "./settings/topicsSchema.ts";
import { slug } from "./slug.ts";

interface CollectionApi {
  getAllSorted(): CollectionItem[];
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

/** Every content page, by type, each type in its registry order. */
const pagesByType = perBuild((api) => {
  const byType = new Map<ContentTypeName, CollectionItem[]>(contentTypeNames.map((type) => [type, []]));
  for (const item of api.getAllSorted()) {
    const type = contentTypeOf(item.inputPath);
    if (type) byType.get(type)!.push(item);
  }
  for (const [type, items] of byType) items.sort(contentTypes[type].order);
  return byType;
});

const pagesOf = (api: CollectionApi, type: ContentTypeName) => pagesByType(api).get(type)!;
const allTopics = perBuild((api) => topicsOf([...pagesByType(api).values()].flat(), topicList()));

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

/** One collection per content type (contentTypes.ts), each in the order readers expect, and the listings made from them. */
export default function collections(eleventyConfig: UserConfig): void {
  for (const type of contentTypeNames) {
    eleventyConfig.addCollection(contentTypes[type].collection, (api: CollectionApi) => [...pagesOf(api, type)]);
  }
  // What the news listing pages through: the newest PREVIEW_LISTING_LIMIT under `npm start`, every article otherwise.
  eleventyConfig.addCollection("newsListing", (api: CollectionApi) => pagesOf(api, "news").slice(0, listingLimit()));
  eleventyConfig.addCollection("topics", (api: CollectionApi) => allTopics(api));
  // The pages of every topic's listing; under `npm start`, each topic's newest PREVIEW_LISTING_LIMIT only.
  eleventyConfig.addCollection("topicPages", (api: CollectionApi) =>
    topicPagesOf(allTopics(api), TOPIC_PAGE_SIZE, listingLimit()),
  );
}

export interface Topic {
  name: string;
  /** What it covers, from content/settings/topics.yml. */
  description: string;
  slug: string;
  items: CollectionItem[];
}

/**
 * Every topic named in front matter, alphabetically, each with its pages
 * newest first, named and described as the site's list of topics has it.
 * Topics are told apart by their address, so "Social care" and "social care"
 * are one topic, not two pages at one address.
 */
export function topicsOf(items: CollectionItem[], list: TopicSetting[] = []): Topic[] {
  const listed = new Map(list.map((topic) => [slug(topic.name), topic]));
  const bySlug = new Map<string, { name: string; items: Set<CollectionItem> }>();
  for (const item of items) {
    for (const name of (item.data["topics"] as string[] | undefined) ?? []) {
      const topicSlugged = slug(name);
      const topic = bySlug.get(topicSlugged);
      if (!topic) bySlug.set(topicSlugged, { name, items: new Set([item]) });
      else topic.items.add(item);
    }
  }
  return [...bySlug]
    .map(([topicSlugged, topic]) => ({
      name: listed.get(topicSlugged)?.name ?? topic.name,
      description: listed.get(topicSlugged)?.description ?? "",
      slug: topicSlugged,
      items: [...topic.items].sort(newestFirst),
    }))
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
