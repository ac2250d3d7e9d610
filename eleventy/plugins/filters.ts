import type UserConfig from "@11ty/eleventy/UserConfig";
import type { CollectionItem } from "../core/collectionItem.ts";
import { campaignOf, sameCampaign } from "../core/contentPaths.ts";
import { formatDate, formatTimeAndDate, isoDate, rfc3339 } from "../core/dates.ts";
import { absoluteUrl, siteUrl } from "../core/siteUrl.ts";
import { slug } from "../core/slug.ts";
import { calendarFileUrl } from "../features/calendar/calendarFileUrl.ts";
import { icsEvent, type CalendarEvent } from "../features/calendar/icsEvent.ts";
import { campaignPromotion } from "../features/filters/campaignPromotion.ts";
import { formatNumber } from "../features/filters/formatNumber.ts";
import { listedDate } from "../features/filters/listedDate.ts";
import { paginationLinks } from "../features/filters/paginationLinks.ts";
import { relatedPages } from "../features/filters/relatedPages.ts";
import { hasEnded, upcomingAndPast } from "../features/filters/upcomingAndPast.ts";
import { socialImageUrl } from "../features/images/socialImages.ts";
import { sitemapEntries, type SitemapPage } from "../features/sitemap/sitemapEntries.ts";
import { breadcrumbList, breadcrumbsFor, type Crumb } from "../features/structuredData/breadcrumbs.ts";
import { pageLd } from "../features/structuredData/pageLd.ts";
import { serialiseJsonLd } from "../features/structuredData/serialiseJsonLd.ts";
import { eventWhen } from "../model/schemas/eventWhen.ts";
import { contentTypes, isContentTypeName, labelOf, type ContentType } from "../registry/contentTypes.ts";
import { publicationStatus, type PublicationData } from "../registry/publicationStatus.ts";
import { topicPageUrl } from "../registry/topics.ts";

/** Every filter the templates use, in one place: each is a function of features/ or the registry. */
export default function filters(eleventyConfig: UserConfig): void {
  const base = siteUrl();
  const absolute = (path: string) => absoluteUrl(path, base);
  eleventyConfig.addGlobalData("siteUrl", base);

  // Dates and numbers, as GOV.UK writes them.
  eleventyConfig.addFilter("formatDate", formatDate);
  eleventyConfig.addFilter("isoDate", isoDate);
  eleventyConfig.addFilter("formatTimeAndDate", formatTimeAndDate);
  eleventyConfig.addFilter("rfc3339", rfc3339);
  eleventyConfig.addFilter("formatNumber", formatNumber);

  // Addresses, feeds, calendars and the sitemap.
  eleventyConfig.addFilter("absoluteUrl", absolute);
  eleventyConfig.addFilter("sitemapEntries", (pages: SitemapPage[]) => sitemapEntries(pages, base));
  eleventyConfig.addFilter("calendarFileUrl", calendarFileUrl);
  // Event front matter has passed eventSchema before any template runs (features/contentFolder/).
  eleventyConfig.addFilter("icsEvent", (event: CollectionItem) =>
    icsEvent({ ...(event.data as unknown as CalendarEvent), date: event.date }, absolute(event.url)),
  );
  eleventyConfig.addFilter("socialImageUrl", socialImageUrl);

  // Listings.
  eleventyConfig.addFilter("eventWhen", eventWhen);
  eleventyConfig.addFilter("upcomingAndPast", (events: CollectionItem[]) => upcomingAndPast(events));
  eleventyConfig.addFilter("hasEnded", (event: Record<string, unknown>) => hasEnded(event));
  eleventyConfig.addFilter("topicUrl", (name: string) => topicPageUrl(slug(name), 0));
  eleventyConfig.addFilter("paginationLinks", paginationLinks);
  eleventyConfig.addFilter("head", <T>(items: T[], count: number) => items.slice(0, count));
  eleventyConfig.addFilter("relatedPages", relatedPages);
  eleventyConfig.addFilter("listedDate", listedDate);
  // For the banner: {% set publication = { draft: draft, date: date, page: page } | publicationStatus %}
  eleventyConfig.addFilter("publicationStatus", (data: PublicationData | undefined) => publicationStatus(data ?? {}));

  // The content-type registry, so that no template names a type.
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

  // Campaigns: a hub and its pages are the files of one folder of content/campaigns/.
  eleventyConfig.addFilter("inCampaign", (pages: CollectionItem[], inputPath: string) =>
    pages.filter((item) => sameCampaign(item.inputPath, inputPath)),
  );
  eleventyConfig.addFilter("campaignHub", (hubs: CollectionItem[], inputPath: string) =>
    hubs.find((item) => sameCampaign(item.inputPath, inputPath)),
  );
  // The campaigns the site's settings put on the home page, in the settings' order; one not published is left out.
  eleventyConfig.addFilter("homeCampaigns", (hubs: CollectionItem[], names: string[]) =>
    names.flatMap((name) => hubs.filter((item) => campaignOf(item.inputPath) === name)),
  );
  eleventyConfig.addFilter("campaignPromotion", campaignPromotion);

  // Breadcrumbs and schema.org JSON-LD, for layouts to print with `| jsonLd | safe`.
  eleventyConfig.addFilter("breadcrumbs", breadcrumbsFor);
  eleventyConfig.addFilter("breadcrumbListLd", (crumbs: Crumb[], title: string, url: string) =>
    breadcrumbList(crumbs, { title, url }, absolute),
  );
  // Reads the page's own data (Nunjucks gives a filter the page's context as this.ctx): its type names what it needs.
  eleventyConfig.addFilter(
    "contentTypeLd",
    function (this: { ctx: Record<string, unknown> & { page: { date: Date } } }, type: unknown, url: string, image?: string) {
      if (!isContentTypeName(type)) return undefined;
      return pageLd(
        (contentTypes[type] as ContentType).structuredData,
        { ...this.ctx, date: this.ctx.page.date },
        { url: absolute(url), siteUrl: base, ...(image ? { image: absolute(image) } : {}) },
      );
    },
  );
  eleventyConfig.addFilter("jsonLd", serialiseJsonLd);
}
