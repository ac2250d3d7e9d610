import type { z } from "zod";
import type { CollectionItem } from "../core/collectionItem.ts";
import { campaignOf, contentPath, sameCampaign } from "../core/contentPaths.ts";
import { permalinkYearMonth } from "../core/dates.ts";
import { inEnglishOrder, newestFirst } from "../core/pageOrder.ts";
import { slug } from "../core/slug.ts";
import { campaignPageSchema } from "../model/schemas/campaignPageSchema.ts";
import { campaignSchema } from "../model/schemas/campaignSchema.ts";
import { eventSchema } from "../model/schemas/eventSchema.ts";
import { eventWhen } from "../model/schemas/eventWhen.ts";
import { newsArticleSchema } from "../model/schemas/newsArticleSchema.ts";

/** What the registry knows of a page when it works out its address: Eleventy's `page`. */
export interface PageLocation {
  inputPath: string;
  /** The file's name without its extension and date (Eleventy drops a leading YYYY-MM-DD-); a folder's name for index.md. */
  fileSlug: string;
  date: Date;
}

/** What `npm run new` knows when it writes a field's first value. */
export interface ScaffoldContext {
  today: Date;
  /** One more than the highest `order:` among the files beside the new one. */
  nextOrder: number;
  /** The words an editor must replace, which the content lint reports until they do: placeholder("the venue's name"). */
  placeholder(what: string): string;
}

/** What `npm run new` needs to start a file of a type. */
interface Scaffold {
  /** One line of the command's usage, after the type's name. */
  usage: string;
  /** Whether the command names a campaign before the title: `npm run new -- campaign-page road-safety "Title"`. */
  inCampaign?: boolean;
  /** The new file's path inside content/. */
  file(slug: string, today: string, campaign?: string): string;
  /** Values for the type's own fields, beyond those every page has (scripts/new.ts). */
  values?: Record<string, (context: ScaffoldContext) => unknown>;
  /** Fields written although the schema does not require them on their own (an event needs `day` or `start`). */
  alsoWritten?: string[];
}

/**
 * One kind of page. Collections, layouts, listings, drafts, metadata, search, the CMS and `npm run new` all read this
 * entry: a new type is an entry here, its schema and its layout (and its folder's README.md), and
 * tests/build/newContentType.test.ts adds one with nothing else.
 */
export interface ContentType {
  /** What readers see as the kind of page: the caption above the title, the search filter, related links. */
  label: string;
  /** The kind of page in a sentence, such as "This news article was withdrawn on …"; "page" unless given. */
  noun?: string;
  /**
   * For pages that date quickly (a campaign's): how many years after its last update, or its publication, a page is
   * due for review when its front matter names no `reviewBy:` (registry/pageHistory.ts reviewDateOf).
   */
  reviewAfterYears?: number;
  /** The folder its files are in, for messages. */
  folder: string;
  /** Which Markdown files are of this type, by their path inside content/. */
  files: RegExp;
  /**
   * How its files sit in content/: each page a file of the type's own folder; a campaign's hub, one a campaign
   * (content/campaigns/<campaign>/index.md); or a page of a campaign, in that campaign's folder.
   */
  place: "folder" | "campaignHub" | "campaignPage";
  /** Whether its file names start with the page's date (YYYY-MM-DD-), which its address and order go by. */
  datedFileNames: boolean;
  /** Whether a published page must have words below its front matter: an article is its text; an event or campaign can be its fields. */
  needsText: boolean;
  /** Its list in the CMS at /admin/: the name in the CMS's addresses, and its heading (a campaign's title follows it for "campaignPage"). */
  cms: { name: string; label: string };
  schema: z.ZodType;
  /** Its layout, in _includes/, which extends layouts/content-page.njk. */
  layout: string;
  /** The collection that holds its published pages, in its order: collections.news. */
  collection: string;
  permalink(page: PageLocation): string;
  /** The order of its collection. */
  order(a: CollectionItem, b: CollectionItem): number;
  /** Whether a page dated after today waits until that day to be published (news does; an event's date is not its publication). */
  scheduledByDate: boolean;
  /** Open Graph's og:type. */
  openGraphType: "article" | "website";
  /** The schema.org type of its JSON-LD, if it has any beyond the breadcrumbs (features/structuredData/pageLd.ts writes it). */
  structuredData?: "NewsArticle" | "Event";
  /** What a listing shows under each page's summary: when an event happens, or the publication date where a listing shows dates. */
  listedDate: "when" | "published";
  /**
   * Its listing page, made by the one generic template, _includes/pages/listing.njk: the type's published pages in
   * its order, LISTING_PAGE_SIZE a page (features/listings/listingPages.ts), at `url`, then at page-2/ and on under
   * it. Every type that readers browse needs one, and most need nothing more, so that a new type is its entry, its
   * schema and its layout alone. News and events have none here: their listings are pages of their own
   * (_includes/pages/news.njk links the feed, events.njk splits upcoming from past), and a campaign's pages are
   * listed by its hub.
   */
  listing?: Listing;
  scaffold: Scaffold;
}

/** A type's listing page (ContentType `listing`): its address, starting and ending with /, its heading and its description. */
export interface Listing {
  url: string;
  title: string;
  description: string;
}

// An event whose timing is wrong sorts first here; the content check then reports it with its file and field.
const startsAt = (item: CollectionItem) => {
  try {
    return eventWhen(item.data).startsAt.getTime();
  } catch {
    return 0;
  }
};

const byOrderField = (a: CollectionItem, b: CollectionItem) =>
  Number(a.data["order"]) - Number(b.data["order"]) || inEnglishOrder(String(a.data.title), String(b.data.title));

