import { DateTime } from "luxon";
import { projectPath } from "../../core/contentPaths.ts";
import { formatDate, SITE_ZONE, toLondonDateTime } from "../../core/dates.ts";
import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { readContentFile } from "../../model/frontMatter/readContentFile.ts";
import { contentTypeOf } from "../../registry/contentTypes.ts";
import { reviewDateOf } from "../../registry/pageHistory.ts";
import { publicationStatus } from "../../registry/publicationStatus.ts";
import { markdownPages } from "../contentFolder/markdownPages.ts";

/*
 * Keeping published pages right: each current page with a review date (its `reviewBy:`, or its type's default,
 * registry/pageHistory.ts reviewDateOf) is due for its owner's check on that day. `npm run lint` notes the pages past
 * it; `npm run review` lists what is due soon, by owner.
 */

/** A current page's review. */
export interface Review {
  /** Relative to the project: content/news/x.md. */
  file: string;
  /** The line of its reviewBy:, or of its date: when the review date is its type's default. */
  line: number | undefined;
  title: string;
  /** Its owner: (a team), if it names one. */
  owner: string | undefined;
  due: Date;
  /** Whether the date is its own reviewBy:, rather than its type's default. */
  ownDate: boolean;
}

const londonDay = (date: Date) => toLondonDateTime(date).toISODate()!;

/** Every current page under `root` (published, not withdrawn, at the moment `now`) that has a review date, soonest first. */
export function reviewsOf(root: string, now?: Date): Review[] {
  return markdownPages(root)
    .flatMap((file): Review[] => {
      if (!contentTypeOf(file)) return [];
      const { data, lineOf } = readContentFile(file);
      if (!(data["date"] instanceof Date)) return [];
      const page = { inputPath: file };
      const status = publicationStatus({ ...data, page }, now);
      if (status.state !== "published" || status.withdrawn) return [];
      const due = reviewDateOf({ ...data, page });
      if (!due) return [];
      const ownDate = data["reviewBy"] instanceof Date;
      const owner = typeof data["owner"] === "string" && data["owner"].trim() ? data["owner"].trim() : undefined;
      return [
        {
          file: projectPath(file),
          line: lineOf([ownDate ? "reviewBy" : "date"]),
          title: String(data["title"] ?? file),
          owner,
          due,
          ownDate,
        },
      ];
    })
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.file.localeCompare(b.file));
}

/** Today in London, YYYY-MM-DD, at the moment `now`. */
const todayOf = (now: Date) => DateTime.fromJSDate(now, { zone: SITE_ZONE }).toISODate()!;

/**
 * A notice for each page past its review date: not a failure, for a page stays right until someone finds it is not,
 * but its owner should check it. What `npm run lint` prints, each as "Review due: file:line: …".
 */
export function overdueReviews(reviews: Review[], now: Date): ContentProblem[] {
  const today = todayOf(now);
  return reviews
    .filter((review) => londonDay(review.due) < today)
    .map((review) => ({
      file: review.file,
      line: review.line,
      message:
        `${review.ownDate ? "reviewBy" : "review"}: this page was due for review on ${formatDate(review.due)}` +
        `${review.ownDate ? "" : " (a year after it was published or last updated, as a campaign's pages are)"}` +
        `${review.owner ? `, by ${review.owner}` : ""}. ` +
        "Check it is still right: then write the day of its next review as reviewBy:, add an update if you changed what it says, or withdraw it if it is no longer current.",
    }));
}

/** The reviews due by `days` from `now` (overdue ones too), by owner: each owner's soonest first, pages with no owner last. */
export function reviewsDueByOwner(
  reviews: Review[],
  now: Date,
  days: number,
): Array<{ owner: string | undefined; reviews: Review[] }> {
  const until = DateTime.fromJSDate(now, { zone: SITE_ZONE }).plus({ days }).toISODate()!;
  const due = reviews.filter((review) => londonDay(review.due) <= until);
  const owners = [...new Set(due.map((review) => review.owner))].sort((a, b) =>
    a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b, "en-GB"),
  );
  return owners.map((owner) => ({ owner, reviews: due.filter((review) => review.owner === owner) }));
}

/** Whether a review's day has gone by, at the moment `now`. */
export function isOverdue(review: Review, now: Date): boolean {
  return londonDay(review.due) < todayOf(now);
}
