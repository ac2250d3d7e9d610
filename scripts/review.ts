/**
 * `npm run review`: the published pages due for review in the next 30 days (or `npm run review -- 60`: 60), and
 * those already past their review date, by owner, each owner's soonest first:
 *
 *   Communications team
 *     overdue since 26 November 2019: How loneliness is tackled (content/campaigns/tackling-loneliness/index.md:4)
 *
 * A page's review date is its reviewBy:, or, for a campaign's hub and pages, a year after its last update. `npm run
 * lint` notes the overdue ones too, without failing.
 */
import { CONTENT_FOLDER } from "../eleventy/core/contentPaths.ts";
import { formatDate } from "../eleventy/core/dates.ts";
import { isOverdue, reviewsDueByOwner, reviewsOf } from "../eleventy/features/review/reviews.ts";

/** What `npm run review` prints, for the reviews of `root`, looking `days` ahead of `now`. */
export function reviewReport(root: string, now: Date, days = 30): string {
  const groups = reviewsDueByOwner(reviewsOf(root, now), now, days);
  const count = groups.reduce((total, group) => total + group.reviews.length, 0);
  if (!count) return `No page is due for review in the next ${days} days.`;
  const lines = [`Pages due for review in the next ${days} days, and those past their review date, by owner:`];
  for (const { owner, reviews } of groups) {
    lines.push("", owner ?? "No owner (write the team that keeps each page right as its owner:)");
    for (const review of reviews) {
      const when = isOverdue(review, now) ? `overdue since ${formatDate(review.due)}` : `due ${formatDate(review.due)}`;
      lines.push(`  ${when}: ${review.title} (${review.file}${review.line ? `:${review.line}` : ""})`);
    }
  }
  lines.push("", `${count} ${count === 1 ? "page" : "pages"} to review.`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const days = Number(process.argv[2] ?? 30);
  if (!Number.isInteger(days) || days < 0) {
    console.error("Usage: npm run review [-- <days>]   (the pages due for review in the next <days> days, 30 unless given)");
    process.exitCode = 1;
  } else {
    console.log(reviewReport(CONTENT_FOLDER, new Date(), days));
  }
}
