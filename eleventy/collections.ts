import type UserConfig from "@11ty/eleventy/UserConfig";
import { eventWhen } from "./filters/eventWhen.ts";
import type { CollectionItem } from "./filters/relatedPages.ts";

interface CollectionApi {
  getFilteredByGlob(glob: string): CollectionItem[];
}

const startsAt = (item: CollectionItem) => eventWhen(item.data).startsAt.getTime();

/** One collection per content type, each in the order readers expect. */
export default function collections(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection("news", (api: CollectionApi) =>
    api.getFilteredByGlob("content/news/*.md").sort((a, b) => b.date.getTime() - a.date.getTime()),
  );
  eleventyConfig.addCollection("events", (api: CollectionApi) =>
    api.getFilteredByGlob("content/events/*.md").sort((a, b) => startsAt(a) - startsAt(b)),
  );
  eleventyConfig.addCollection("examples", (api: CollectionApi) =>
    api.getFilteredByGlob("content/examples/*.md").sort((a, b) => Number(a.data["order"]) - Number(b.data["order"])),
  );
}
