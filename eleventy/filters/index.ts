import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatDate, formatDateWithWeekday, isoDate, permalinkYearMonth, rfc3339 } from "./dates.ts";
import { eventWhen } from "./eventWhen.ts";
import { formatNumber } from "./formatNumber.ts";
import { relatedPages, type CollectionItem } from "./relatedPages.ts";
import { hasEnded, upcomingAndPast } from "./upcomingAndPast.ts";
import contentTypeFilters from "./contentTypeFilters.ts";
import { paginationLinks } from "./paginationLinks.ts";
import { absoluteUrl, siteUrl } from "../siteUrl.ts";
import { topicPageUrl } from "../collections.ts";
import { slug } from "../slug.ts";
import { calendarFileUrl } from "../calendar/calendarFileUrl.ts";
import { icsEvent, type CalendarEvent } from "../calendar/icsEvent.ts";
import { sitemapEntries, type SitemapPage } from "../sitemap/sitemapEntries.ts";

export default function filters(eleventyConfig: UserConfig): void {
  const base = siteUrl();
  eleventyConfig.addGlobalData("siteUrl", base);
  eleventyConfig.addFilter("absoluteUrl", (path: string) => absoluteUrl(path, base));
  eleventyConfig.addFilter("formatDate", formatDate);
  eleventyConfig.addFilter("formatDateWithWeekday", formatDateWithWeekday);
  eleventyConfig.addFilter("isoDate", isoDate);
  eleventyConfig.addFilter("rfc3339", rfc3339);
  eleventyConfig.addFilter("sitemapEntries", (pages: SitemapPage[]) => sitemapEntries(pages, base));
  eleventyConfig.addFilter("calendarFileUrl", calendarFileUrl);
  // Event front matter has passed eventSchema before any template runs (plugins/contentValidation.ts).
  eleventyConfig.addFilter("icsEvent", (event: CollectionItem) =>
    icsEvent({ ...(event.data as unknown as CalendarEvent), date: event.date }, absoluteUrl(event.url, base)),
  );
  eleventyConfig.addFilter("permalinkYearMonth", permalinkYearMonth);
  // Replaces Eleventy's own, which gives the same slugs slowly (see slug.ts): every news permalink calls it.
  eleventyConfig.addFilter("slugify", (text: unknown) => slug(String(text)));
  eleventyConfig.addFilter("eventWhen", eventWhen);
  eleventyConfig.addFilter("upcomingAndPast", (events: CollectionItem[]) => upcomingAndPast(events));
  eleventyConfig.addFilter("hasEnded", (event: Record<string, unknown>) => hasEnded(event));
  eleventyConfig.addFilter("topicUrl", (name: string) => topicPageUrl(slug(name), 0));
  eleventyConfig.addFilter("paginationLinks", paginationLinks);
  eleventyConfig.addFilter("formatNumber", formatNumber);
  eleventyConfig.addFilter("head", <T>(items: T[], count: number) => items.slice(0, count));
  eleventyConfig.addFilter("relatedPages", relatedPages);
  eleventyConfig.addPlugin(contentTypeFilters);
}