export const contentTypes = {
  news: {
    label: "News",
    noun: "news article",
    folder: "content/news",
    files: /^news\/[^/]+\.md$/,
    place: "folder",
    datedFileNames: true,
    needsText: true,
    cms: { name: "news", label: "News" },
    schema: newsArticleSchema,
    layout: "layouts/news-article.njk",
    collection: "news",
    permalink: (page) => `/news/${permalinkYearMonth(page.date)}/${slug(page.fileSlug)}/`,
    order: newestFirst,
    scheduledByDate: true,
    openGraphType: "article",
    structuredData: "NewsArticle",
    listedDate: "published",
    scaffold: {
      usage: "a news article, in content/news/, dated today",
      file: (name, today) => `news/${today}-${name}.md`,
    },
  },
  event: {
    label: "Event",
    noun: "event",
    folder: "content/events",
    files: /^events\/[^/]+\.md$/,
    place: "folder",
    datedFileNames: false,
    needsText: false,
    cms: { name: "events", label: "Events" },
    schema: eventSchema,
    layout: "layouts/event.njk",
    collection: "events",
    permalink: (page) => `/events/${slug(page.fileSlug)}/`,
    order: (a, b) => startsAt(a) - startsAt(b),
    scheduledByDate: false,
    openGraphType: "website",
    structuredData: "Event",
    listedDate: "when",
    scaffold: {
      usage: "an event page, in content/events/",
      file: (name) => `events/${name}.md`,
      values: {
        day: ({ today }) => today,
        venue: ({ placeholder }) => ({ name: placeholder("the venue's name") }),
        organisers: () => ["Leicestershire County Council"],
      },
      alsoWritten: ["day"],
    },
  },
  campaign: {
    label: "Campaign",
    noun: "campaign",
    reviewAfterYears: 1,
    folder: "content/campaigns/<campaign>/index.md",
    files: /^campaigns\/[^/]+\/index\.md$/,
    place: "campaignHub",
    datedFileNames: false,
    needsText: false,
    cms: { name: "campaigns", label: "Campaigns" },
    schema: campaignSchema,
    layout: "layouts/campaign.njk",
    collection: "campaigns",
    permalink: (page) => `/${slug(campaignOf(page.inputPath) ?? page.fileSlug)}/`,
    order: (a, b) => inEnglishOrder(String(a.data.title), String(b.data.title)),
    scheduledByDate: false,
    openGraphType: "website",
    listedDate: "published",
    scaffold: {
      usage: "a campaign: its hub page, content/campaigns/<name>/index.md, at /<name>/",
      file: (name) => `campaigns/${name}/index.md`,
    },
  },
  "campaign-page": {
    // Shown as the campaign's own title instead ("How loneliness is tackled"): see labelOf.
    label: "Campaign page",
    noun: "page",
    reviewAfterYears: 1,
    folder: "content/campaigns/<campaign>",
    files: /^campaigns\/[^/]+\/(?!index\.md$)[^/]+\.md$/,
    place: "campaignPage",
    datedFileNames: false,
    needsText: false,
    cms: { name: "campaign", label: "Pages of" },
    schema: campaignPageSchema,
    layout: "layouts/campaign-page.njk",
    collection: "campaignPages",
    permalink: (page) => `/${slug(campaignOf(page.inputPath) ?? "")}/${slug(page.fileSlug)}/`,
    order: byOrderField,
    scheduledByDate: false,
    openGraphType: "website",
    listedDate: "published",
    scaffold: {
      usage: "a page of a campaign, listed on its hub: give the campaign's folder name first",
      inCampaign: true,
      file: (name, _today, campaign) => `campaigns/${campaign}/${name}.md`,
      values: { order: ({ nextOrder }) => nextOrder },
    },
  },
} as const satisfies Record<string, ContentType>;

export type ContentTypeName = keyof typeof contentTypes;

export function isContentTypeName(name: unknown): name is ContentTypeName {
  return typeof name === "string" && Object.hasOwn(contentTypes, name);
}

export const contentTypeNames = Object.keys(contentTypes) as ContentTypeName[];

const typeOfPath = new Map<string, ContentTypeName | undefined>();

/** The content type of a Markdown file, from where it is in content/; undefined for a file in no type's folder. */
export function contentTypeOf(inputPath: string): ContentTypeName | undefined {
  if (typeOfPath.has(inputPath)) return typeOfPath.get(inputPath);
  const name = typeOfContentPath(contentPath(inputPath));
  typeOfPath.set(inputPath, name);
  return name;
}

/** The content type of a file by its path inside content/ (news/2018-11-26-x.md); undefined for a file in no type's folder. */
export function typeOfContentPath(relative: string): ContentTypeName | undefined {
  return contentTypeNames.find((type) => contentTypes[type].files.test(relative));
}

/**
 * What a page is called as a kind of page. A campaign's pages are named by
 * their campaign's title, so that search shows "How loneliness is tackled"
 * rather than a word that means nothing to readers.
 */
export function labelOf(type: unknown, inputPath: unknown, campaigns: CollectionItem[] = []): string {
  if (!isContentTypeName(type)) return "";
  if (contentTypes[type].place === "campaignPage" && typeof inputPath === "string") {
    const hub = campaigns.find((item) => sameCampaign(item.inputPath, inputPath));
    if (hub?.data.title) return String(hub.data.title);
  }
  return contentTypes[type].label;
}

/** A kind of page as a sentence names it: "news article", "event", "page". */
export function nounOf(type: unknown): string {
  return isContentTypeName(type) ? ((contentTypes[type] as ContentType).noun ?? "page") : "page";
}
