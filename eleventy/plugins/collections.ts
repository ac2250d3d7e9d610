import type UserConfig from "@11ty/eleventy/UserConfig";
import type { CollectionItem } from "../core/collectionItem.ts";
import {
  contentTypeListingPagesOf,
  LISTING_PAGE_SIZE,
  listingLimit,
  TOPIC_PAGE_SIZE,
  topicPagesOf,
} from "../features/listings/listingPages.ts";
import { CONTENT_FOLDER } from "../core/contentPaths.ts";
import { pageFeedsOf } from "../features/feeds/pageFeeds.ts";
import { featuredWarnings } from "../features/listings/featured.ts";
import { formatProblem } from "../model/frontMatter/contentProblem.ts";
import { siteSettings } from "../model/settings/siteSettings.ts";
import { topicList } from "../model/settings/topicList.ts";
import { contentTypeNames, contentTypeOf, contentTypes, type ContentTypeName } from "../registry/contentTypes.ts";
import { withdrawalOf } from "../registry/publicationStatus.ts";
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

/**
 * Every content page, by type, each type in its registry order: `current`, those not withdrawn, which every listing,
 * topic and feed is made of; `built`, those with a withdrawn page too, which is still built at its address.
 */
const pagesByType = perBuild((api) => {
  const built = new Map<ContentTypeName, CollectionItem[]>(contentTypeNames.map((type) => [type, []]));
  for (const item of api.getAllSorted()) {
    const type = contentTypeOf(item.inputPath);
    if (type) built.get(type)!.push(item);
  }
  for (const [type, items] of built) items.sort(contentTypes[type].order);
  const current = new Map([...built].map(([type, items]) => [type, items.filter((item) => !withdrawalOf(item.data))]));
  return { built, current };
});

const pagesOf = (api: CollectionApi, type: ContentTypeName) => pagesByType(api).current.get(type)!;
const allTopics = perBuild((api) => topicsOf([...pagesByType(api).current.values()].flat(), topicList()));

/**
 * One collection per content type (contentTypes.ts) of its current pages, each in the order readers expect, and the
 * listings made from them. A withdrawn page is in none of them (registry/publicationStatus.ts).
 */
export default function collections(eleventyConfig: UserConfig): void {
  // Warned once, as the configuration loads, as the settings still to be given are (plugins/statutoryPages.ts).
  for (const warning of featuredWarnings(CONTENT_FOLDER)) console.log(`Warning: ${formatProblem(warning)}`);
  for (const type of contentTypeNames) {
    eleventyConfig.addCollection(contentTypes[type].collection, (api: CollectionApi) => [...pagesOf(api, type)]);
  }
  // Every campaign's hub, withdrawn ones too: a campaign's pages are named by it and link back to it, for as long as
  // they are built.
  eleventyConfig.addCollection("allCampaigns", (api: CollectionApi) =>
    contentTypeNames
      .filter((type) => contentTypes[type].place === "campaignHub")
      .flatMap((type) => pagesByType(api).built.get(type)!),
  );
  // What the news listing pages through: the newest PREVIEW_LISTING_LIMIT under `npm start`, every article otherwise.
  eleventyConfig.addCollection("newsListing", (api: CollectionApi) => pagesOf(api, "news").slice(0, listingLimit()));
  eleventyConfig.addCollection("topics", (api: CollectionApi) => allTopics(api));
  // The pages of every topic's listing; under `npm start`, each topic's newest PREVIEW_LISTING_LIMIT only.
  eleventyConfig.addCollection("topicPages", (api: CollectionApi) =>
    topicPagesOf(allTopics(api), TOPIC_PAGE_SIZE, listingLimit()),
  );
  // The feeds of each topic and each campaign (features/feeds/pageFeeds.ts), as long as the news feed.
  eleventyConfig.addCollection("pageFeeds", (api: CollectionApi) => {
    const ofPlace = (place: string) =>
      contentTypeNames.filter((type) => contentTypes[type].place === place).flatMap((type) => pagesOf(api, type));
    return pageFeedsOf(allTopics(api), ofPlace("campaignHub"), ofPlace("campaignPage"), siteSettings().feedEntries);
  });
  // The pages of the listing of each type that the registry gives one (`listing`), for _includes/pages/listing.njk;
  // under `npm start`, each type's first PREVIEW_LISTING_LIMIT only.
  eleventyConfig.addCollection("contentTypeListingPages", (api: CollectionApi) =>
    contentTypeListingPagesOf((type) => pagesOf(api, type), LISTING_PAGE_SIZE, listingLimit()),
  );
}
