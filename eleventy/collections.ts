import type UserConfig from "@11ty/eleventy/UserConfig";
import { eventWhen } from "./filters/eventWhen.ts";
import type { CollectionItem } from "./filters/relatedPages.ts";
import { slug } from "./slug.ts";

interface CollectionApi {
  getFilteredByGlob(glob: string): CollectionItem[];
}

// An event whose timing is wrong sorts first here; the content check then reports it with its file and field.
const startsAt = (item: CollectionItem) => {
  try {
    return eventWhen(item.data).startsAt.getTime();
  } catch {
    return 0;
  }
};

/** One collection per content type, each in the order readers expect. */
export default function collections(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection("news", (api: CollectionApi) => api.getFilteredByGlob("content/news/*.md").sort(newestFirst));
  eleventyConfig.addCollection("events", (api: CollectionApi) =>
    api.getFilteredByGlob("content/events/*.md").sort((a, b) => startsAt(a) - startsAt(b)),
  );
  eleventyConfig.addCollection("examples", (api: CollectionApi) =>
    api.getFilteredByGlob("content/examples/*.md").sort((a, b) => Number(a.data["order"]) - Number(b.data["order"])),
  );
  eleventyConfig.addCollection("topics", (api: CollectionApi) =>
    topicsOf(api.getFilteredByGlob("content/{news,events,examples}/*.md")),
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
  const bySlug = new Map<string, Topic>();
  for (const item of items) {
    for (const name of (item.data["topics"] as string[] | undefined) ?? []) {
      const topicSlugged = topicSlug(name);
      const topic = bySlug.get(topicSlugged);
      if (!topic) bySlug.set(topicSlugged, { name, slug: topicSlugged, items: [item] });
      else if (!topic.items.includes(item)) topic.items.push(item);
    }
  }
  return [...bySlug.values()]
    .map((topic) => ({ ...topic, items: topic.items.sort(newestFirst) }))
    .sort((a, b) => inEnglishOrder(a.name, b.name));
}
