/**
 * What the content check tells editors of pages as a whole: a fourth featured article (a warning naming the one left
 * out), pages past their review date (notices, for `npm run lint`) and what is due soon, by owner (`npm run review`).
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { projectPath } from "../../eleventy/core/contentPaths.ts";
import { featuredWarnings } from "../../eleventy/features/listings/featured.ts";
import { overdueReviews, reviewsDueByOwner, reviewsOf } from "../../eleventy/features/review/reviews.ts";
import { reviewReport } from "../../scripts/review.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "reviews-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A content folder of its own for each test, holding these files (path inside content/ → front matter). */
function contentWith(files: Record<string, string>): string {
  const root = path.join(mkdtempSync(path.join(scratch, "project-")), "content");
  for (const [file, frontMatter] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), `---\n${frontMatter}\n---\nText.\n`);
  }
  return root;
}

const NOW = new Date("2019-06-10T12:00:00Z");
const article = (title: string, date: string, extra = "") =>
  `title: ${title}\ndescription: An article.\ndate: ${date}\nfeatured: true${extra ? `\n${extra}` : ""}`;

describe("featured articles", () => {
  test("three featured articles are no warning", () => {
    const root = contentWith({
      "news/2019-01-01-a.md": article("A", "2019-01-01"),
      "news/2019-01-02-b.md": article("B", "2019-01-02"),
      "news/2019-01-03-c.md": article("C", "2019-01-03"),
    });
    assert.deepEqual(featuredWarnings(root, NOW), []);
  });

  test("a fourth is a warning on the oldest's featured: line, naming the three shown", () => {
    const root = contentWith({
      "news/2019-01-01-oldest.md": article("Oldest", "2019-01-01"),
      "news/2019-01-02-b.md": article("B", "2019-01-02"),
      "news/2019-01-03-c.md": article("C", "2019-01-03"),
      "news/2019-01-04-d.md": article("D", "2019-01-04"),
    });
    const shown = ["d", "c", "b"].map((name, index) => projectPath(path.join(root, `news/2019-01-0${4 - index}-${name}.md`)));
    assert.deepEqual(featuredWarnings(root, NOW), [
      {
        file: projectPath(path.join(root, "news/2019-01-01-oldest.md")),
        line: 5,
        message: `featured: 4 news articles are featured, and the home page and the news page show the newest 3, so this one, older than them, is left out. Delete its featured: true, or the one of: ${shown.join(", ")}, that should make way for it.`,
      },
    ]);
  });

  test("drafts, scheduled and withdrawn articles are not counted: they are not shown", () => {
    const root = contentWith({
      "news/2019-01-01-a.md": article("A", "2019-01-01"),
      "news/2019-01-02-b.md": article("B", "2019-01-02"),
      "news/2019-01-03-c.md": article("C", "2019-01-03"),
      "news/2019-01-04-draft.md": article("Draft", "2019-01-04", "draft: true"),
      "news/2019-12-01-scheduled.md": article("Scheduled", "2019-12-01"),
      "news/2019-01-05-withdrawn.md": article("Withdrawn", "2019-01-05", "withdrawn:\n  date: 2019-02-01\n  reason: Gone."),
      "news/2019-01-06-expired.md": article("Expired", "2019-01-06", "expires: 2019-03-01"),
    });
    assert.deepEqual(featuredWarnings(root, NOW), []);
  });
});

describe("reviews", () => {
  const root = contentWith({
    "news/2019-01-01-due-soon.md":
      "title: Due soon\ndescription: An article.\ndate: 2019-01-01\nreviewBy: 2019-06-20\nowner: Communications team",
    "news/2019-01-02-overdue.md":
      "title: Overdue\ndescription: An article.\ndate: 2019-01-02\nreviewBy: 2019-05-01\nowner: Communications team",
    "news/2019-01-03-later.md":
      "title: Later\ndescription: An article.\ndate: 2019-01-03\nreviewBy: 2019-09-01\nowner: Adult social care",
    "news/2019-01-04-none.md": "title: No review\ndescription: An article.\ndate: 2019-01-04",
    "news/2019-01-05-withdrawn.md":
      "title: Withdrawn\ndescription: An article.\ndate: 2019-01-05\nreviewBy: 2019-05-01\nwithdrawn:\n  date: 2019-02-01\n  reason: Gone.",
    "campaigns/road-safety/index.md": "title: Road safety\ndescription: A campaign.\ndate: 2018-05-01",
    "campaigns/road-safety/crossings.md":
      "title: Crossings\ndescription: A page.\ndate: 2018-07-01\norder: 1\nupdates:\n  - date: 2018-07-01\n    note: Same day.\n  - date: 2018-09-01\n    note: New crossings.",
  });
  const reviews = reviewsOf(root, NOW);

  test("every current page with a review date: its own, or a campaign's year after its last update; withdrawn pages have none", () => {
    assert.deepEqual(
      reviews.map((review) => [review.title, review.due.toISOString().slice(0, 10), review.ownDate]),
      [
        ["Road safety", "2019-05-01", false],
        ["Overdue", "2019-05-01", true],
        ["Crossings", "2019-09-01", false],
        ["Due soon", "2019-06-20", true],
        ["Later", "2019-09-01", true],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
  });

  test("npm run lint notes each page past its review date on its reviewBy: line (or its date: line)", () => {
    const notices = overdueReviews(reviews, NOW);
    assert.deepEqual(
      notices.map((notice) => [path.basename(notice.file), notice.line]),
      [
        ["index.md", 4],
        ["2019-01-02-overdue.md", 5],
      ],
    );
    assert.match(
      notices[1]!.message,
      /^reviewBy: this page was due for review on 1 May 2019, by Communications team\. Check it is still right: then write the day of its next review as reviewBy:/,
    );
    assert.match(
      notices[0]!.message,
      /^review: this page was due for review on 1 May 2019 \(a year after it was published or last updated/,
    );
  });

  test("npm run review lists what is due in the next 30 days, and what is overdue, by owner, with no owner last", () => {
    const groups = reviewsDueByOwner(reviews, NOW, 30);
    assert.deepEqual(
      groups.map(({ owner, reviews: due }) => [owner, due.map((review) => review.title)]),
      [
        ["Communications team", ["Overdue", "Due soon"]],
        [undefined, ["Road safety"]],
      ],
    );
    const report = reviewReport(root, NOW);
    assert.match(
      report,
      /^Pages due for review in the next 30 days, and those past their review date, by owner:\n\nCommunications team\n/,
    );
    assert.match(
      report,
      /\n {2}overdue since 1 May 2019: Overdue \(.*2019-01-02-overdue\.md:5\)\n {2}due 20 June 2019: Due soon \(/,
    );
    assert.match(
      report,
      /\nNo owner \(write the team that keeps each page right as its owner:\)\n {2}overdue since 1 May 2019: Road safety/,
    );
    assert.match(report, /\n3 pages to review\.$/);
    assert.doesNotMatch(report, /Later|Crossings|Withdrawn|No review/);
    assert.match(reviewReport(root, NOW, 90), /Later/);
  });
});
