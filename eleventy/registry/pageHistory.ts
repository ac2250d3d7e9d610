import { DateTime } from "luxon";
import { toLondonDateTime } from "../core/dates.ts";
import { contentTypeOf, contentTypes, type ContentType } from "./contentTypes.ts";
import { withdrawalOf, type PublicationData, type Withdrawal } from "./publicationStatus.ts";

/*
 * What has happened to a page since it was published, as its front matter records it: its updates (GOV.UK's
 * "Published 26 November 2018, last updated 3 December 2018", with every update's date and note), and its withdrawal.
 * A minor change, such as a typo's fix, has no update, and changes none of the dates here.
 */

/** One change readers need to know of: `updates:` in front matter. */
export interface PageUpdate {
  date: Date;
  note: string;
}

/** A page's data as the build or a template has it: its front matter, and Eleventy's `page` (its file and date). */
export interface HistoryData extends PublicationData {
  updates?: unknown;
  reviewBy?: unknown;
  page?: { inputPath: string; date?: Date };
}

export interface PageHistory {
  /** The day it was published: its `date:`. */
  published: Date;
  /** Its updates, newest first; for several on one day, the one written last first. */
  updates: PageUpdate[];
  /** Its newest update's day, if it has any. */
  lastUpdated?: Date;
  withdrawn?: Withdrawal;
  /**
   * The day it last changed for readers: its newest update, or its withdrawal if that came later, or else the day it
   * was published. The page's dateModified, its feed entries' <updated> and its sitemap lastmod.
   */
  modified: Date;
}

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** The updates of a page's front matter, newest first (its schema has checked them: anything else is left out). */
export function updatesOf(data: { updates?: unknown }): PageUpdate[] {
  if (!Array.isArray(data.updates)) return [];
  return data.updates
    .flatMap((update: unknown, index) => {
      const { date, note } = (update ?? {}) as { date?: unknown; note?: unknown };
      return isDate(date) && typeof note === "string" ? [{ date, note: note.trim(), index }] : [];
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || b.index - a.index)
    .map(({ date, note }) => ({ date, note }));
}

/** A page's history at the moment `now` (which decides an expiry, as publicationStatus says). */
export function pageHistory(data: HistoryData, now?: Date): PageHistory {
  const published = isDate(data.date) ? data.date : data.page?.date;
  if (!isDate(published)) throw new Error(`pageHistory: ${data.page?.inputPath ?? "a page"} has no date`);
  const updates = updatesOf(data);
  const lastUpdated = updates[0]?.date;
  const withdrawn = withdrawalOf(data, now);
  const modified = [published, lastUpdated, withdrawn?.date]
    .filter(isDate)
    .reduce((latest, date) => (date > latest ? date : latest));
  return {
    published,
    updates,
    ...(lastUpdated ? { lastUpdated } : {}),
    ...(withdrawn ? { withdrawn } : {}),
    modified,
  };
}

/**
 * The day a page's owner should check it by: its `reviewBy:`, or, for a type whose pages date quickly (a campaign's:
 * contentTypes.ts `reviewAfterYears`), that many years after its last update or its publication. Undefined for a page
 * with neither.
 */
export function reviewDateOf(data: HistoryData): Date | undefined {
  if (isDate(data.reviewBy)) return data.reviewBy;
  const type = data.page ? contentTypeOf(data.page.inputPath) : undefined;
  const years = type ? (contentTypes[type] as ContentType).reviewAfterYears : undefined;
  const published = isDate(data.date) ? data.date : data.page?.date;
  if (!years || !isDate(published)) return undefined;
  const from = updatesOf(data)[0]?.date ?? published;
  const due = toLondonDateTime(from).plus({ years });
  // A London calendar day, as YAML reads `reviewBy: 2019-11-26`: midnight UTC.
  return DateTime.fromISO(due.toISODate()!, { zone: "utc" }).toJSDate();
}
