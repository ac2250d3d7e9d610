import type UserConfig from "@11ty/eleventy/UserConfig";
import { contentTypes, isContentTypeName } from "../contentTypes.ts";
import { formatDate, formatDateWithWeekday, isoDate, permalinkYearMonth } from "./dates.ts";
import { eventWhen } from "./eventWhen.ts";
import { relatedPages, type CollectionItem } from "./relatedPages.ts";
import { absoluteUrl, siteUrl } from "../siteUrl.ts";
import { topicSlug } from "../collections.ts";

export default function filters(eleventyConfig: UserConfig): void {
  const base = siteUrl();
  eleventyConfig.addGlobalData("siteUrl", base);
  eleventyConfig.addFilter("absoluteUrl", (path: string) => absoluteUrl(path, base));
  eleventyConfig.addFilter("formatDate", formatDate);
  eleventyConfig.addFilter("formatDateWithWeekday", formatDateWithWeekday);
  eleventyConfig.addFilter("isoDate", isoDate);
  eleventyConfig.addFilter("permalinkYearMonth", permalinkYearMonth);
  eleventyConfig.addFilter("eventWhen", eventWhen);
  eleventyConfig.addFilter("topicUrl", (name: string) => `/topics/${topicSlug(name)}/`);
  eleventyConfig.addFilter("head", <T>(items: T[], count: number) => items.slice(0, count));
  eleventyConfig.addFilter("contentTypeLabel", (type: unknown) => (isContentTypeName(type) ? contentTypes[type].label : ""));
  eleventyConfig.addFilter(
    "relatedPages",
    function (this: { page: { inputPath: string } }, references: string[] | undefined, all: CollectionItem[]) {
      return relatedPages(references, all, this.page.inputPath);
    },
  );
}
