import { existsSync } from "node:fs";
import path from "node:path";
import { projectPath } from "../core/contentPaths.ts";
import { siteNow } from "../core/clock.ts";
import { formatDate, formatTimeAndDate, hasTimeOfDay, publicationMoment } from "../core/dates.ts";
import { readContentFile } from "../model/frontMatter/readContentFile.ts";
import { contentTypeOf, contentTypes } from "./contentTypes.ts";

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
  | { state: "scheduled"; date: Date; atTime: boolean }
  | { state: "campaignUnpublished"; hub: string };

export interface PublicationData {
  draft?: unknown;
  date?: unknown;
  page?: { inputPath: string };
}

/**
 * Whether a page is on the live site at the moment `now` (the build's clock, core/clock.ts): not a draft, and, if its
 * type is scheduled by its date (news: contentTypes.ts), not dated after today in London, or, for a date with a time
 * of day (`date: 2026-12-08 07:00`), not before that time. A campaign's page waits for its campaign's hub: published
 * before it, it would have no campaign to belong to.
 */
export function publicationStatus(data: PublicationData, now: Date = siteNow()): PublicationStatus {
  if (data.draft === true) return { state: "draft" };
  const type = data.page ? contentTypeOf(data.page.inputPath) : undefined;
  if (type && contentTypes[type].place === "campaignPage") {
    const hub = path.join(path.dirname(data.page!.inputPath), "index.md");
    const hubData = existsSync(hub) ? readContentFile(hub).data : undefined;
    if (!hubData || publicationStatus({ ...hubData, page: { inputPath: hub } }, now).state !== "published") {
      return { state: "campaignUnpublished", hub: projectPath(hub) };
    }
  }
  const due = type && contentTypes[type].scheduledByDate ? publicationMoment(data.date) : undefined;
  if (due && due > now) {
    // A day is given as written (YAML's midnight UTC, which the site reads as that day); a time, as the moment.
    const atTime = hasTimeOfDay(data.date);
    return { state: "scheduled", date: atTime ? due : (data.date as Date), atTime };
  }
  return { state: "published" };
}

/** Why a page is not published, in the words of the build's "Not published: …, because …" line. */
export function unpublishedReason(status: PublicationStatus): string {
  if (status.state === "scheduled" && status.atTime)
    return `it is to be published at ${formatTimeAndDate(status.date)}, which has not come yet (the first build from then publishes it)`;
  if (status.state === "scheduled")
    return `it is dated ${formatDate(status.date)}, after today (it will be published by the first build on or after that day)`;
  if (status.state === "campaignUnpublished")
    return `its campaign's main page, ${status.hub}, is not published yet (publish that page first, or with this one)`;
  return "it is a draft (draft: true; delete that line to publish it)";
}
