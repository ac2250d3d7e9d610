import type { CollectionItem } from "../../core/collectionItem.ts";
import { buildsPreview } from "../../core/runMode.ts";
import {
  contentTypeNames,
  contentTypes,
  type ContentType,
  type ContentTypeName,
  type Listing,
} from "../../registry/contentTypes.ts";
import { topicPageUrl, type Topic } from "../../registry/topics.ts";

/**
 * How many pages the news listing, each topic and each type's listing page through under `npm
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

/** How many pages each page of a content type's generic listing lists (_includes/pages/listing.njk), as news.njk does. */
export const LISTING_PAGE_SIZE = 10;

/**
 * One page of a listing. `pageNumber`, `hrefs` and `href` are named as in
 * Eleventy's own pagination object, so that both feed one pagination partial
 * (_includes/partials/pagination.njk).
 */
export interface ListingPage {
  /** The pages this page lists. */
  items: CollectionItem[];
  /** How many pages the listing holds: fewer than all under `npm start`. */
  listed: number;
  /** From 0. */
  pageNumber: number;
  hrefs: string[];
  href: { previous?: string; next?: string };
}

/** One page of a topic's listing. */
export interface TopicPage extends ListingPage {
  topic: Topic;
}

/** One page of a content type's listing (its `listing` in the registry). */
export interface ContentTypeListingPage extends ListingPage {
  listing: Listing;
  /** How many published pages the type has: more than `listed` under `npm start`. */
  total: number;
}

/** A listing of `items` cut into pages of `size`, through its first `limit`, each at `url(pageNumber)`; one page when empty. */
function listingPagesOf(
  items: CollectionItem[],
  size: number,
  limit: number,
  url: (pageNumber: number) => string,
): ListingPage[] {
  const listed = items.slice(0, limit);
  const count = Math.max(1, Math.ceil(listed.length / size));
  const hrefs = Array.from({ length: count }, (_, pageNumber) => url(pageNumber));
  return hrefs.map((_, pageNumber) => ({
    items: listed.slice(pageNumber * size, (pageNumber + 1) * size),
    listed: listed.length,
    pageNumber,
    hrefs,
    href: { previous: hrefs[pageNumber - 1], next: hrefs[pageNumber + 1] },
  }));
}

/** Each topic's listing cut into pages of `size`, through its newest `limit` pages. */
export function topicPagesOf(topics: Topic[], size: number, limit = Infinity): TopicPage[] {
  return topics.flatMap((topic) =>
    listingPagesOf(topic.items, size, limit, (pageNumber) => topicPageUrl(topic.slug, pageNumber)).map((page) => ({
      topic,
      ...page,
    })),
  );
}

/**
 * The pages of every content type's listing that the registry names (contentTypes.ts `listing`): `pagesOf(type)` are
 * its published pages in its order, cut into pages of `size` through the first `limit`, at the listing's address,
 * then page-2/ and on, as the news listing's are.
 */
export function contentTypeListingPagesOf(
  pagesOf: (type: ContentTypeName) => CollectionItem[],
  size: number,
  limit = Infinity,
): ContentTypeListingPage[] {
  return contentTypeNames.flatMap((type) => {
    const { listing } = contentTypes[type] as ContentType;
    if (!listing) return [];
    const items = pagesOf(type);
    const url = (pageNumber: number) => `${listing.url}${pageNumber > 0 ? `page-${pageNumber + 1}/` : ""}`;
    return listingPagesOf(items, size, limit, url).map((page) => ({ listing, total: items.length, ...page }));
  });
}
