import type { CollectionItem } from "../../core/collectionItem.ts";
import { buildsPreview } from "../../core/runMode.ts";
import { topicPageUrl, type Topic } from "../../registry/topics.ts";

/**
 * How many pages the news listing, and each topic, pages through under `npm
 * start`. Every save re-renders every page of every listing (Eleventy cannot
 * tell that an article's text is not on them): at 10,000 articles, some 1,600
 * pages, which made a save take seconds to show. The production build lists everything.
 */
export const PREVIEW_LISTING_LIMIT = 500;

/** How many pages a listing goes through in this build: PREVIEW_LISTING_LIMIT in the preview, all of them otherwise. */
export const listingLimit = (): number => (buildsPreview() ? PREVIEW_LISTING_LIMIT : Infinity);

/**
 * How many pages each page of a topic lists. A topic gathers thousands of
 * pages over the years: on one page, that was most of a megabyte of HTML.
 */
export const TOPIC_PAGE_SIZE = 50;

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
