import type UserConfig from "@11ty/eleventy/UserConfig";
import type { CollectionItem } from "../core/collectionItem.ts";
import { campaignOf, sameCampaign } from "../core/contentPaths.ts";
import { formatDate, formatDateWithWeekday, formatTimeAndDate, isoDate, rfc3339 } from "../core/dates.ts";
import { absoluteUrl, siteUrl } from "../core/siteUrl.ts";
import { slug } from "../core/slug.ts";
import { calendarFileUrl } from "../features/calendar/calendarFileUrl.ts";
import { campaignFeedUrl, topicFeedUrl } from "../features/feeds/pageFeeds.ts";
import { updatesHtml } from "../features/feeds/updatesHtml.ts";
import { icsEvent, type CalendarEvent } from "../features/calendar/icsEvent.ts";
import { campaignPromotion } from "../features/filters/campaignPromotion.ts";
import { formatNumber } from "../features/filters/formatNumber.ts";
import { listedDate } from "../features/filters/listedDate.ts";
import { featuredArticles } from "../features/listings/featured.ts";
import { paginationLinks } from "../features/filters/paginationLinks.ts";
import { relatedPages } from "../features/filters/relatedPages.ts";
import { hasEnded, upcomingAndPast } from "../features/filters/upcomingAndPast.ts";
import { socialImageUrl } from "../features/images/socialImages.ts";
import { newestContentDate, sitemapEntries, type SitemapPage } from "../features/sitemap/sitemapEntries.ts";
import { breadcrumbList, breadcrumbsFor, type Crumb } from "../features/structuredData/breadcrumbs.ts";
import { pageLd } from "../features/structuredData/pageLd.ts";
import { serialiseJsonLd } from "../features/structuredData/serialiseJsonLd.ts";
import { eventWhen } from "../model/schemas/eventWhen.ts";
import { contentTypes, isContentTypeName, labelOf, nounOf, type ContentType } from "../registry/contentTypes.ts";
import { pageHistory, type HistoryData } from "../registry/pageHistory.ts";
import { publicationStatus, type PublicationData } from "../registry/publicationStatus.ts";
import { topicPageUrl } from "../registry/topics.ts";

/** Every filter the templates use, in one place: each is a function of features/ or the registry. */
export default function filters(eleventyConfig: UserConfig): void {
  const base = siteUrl();
  const absolute = (path: string) => absoluteUrl(path, base);
  eleventyConfig.addGlobalData("siteUrl", base);

  // Dates and numbers, as GOV.UK writes them.
  eleventyConfig.addFilter("formatDate", formatDate);
  eleventyConfig.addFilter("formatDateWithWeekday", formatDateWithWeekday);
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
  // The feeds that follow a topic or a campaign, and what a feed entry adds of its page's updates.
  eleventyConfig.addFilter("topicFeedUrl", (name: string) => topicFeedUrl(slug(name)));
  eleventyConfig.addFilter("campaignFeedUrl", campaignFeedUrl);
  eleventyConfig.addFilter("updatesHtml", updatesHtml);

  // Listings.
  eleventyConfig.addFilter("eventWhen", eventWhen);
  eleventyConfig.addFilter("upcomingAndPast", (events: CollectionItem[]) => upcomingAndPast(events));
  eleventyConfig.addFilter("hasEnded", (event: Record<string, unknown>) => hasEnded(event));
  eleventyConfig.addFilter("topicUrl", (name: string) => topicPageUrl(slug(name), 0));
  eleventyConfig.addFilter("paginationLinks", paginationLinks);
  eleventyConfig.addFilter("head", <T>(items: T[], count: number) => items.slice(0, count));
  eleventyConfig.addFilter("without", <T>(items: T[], left: T[]) => items.filter((item) => !left.includes(item)));
  // The newest featured articles (featured: true), for the top of the home page and the news page.
  eleventyConfig.addFilter("featuredArticles", featuredArticles);
  eleventyConfig.addFilter("relatedPages", relatedPages);
  eleventyConfig.addFilter("listedDate", listedDate);
  // For the banner: {% set publication = { draft: draft, date: date, page: page } | publicationStatus %}
  eleventyConfig.addFilter("publicationStatus", (data: PublicationData | undefined) => publicationStatus(data ?? {}));
  // What has happened to a page since it was published: its updates, newest first, and its withdrawal. In a layout,
  // of the page itself (Nunjucks gives a filter the page's context as this.ctx): {% set history = page | pageHistory %};
  // of a page in a list, of its data: {{ (item | itemHistory).modified }}.
  eleventyConfig.addFilter("pageHistory", function (this: { ctx: HistoryData }, page: { inputPath: string; date: Date }) {
    return pageHistory({ ...this.ctx, date: page.date, page });
  });
  eleventyConfig.addFilter("itemHistory", (item: CollectionItem) => pageHistory({ ...item.data, date: item.date }));
  // A feed's <updated>: the day the newest change to any of its pages was made. A feed with none (every article
  // withdrawn) was last changed, as far as the site knows, when its newest page was published: that of `all`.
  eleventyConfig.addFilter("newestModified", (items: CollectionItem[], all: SitemapPage[] = []) => {
    const dates = items.map((item) => pageHistory({ ...item.data, date: item.date }).modified);
    return dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : (newestContentDate(all) ?? new Date(0));
  });

  // The content-type registry, so that no template names a type.
  eleventyConfig.addFilter("contentTypeLayout", (type: unknown) => {
    if (!isContentTypeName(type)) throw new Error(`No layout for the content type ${JSON.stringify(type)}`);
    return contentTypes[type].layout;
  });
  eleventyConfig.addFilter("contentTypeLabel", (type: unknown, inputPath: unknown, campaigns?: CollectionItem[]) =>
    labelOf(type, inputPath, campaigns),
  );
  // The kind of page in a sentence: "This {{ contentType | contentTypeNoun }} was withdrawn on …".
  eleventyConfig.addFilter("contentTypeNoun", nounOf);
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
      const { modified } = pageHistory({ ...this.ctx, date: this.ctx.page.date, page: this.ctx.page as HistoryData["page"] });
      return pageLd(
        (contentTypes[type] as ContentType).structuredData,
        { ...this.ctx, date: this.ctx.page.date, modified },
        { url: absolute(url), siteUrl: base, ...(image ? { image: absolute(image) } : {}) },
      );
    },
  );
  eleventyConfig.addFilter("jsonLd", serialiseJsonLd);
}
