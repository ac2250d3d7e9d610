/**
 * The site will hold thousands of pages written by communications staff: the
 * checks of the built site must hold for whatever they publish, not for
 * today's seed pages only. This adds a month of ordinary editors' work to a
 * copy of the real content (an update, a cancelled event, a withdrawal and an
 * expiry among it), builds it as production does, and runs every check of the
 * built site (tests/site) on it.
 *
 * The month's work leans on nothing the real content holds today, which editors
 * change: its files' names say they are this test's ("month-of-work-test"), so
 * that none is an editor's article of the same name and month; it relates to,
 * links to and pictures only its own pages and files, and adds the topics it
 * uses when the list lacks them.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { DateTime } from "luxon";
import { FIXTURE_CONTENT, ProjectCopy } from "../../scripts/lib/projectCopy.ts";
import { publishedPages } from "../site/publishedPages.ts";

/** A London date this many days from today, YYYY-MM-DD: the month's work is dated around whenever the test runs. */
const day = (days: number) => DateTime.now().setZone("Europe/London").plus({ days }).toISODate()!;

/** What each name of the month's work starts with: no editor's page is named so. */
const TEST = "month-of-work-test";

/** The topics the month's work files its pages under, each with the sentence the list gives it when it lacks it. */
const TOPICS: Record<string, string> = {
  Libraries: "The county's libraries and what happens in them.",
  "Roads and transport": "Roads, gritting and getting about the county.",
  "Partnership working": "Work the council does together with other public services and charities.",
  Communities: "Local groups, networks and people who connect and support each other.",
};

const news = (date: string, title: string, description: string, extra = "", body = `${description}\n`) =>
  `---\ntitle: ${title}\ndescription: ${description}\ndate: ${date}\n${extra}---\n\n${body}`;

const event = (title: string, description: string, when: string) =>
  `---\ntitle: ${title}\ndescription: ${description}\ndate: ${day(-20)}\nday: ${when}\nvenue:\n  name: Melton Library\n  address: Wilton Road, Melton Mowbray\norganisers:\n  - Leicestershire County Council\ntopics:\n  - Libraries\n---\n\n${description}\n`;

const campaignPage = (title: string, description: string, fields: string) =>
  `---\ntitle: ${title}\ndescription: ${description}\ndate: ${day(-5)}\n${fields}---\n\n${description}\n`;

/** Where a file of the month's work is published: /news/YYYY/MM/slug/, /events/slug/, /campaign/, /campaign/slug/. */
function addressOf(file: string): string {
  const news = /^content\/news\/(\d{4})-(\d{2})-\d{2}-(.+)\.md$/.exec(file);
  if (news) return `/news/${news[1]}/${news[2]}/${news[3]}/`;
  const event = /^content\/events\/(.+)\.md$/.exec(file);
  if (event) return `/events/${event[1]}/`;
  const [, campaign, page] = /^content\/campaigns\/([^/]+)\/(.+)\.md$/.exec(file) ?? [];
  return page === "index" ? `/${campaign}/` : `/${campaign}/${page}/`;
}

