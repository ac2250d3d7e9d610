import type UserConfig from "@11ty/eleventy/UserConfig";
import type { CollectionItem } from "../core/collectionItem.ts";
import {
  contentTypeListingPagesOf,
  LISTING_PAGE_SIZE,
  listingLimit,
  TOPIC_PAGE_SIZE,
  topicPagesOf,
} from "../features/listings/listingPages.ts";
import { topicList } from "../model/settings/topicList.ts";
import { contentTypeNames, contentTypeOf, contentTypes, type ContentTypeName } from "../registry/contentTypes.ts";
import { topicsOf } from "../registry/topics.ts";

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
  // The pages of the listing of each type that the registry gives one (`listing`), for _includes/pages/listing.njk;
  // under `npm start`, each type's first PREVIEW_LISTING_LIMIT only.
  eleventyConfig.addCollection("contentTypeListingPages", (api: CollectionApi) =>
    contentTypeListingPagesOf((type) => pagesOf(api, type), LISTING_PAGE_SIZE, listingLimit()),
  );
}
