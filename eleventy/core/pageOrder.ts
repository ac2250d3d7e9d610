import type { CollectionItem } from "./collectionItem.ts";

/** As `localeCompare(…, "en-GB")`, without making a collator for every comparison. */
export const inEnglishOrder = new Intl.Collator("en-GB").compare;

/** Newest first; pages of the same day in title order, so that listings do not reshuffle between builds. */
export function newestFirst(a: CollectionItem, b: CollectionItem): number {
  return b.date.getTime() - a.date.getTime() || inEnglishOrder(String(a.data.title), String(b.data.title));
}