/** The month's work: each file, and whether a production build publishes it. */
const WORK: Array<{ file: string; text: string; published: boolean }> = [
  {
    file: `content/news/${day(-3)}-${TEST}-library-opening-hours-extended.md`,
    text: news(
      day(-3),
      "Library opening hours extended",
      "Six county libraries open for longer on weekday evenings from next week.",
      `topics:\n  - Libraries\nrelated:\n  - events/${TEST}-library-craft-morning.md\nupdates:\n  - date: ${day(-1)}\n    note: Added Hinckley to the libraries that open later.\n`,
      `Six county libraries open for longer on weekday evenings from next week.\n\n## Which libraries\n\n- Melton\n- Loughborough\n- Hinckley\n\nCome to the [craft morning](/events/${TEST}-library-craft-morning/) to see what is on.\n`,
    ),
    published: true,
  },
  {
    file: `content/news/${day(-12)}-${TEST}-gritting-routes-ready-for-winter.md`,
    text: news(
      day(-12),
      "Gritting routes ready for winter",
      "Our gritters are ready to treat 1,200 miles of the county's roads this winter.",
      `image:\n  src: images/${TEST}-banner.svg\n  alt: A blue banner with the words “Loneliness campaign”\ntopics:\n  - Roads and transport\n`,
    ),
    published: true,
  },
  {
    file: `content/news/${day(-26)}-${TEST}-new-partnership-with-voluntary-groups.md`,
    text: news(
      day(-26),
      "New partnership with voluntary groups",
      "The council signs an agreement with 40 voluntary groups to support residents living alone.",
      `topics:\n  - Partnership working\n  - Communities\nwithdrawn:\n  date: ${day(-2)}\n  reason: The agreement has been replaced by the county's voluntary sector strategy.\n`,
    ),
    published: true, // and withdrawn: still at its address, with a notice, in no listing or feed
  },
  {
    file: `content/news/${day(-20)}-${TEST}-summer-reading-challenge.md`,
    text: news(
      day(-20),
      "Summer reading challenge",
      "Children can sign up for the summer reading challenge at any county library.",
      `expires: ${day(-1)}\ntopics:\n  - Libraries\n`,
    ),
    published: true, // and expired yesterday: withdrawn by this build
  },
  {
    // An older article, added to the archive: the seed is no longer the oldest.
    file: `content/news/2017-05-10-${TEST}-county-hall-gardens-restored.md`,
    text: news("2017-05-10", "County Hall gardens restored", "The gardens at County Hall reopen after a year of restoration."),
    published: true,
  },
  {
    file: `content/news/${day(7)}-${TEST}-budget-consultation-opens.md`,
    text: news(day(7), "Budget consultation opens", "Residents can tell us what matters most in next year's budget."),
    published: false, // scheduled: published by the first build on or after its date
  },
  {
    file: `content/news/${day(-1)}-${TEST}-draft-school-admissions.md`,
    text: news(day(-1), "School admissions open", "Parents can apply for a primary school place.", "draft: true\n"),
    published: false,
  },
  {
    file: `content/events/${TEST}-library-craft-morning.md`,
    text: event("Library craft morning", "A morning of crafts for all ages at Melton Library.", day(30)),
    published: true,
  },
  {
    file: `content/events/${TEST}-library-quiz-night.md`,
    text: event("Library quiz night", "A quiz night for teams of four at Melton Library.", day(10)).replace(
      "topics:",
      `status: cancelled\nupdates:\n  - date: ${day(-2)}\n    note: The quiz night is cancelled.\ntopics:`,
    ),
    published: true, // cancelled: listed as cancelled until its day has passed
  },
  {
    file: `content/events/${TEST}-library-reading-group.md`,
    text: event("Library reading group", "The monthly reading group met at Melton Library.", day(-14)),
    published: true,
  },
  {
    // A new campaign, with its main page and a page of its own.
    file: `content/campaigns/${TEST}-warm-spaces/index.md`,
    text: campaignPage(
      "Warm spaces",
      "Places across the county where anyone can keep warm this winter.",
      "lead: Anyone can keep warm, for free, at a warm space near them.\n",
    ),
    published: true,
  },
  {
    file: `content/campaigns/${TEST}-warm-spaces/community-cafes.md`,
    text: campaignPage(
      "Community cafés",
      "Cafés run by volunteers where people can meet over a cup of tea.",
      `provider: Voluntary groups\norder: 1\nrelated:\n  - events/${TEST}-library-craft-morning.md\n`,
    ),
    published: true,
  },
];

