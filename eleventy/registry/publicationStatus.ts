import { existsSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { projectPath } from "../core/contentPaths.ts";
import { siteNow } from "../core/clock.ts";
import { formatDate, formatTimeAndDate, hasTimeOfDay, publicationMoment, SITE_ZONE, toLondonDateTime } from "../core/dates.ts";
import { readContentFile } from "../model/frontMatter/readContentFile.ts";
import { contentTypeOf, contentTypes } from "./contentTypes.ts";

/*
 * Drafts and scheduled articles. A page with `draft: true`, or a news article
 * whose `date` is after today in London, is left out of a production build
 * (`npm run build`): no page, no listing, feed, sitemap, topic or search
 * entry. `npm start` (Eleventy's serve and watch modes) shows it, under a
 * banner saying it is not published (_includes/partials/draft-banner.njk).
 */

/*
 * Withdrawn and expired pages. A published page withdrawn on a day (`withdrawn: date:`), or whose `expires:` day has
 * come, in London, is still built at its address, with a notice saying when and why, but is no longer current: it
 * leaves the home page, listings, topics, feeds and other pages' related links (plugins/collections.ts). The moment
 * `now` decides an expiry, as it decides a scheduled article: the daily build withdraws a page on its day.
 */

/** When and why a published page was withdrawn. */
export interface Withdrawal {
  date: Date;
  reason: string;
  /** Withdrawn by its `expires:` day, rather than by an editor's `withdrawn: date:`. */
  expired: boolean;
}

/** The reason an expired page gives when its front matter gives none (`withdrawn: reason:`). */
export const EXPIRED_REASON = "The information on this page is no longer current.";

export type PublicationStatus =
  | { state: "published"; withdrawn?: Withdrawal }
  | { state: "draft" }
  | { state: "scheduled"; date: Date; atTime: boolean }
  | { state: "campaignUnpublished"; hub: string };

export interface PublicationData {
  draft?: unknown;
  date?: unknown;
  withdrawn?: unknown;
  expires?: unknown;
  page?: { inputPath: string };
}

const londonDay = (date: Date) => toLondonDateTime(date).toISODate()!;

/**
 * Whether a page is on the live site at the moment `now` (the build's clock, core/clock.ts): not a draft, and, if its
 * type is scheduled by its date (news: contentTypes.ts), not dated after today in London, or, for a date with a time
 * of day (`date: 2026-12-08 07:00`), not before that time. A campaign's page waits for its campaign's hub: published
 * before it, it would have no campaign to belong to. A published page may be withdrawn (see Withdrawal); a campaign's
 * page is withdrawn with its hub, unless it was withdrawn before it.
 */
export function publicationStatus(data: PublicationData, now: Date = siteNow()): PublicationStatus {
  if (data.draft === true) return { state: "draft" };
  const type = data.page ? contentTypeOf(data.page.inputPath) : undefined;
  let hubWithdrawn: Withdrawal | undefined;
  if (type && contentTypes[type].place === "campaignPage") {
    const hub = path.join(path.dirname(data.page!.inputPath), "index.md");
    const hubData = existsSync(hub) ? readContentFile(hub).data : undefined;
    const hubStatus = hubData ? publicationStatus({ ...hubData, page: { inputPath: hub } }, now) : undefined;
    if (hubStatus?.state !== "published") return { state: "campaignUnpublished", hub: projectPath(hub) };
    hubWithdrawn = hubStatus.withdrawn;
  }
  const today = DateTime.fromJSDate(now, { zone: SITE_ZONE }).toISODate()!;
  const due = type && contentTypes[type].scheduledByDate ? publicationMoment(data.date) : undefined;
  if (due && due > now) {
    // A day is given as written (YAML's midnight UTC, which the site reads as that day); a time, as the moment.
    const atTime = hasTimeOfDay(data.date);
    return { state: "scheduled", date: atTime ? due : (data.date as Date), atTime };
  }
  const withdrawn = earliest(ownWithdrawal(data, today), hubWithdrawn);
  return withdrawn ? { state: "published", withdrawn } : { state: "published" };
}

/** The page's own withdrawal by `today` (YYYY-MM-DD in London): its `withdrawn: date:`, or its `expires:` day, whichever came first. */
function ownWithdrawal(data: PublicationData, today: string): Withdrawal | undefined {
  const withdrawn =
    typeof data.withdrawn === "object" && data.withdrawn !== null ? (data.withdrawn as Record<string, unknown>) : {};
  const reason = typeof withdrawn["reason"] === "string" && withdrawn["reason"].trim() ? withdrawn["reason"].trim() : undefined;
  const byEditor =
    withdrawn["date"] instanceof Date && londonDay(withdrawn["date"]) <= today
      ? { date: withdrawn["date"], reason: reason ?? EXPIRED_REASON, expired: false }
      : undefined;
  const byExpiry =
    data.expires instanceof Date && londonDay(data.expires) <= today
      ? { date: data.expires, reason: reason ?? EXPIRED_REASON, expired: true }
      : undefined;
  return earliest(byEditor, byExpiry);
}

function earliest(...withdrawals: Array<Withdrawal | undefined>): Withdrawal | undefined {
  return withdrawals
    .filter((withdrawal): withdrawal is Withdrawal => withdrawal !== undefined)
    .sort((a, b) => a.date.getTime() - b.date.getTime())[0];
}

/** The page's withdrawal, if it is published and withdrawn at the moment `now`; undefined for a current page, or one not published. */
export function withdrawalOf(data: PublicationData | Record<string, unknown>, now?: Date): Withdrawal | undefined {
  const status = publicationStatus(data as PublicationData, now);
  return status.state === "published" ? status.withdrawn : undefined;
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
