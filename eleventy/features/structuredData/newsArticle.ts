import { toLondonDateTime } from "../../core/dates.ts";
import type { NewsArticle } from "../../model/schemas/newsArticleSchema.ts";
import { council } from "./publisher.ts";

export interface PageAddress {
  url: string;
  siteUrl: string;
  /** Absolute URL of the page's image, if it has one. */
  image?: string;
}

const withOffset = (date: Date) => toLondonDateTime(date).toISO({ suppressMilliseconds: true });

/** schema.org NewsArticle, from the article's front matter; `modified` is the day it last changed (registry/pageHistory.ts). */
export function newsArticleLd(
  article: Pick<NewsArticle, "title" | "description" | "date"> & { modified?: Date },
  { url, siteUrl, image }: PageAddress,
) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description,
    datePublished: withOffset(article.date),
    dateModified: withOffset(article.modified ?? article.date),
    mainEntityOfPage: url,
    url,
    ...(image ? { image: [image] } : {}),
    author: council(siteUrl),
    publisher: council(siteUrl),
  };
}