describe("a month of editors' work added to the real content", () => {
  const project = new ProjectCopy({ prefix: "site-month-" });
  let build = { ok: false, output: "" };
  // Every page the real content publishes today, which must still be published beside the month's work.
  const alreadyPublished = publishedPages("content");
  before(() => {
    // The month's topics that the list lacks are added to it, as an editor adds them, in the same pull request.
    const topics = project.read("content/settings/topics.yml");
    const missing = Object.entries(TOPICS).filter(([name]) => !new RegExp(`^  - name: ${name}$`, "m").test(topics));
    project.write(
      "content/settings/topics.yml",
      `${topics.trimEnd()}\n${missing.map(([name, description]) => `  - name: ${name}\n    description: ${description}\n`).join("")}`,
    );
    // The month's picture, which an editor uploads with the article that uses it.
    project.write(
      `content/news/images/${TEST}-banner.svg`,
      readFileSync(`${FIXTURE_CONTENT}/news/images/loneliness-campaign.svg`),
    );
    for (const { file, text } of WORK) project.write(file, text);
    build = project.build();
  });
  after(() => project.remove());

  test("is published by the production build, drafts and scheduled news aside, beside every page published before", () => {
    assert.ok(build.ok, build.output);
    const sitemap = project.read("_site/sitemap.xml");
    for (const { file, url } of alreadyPublished) {
      assert.ok(existsSync(path.join(project.root, "_site", url, "index.html")), `${file}: still published at ${url}`);
    }
    for (const { file, published } of WORK) {
      const url = addressOf(file);
      assert.equal(existsSync(path.join(project.root, "_site", url, "index.html")), published, `${file}: a page at ${url}`);
      assert.equal(sitemap.includes(`${url}</loc>`), published, `${file}: in the sitemap`);
    }
  });

  test("lists the updated article as updated and the cancelled event as cancelled; the withdrawn and expired articles nowhere", () => {
    const newsPage = project.read("_site/news/index.html");
    assert.match(newsPage, new RegExp(`Library opening hours extended</a>[\\s\\S]*?, updated <time datetime="${day(-1)}">`));
    assert.doesNotMatch(newsPage, /New partnership with voluntary groups|Summer reading challenge/);
    assert.match(project.read("_site/index.html"), /<strong>Cancelled<\/strong>: <time[^>]*>[^<]+<\/time>/);
    assert.match(project.read("_site/news/feed.xml"), /Library opening hours extended/);
    assert.doesNotMatch(project.read("_site/news/feed.xml"), /New partnership with voluntary groups|Summer reading challenge/);
    for (const slug of ["new-partnership-with-voluntary-groups", "summer-reading-challenge"]) {
      const file = WORK.find((work) => work.file.endsWith(`-${slug}.md`))!.file;
      assert.match(project.read(`_site${addressOf(file)}index.html`), /This news article was withdrawn on /);
    }
    assert.match(
      project.read(`_site/events/${TEST}-library-quiz-night/${TEST}-library-quiz-night.ics`),
      /\r\nSTATUS:CANCELLED\r\n/,
    );
  });

  test("passes every check of the built site (tests/site)", (t) => {
    // This file runs under node --test, which marks its children as its own: the checks must report as a run of their own.
    const { NODE_TEST_CONTEXT: _context, ...env } = process.env;
    // All in one process, as npm test runs them on the real site.
    const checks = spawnSync(
      process.execPath,
      ["--test-reporter=spec", "scripts/run.js", "scripts/lib/testsInOneProcess.ts", "tests/site"],
      { cwd: project.root, encoding: "utf8", env },
    );
    const output = `${checks.stdout}\n${checks.stderr}`;
    // The spec reporter ends with each failing test and why: that is the part to read.
    const failures = output.slice(output.indexOf("✖ failing tests:"));
    assert.equal(checks.status, 0, `tests/site failed on the month's work:\n${failures}`);
    assert.match(output, /ℹ fail 0/);
    const count = (what: string) => new RegExp(`ℹ ${what} (\\d+)`).exec(output)?.[1];
    t.diagnostic(`tests/site on the month's work: ${count("pass")} passed, ${count("skipped")} skipped`);
  });

  test("cannot reach the fixture content: a fixture copy of this project holds tests/fixtures/content, file for file", () => {
    const fixtures = new ProjectCopy({ content: "fixtures", from: project.root });
    try {
      const files = (root: string) =>
        readdirSync(root, { recursive: true, encoding: "utf8" })
          .filter((file) => statSync(path.join(root, file)).isFile())
          .sort();
      const expected = files(FIXTURE_CONTENT);
      assert.deepEqual(files(path.join(fixtures.root, "content")), expected);
      for (const file of expected) {
        assert.ok(
          readFileSync(path.join(fixtures.root, "content", file)).equals(readFileSync(path.join(FIXTURE_CONTENT, file))),
          file,
        );
      }
    } finally {
      fixtures.remove();
    }
  });
});
