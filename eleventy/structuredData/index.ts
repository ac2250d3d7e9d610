import type UserConfig from "@11ty/eleventy/UserConfig";
import { absoluteUrl, siteUrl } from "../siteUrl.ts";
import { breadcrumbList, breadcrumbsFor, type Crumb } from "./breadcrumbs.ts";
import { eventLd } from "./event.ts";
import { newsArticleLd } from "./newsArticle.ts";
import { serialiseJsonLd } from "./serialiseJsonLd.ts";

/** Breadcrumbs and schema.org JSON-LD, for layouts to print with `| jsonLd | safe`. */
export default function structuredData(eleventyConfig: UserConfig): void {
  const base = siteUrl();
  const absolute = (path: string) => absoluteUrl(path, base);
  const address = (url: string, image?: string) => ({
    url: absolute(url),
    siteUrl: base,
    ...(image ? { image: absolute(image) } : {}),
  });

  eleventyConfig.addFilter("breadcrumbs", breadcrumbsFor);
  eleventyConfig.addFilter("breadcrumbListLd", (crumbs: Crumb[], title: string, url: string) =>
    breadcrumbList(crumbs, { title, url }, absolute),
  );
  eleventyConfig.addFilter("newsArticleLd", (data: Parameters<typeof newsArticleLd>[0], url: string, image?: string) =>
    newsArticleLd(data, address(url, image)),
  );
  eleventyConfig.addFilter("eventLd", (data: Parameters<typeof eventLd>[0], url: string, image?: string) =>
    eventLd(data, address(url, image)),
  );
  eleventyConfig.addFilter("jsonLd", serialiseJsonLd);
}
