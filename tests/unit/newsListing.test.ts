/** Which articles the news listing pages through: all of them on the published site, the newest 500 in `npm start`. */
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { PREVIEW_LISTING_LIMIT } from "../../eleventy/features/listings/listingPages.ts";
import collections from "../../eleventy/plugins/collections.ts";
import type { CollectionItem } from "../../eleventy/core/collectionItem.ts";

const ARTICLES: CollectionItem[] = Array.from({ length: PREVIEW_LISTING_LIMIT + 5 }, (_, index) => ({
  url: `/news/story-${index}/`,
  inputPath: `./content/news/story-${index}.md`,
  date: new Date(Date.UTC(2015, 0, 1 + index)),
  data: { title: `Story ${index}` },
}));

/** The site's collections, made as Eleventy makes them, from the articles above. */
function collectionsFrom(items: CollectionItem[]): Record<string, CollectionItem[]> {
  const made: Record<string, CollectionItem[]> = {};
  const config = {
    addCollection: (name: string, make: (api: { getAllSorted(): CollectionItem[] }) => CollectionItem[]) => {
      made[name] = make({ getAllSorted: () => [...items] });
    },
  };
  collections(config as unknown as UserConfig);
  return made;
}

const runMode = process.env["ELEVENTY_RUN_MODE"];
afterEach(() => {
  if (runMode === undefined) delete process.env["ELEVENTY_RUN_MODE"];
  else process.env["ELEVENTY_RUN_MODE"] = runMode;
});

test("the published site's listing holds every article, newest first", () => {
  process.env["ELEVENTY_RUN_MODE"] = "build";
  const { news, newsListing } = collectionsFrom(ARTICLES);
  assert.equal(newsListing?.length, ARTICLES.length);
  assert.deepEqual(newsListing, news);
  assert.equal(newsListing?.[0]?.data.title, `Story ${ARTICLES.length - 1}`);
});

test("under npm start the listing holds the newest 500, and the news collection still holds them all", () => {
  process.env["ELEVENTY_RUN_MODE"] = "serve";
  const { news, newsListing } = collectionsFrom(ARTICLES);
  assert.equal(news?.length, ARTICLES.length);
  assert.deepEqual(newsListing, news?.slice(0, PREVIEW_LISTING_LIMIT));
});
