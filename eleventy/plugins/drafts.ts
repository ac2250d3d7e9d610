import { existsSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatDate, SITE_ZONE, toLondonDateTime } from "../filters/dates.ts";
import { contentTypeOf, contentTypes } from "../contentTypes.ts";
import { readContentFile } from "./contentValidation.ts";

/*
 * Drafts and scheduled articles. A page with `draft: true`, or a news article
 * whose `date` is after today in London, is left out of a production build
 * (`npm run build`): no page, no listing, feed, sitemap, topic or search
 * entry. `npm start` (Eleventy's serve and watch modes) shows it, under a
 * banner saying it is not published (_includes/partials/draft-banner.njk).
 */

export type PublicationStatus =
  | { state: "published" }
  | { state: "draft" }
  | { state: "scheduled"; date: Date }
  | { state: "campaignUnpublished"; hub: string };

export interface PublicationData {
  draft?: unknown;
  date?: unknown;
  page?: { inputPath: string };
}

/**
 * Whether a page is on the live site at the moment `now`: not a draft, and, if its type is scheduled by its date
 * (news: contentTypes.ts), not dated after today in London. A campaign's page waits for its campaign's hub: published
 * before it, it would have no campaign to belong to.
 */
export function publicationStatus(data: PublicationData, now: Date = new Date()): PublicationStatus {
  if (data.draft === true) return { state: "draft" };
  const type = data.page ? contentTypeOf(data.page.inputPath) : undefined;
  if (type === "campaign-page") {
    const hub = path.join(path.dirname(data.page!.inputPath), "index.md");
    const hubData = existsSync(hub) ? readContentFile(hub).data : undefined;
    if (!hubData || publicationStatus({ ...hubData, page: { inputPath: hub } }, now).state !== "published") {
      return { state: "campaignUnpublished", hub: path.relative(process.cwd(), hub).split(path.sep).join("/") };
    }
  }
  if (type && contentTypes[type].scheduledByDate && data.date instanceof Date) {
    const publishedOn = toLondonDateTime(data.date).toISODate()!;
    const today = DateTime.fromJSDate(now, { zone: SITE_ZONE }).toISODate()!;
    if (publishedOn > today) return { state: "scheduled", date: data.date };
  }
  return { state: "published" };
}

interface PreprocessorData extends PublicationData {
  page: { inputPath: string };
  eleventy?: { env?: { runMode?: string } };
}

/**
 * True when unpublished pages are shown, marked, rather than left out: in
 * `npm start`, Eleventy's "serve" (or "watch") run mode, which it gives every
 * page as `eleventy.env.runMode` and the process as ELEVENTY_RUN_MODE.
 * Anything else counts as a production build, so a draft is never published by mistake.
 */
export function showsUnpublished(runMode: string | undefined): boolean {
  return runMode === "serve" || runMode === "watch";
}

/** Whether this process builds the `npm start` preview (see showsUnpublished), from the run mode Eleventy gives it. */
export function buildsPreview(): boolean {
  return showsUnpublished(process.env["ELEVENTY_RUN_MODE"]);
}

function why(status: PublicationStatus): string {
  if (status.state === "scheduled")
    return `it is dated ${formatDate(status.date)}, after today (it will be published by the first build on or after that day)`;
  if (status.state === "campaignUnpublished")
    return `its campaign's main page, ${status.hub}, is not published yet (publish that page first, or with this one)`;
  return "it is a draft (draft: true; delete that line to publish it)";
}

export default function drafts(eleventyConfig: UserConfig): void {
  eleventyConfig.addPreprocessor("drafts", "md", (data: PreprocessorData) => {
    // Every page is shown under `npm start`, which asks first: working out each page's status is a cost of every save.
    if (showsUnpublished(data.eleventy?.env?.runMode ?? process.env["ELEVENTY_RUN_MODE"])) return undefined;
    const status = publicationStatus(data);
    if (status.state === "published") return undefined;
    // A draft's front matter was checked with every page's before the build (plugins/contentFolderCheck.ts), so that a
    // mistake in it is found now rather than on the day it is published. This line is a notice on a pull request, not
    // an error (.github/problem-matchers/content.json).
    console.log(`Not published: ${path.relative(process.cwd(), data.page.inputPath)}, because ${why(status)}.`);
    return false;
  });

  // For the banner: {% set publication = { draft: draft, date: page.date, page: page } | publicationStatus %}
  eleventyConfig.addFilter("publicationStatus", (data: PublicationData | undefined) => publicationStatus(data ?? {}));
}
