import type UserConfig from "@11ty/eleventy/UserConfig";
import { campaignOf, contentTypes, isContentTypeName, labelOf } from "../contentTypes.ts";
import { absoluteUrl, siteUrl } from "../siteUrl.ts";
import { isoDate, formatDate } from "./dates.ts";
import { eventWhen } from "./eventWhen.ts";
import type { CollectionItem } from "./relatedPages.ts";

/** What a listing shows under a page's summary, as the page's type says (contentTypes.ts `listedDate`). */
export function listedDate(
  item: CollectionItem,
  showDates: unknown,
): { prefix: string; datetime: string; text: string } | undefined {
  const type = item.data.contentType;
  if (isContentTypeName(type) && contentTypes[type].listedDate === "when") {
    const when = eventWhen(item.data);
    return { prefix: "", datetime: when.datetime, text: when.text };
  }
  return showDates ? { prefix: "Published ", datetime: isoDate(item.date), text: formatDate(item.date) } : undefined;
}

/** Filters that read the content-type registry, so that no template names a type. */
export default function contentTypeFilters(eleventyConfig: UserConfig): void {
  const base = siteUrl();
  eleventyConfig.addFilter("contentTypeLayout", (type: unknown) => {
    if (!isContentTypeName(type)) throw new Error(`No layout for the content type ${JSON.stringify(type)}`);
    return contentTypes[type].layout;
  });
  eleventyConfig.addFilter("contentTypeLabel", (type: unknown, inputPath: unknown, campaigns?: CollectionItem[]) =>
    labelOf(type, inputPath, campaigns),
  );
  eleventyConfig.addFilter("openGraphType", (type: unknown) =>
    isContentTypeName(type) ? contentTypes[type].openGraphType : "website",
  );
  // Reads the page's own data (Nunjucks gives a filter the page's context as this.ctx): the type's structured data says what it needs.
  eleventyConfig.addFilter(
    "contentTypeLd",
    function (this: { ctx: Record<string, unknown> & { page: { date: Date } } }, type: unknown, url: string, image?: string) {
      if (!isContentTypeName(type)) return undefined;
      const { structuredData } = contentTypes[type] as {
        structuredData?: (data: Record<string, unknown>, address: object) => object;
      };
      if (!structuredData) return undefined;
      return structuredData(
        { ...this.ctx, date: this.ctx.page.date },
        { url: absoluteUrl(url, base), siteUrl: base, ...(image ? { image: absoluteUrl(image, base) } : {}) },
      );
    },
  );
  eleventyConfig.addFilter("listedDate", listedDate);
  eleventyConfig.addFilter("inCampaign", (pages: CollectionItem[], inputPath: string) =>
    pages.filter((item) => campaignOf(item.inputPath) === campaignOf(inputPath)),
  );
  eleventyConfig.addFilter("campaignHub", (hubs: CollectionItem[], inputPath: string) =>
    hubs.find((item) => campaignOf(item.inputPath) === campaignOf(inputPath)),
  );
  // The campaigns the site's settings put on the home page, in the settings' order; one not published is left out.
  eleventyConfig.addFilter("homeCampaigns", (hubs: CollectionItem[], names: string[]) =>
    names.flatMap((name) => hubs.filter((item) => campaignOf(item.inputPath) === name)),
  );
}
