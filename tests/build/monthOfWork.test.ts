/**
 * The site will hold thousands of pages written by communications staff: the
 * checks of the built site must hold for whatever they publish, not for
 * today's seed pages only. This adds a month of ordinary editors' work to a
 * copy of the real content, builds it as production does, and runs every check
 * of the built site (tests/site) on it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { DateTime } from "luxon";
import { FIXTURE_CONTENT, ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/** A London date this many days from today, YYYY-MM-DD: the month's work is dated around whenever the test runs. */
const day = (days: number) => DateTime.now().setZone("Europe/London").plus({ days }).toISODate()!;

const SEED_ARTICLE = "content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md";

const news = (date: string, title: string, description: string, extra = "", body = `${description}\n`) =>
  `---\ntitle: ${title}\ndescription: ${description}\ndate: ${date}\n${extra}---\n\n${body}`;

const event = (title: string, description: string, when: string) =>
  `---\ntitle: ${title}\ndescription: ${description}\ndate: ${day(-20)}\nday: ${when}\nvenue:\n  name: Melton Library\n  address: Wilton Road, Melton Mowbray\norganisers:\n  - Leicestershire County Council\ntopics:\n  - Libraries\n---\n\n${description}\n`;

/** Where a file of the month's work is published: /news/YYYY/MM/slug/, /events/slug/, /campaign/slug/. */
function addressOf(file: string): string {
  const news = /^content\/news\/(\d{4})-(\d{2})-\d{2}-(.+)\.md$/.exec(file);
  if (news) return `/news/${news[1]}/${news[2]}/${news[3]}/`;
  const event = /^content\/events\/(.+)\.md$/.exec(file);
  if (event) return `/events/${event[1]}/`;
  const [, campaign, page] = /^content\/campaigns\/([^/]+)\/(.+)\.md$/.exec(file) ?? [];
  return `/${campaign}/${page}/`;
}

/** The month's work: each file, and whether a production build publishes it. */
const WORK: Array<{ file: string; text: string; published: boolean }> = [
  {
    file: `content/news/${day(-3)}-library-opening-hours-extended.md`,
    text: news(
      day(-3),
      "Library opening hours extended",
      "Six county libraries open for longer on weekday evenings from next week.",
      "topics:\n  - Libraries\nrelated:\n  - events/loneliness-summit.md\n",
      "Six county libraries open for longer on weekday evenings from next week.\n\n## Which libraries\n\n- Melton\n- Loughborough\n- Hinckley\n\nSee the [summit on loneliness](/events/loneliness-summit/) for the work that led to it.\n",
    ),
    published: true,
  },
  {
    file: `content/news/${day(-12)}-gritting-routes-ready-for-winter.md`,
    text: news(
      day(-12),
      "Gritting routes ready for winter",
      "Our gritters are ready to treat 1,200 miles of the county's roads this winter.",
      "image:\n  src: images/loneliness-campaign.svg\n  alt: A blue banner with the words “Loneliness campaign”\ntopics:\n  - Roads and transport\n",
    ),
    published: true,
  },
  {
    file: `content/news/${day(-26)}-new-partnership-with-voluntary-groups.md`,
    text: news(
      day(-26),
      "New partnership with voluntary groups",
      "The council signs an agreement with 40 voluntary groups to support residents living alone.",
      "topics:\n  - Partnership working\n  - Communities\n",
    ),
    published: true,
  },
  {
    // An older article, added to the archive: the seed is no longer the oldest.
    file: "content/news/2017-05-10-county-hall-gardens-restored.md",
    text: news("2017-05-10", "County Hall gardens restored", "The gardens at County Hall reopen after a year of restoration."),
    published: true,
  },
  {
    file: `content/news/${day(7)}-budget-consultation-opens.md`,
    text: news(day(7), "Budget consultation opens", "Residents can tell us what matters most in next year's budget."),
    published: false, // scheduled: published by the first build on or after its date
  },
  {
    file: `content/news/${day(-1)}-draft-school-admissions.md`,
    text: news(day(-1), "School admissions open", "Parents can apply for a primary school place.", "draft: true\n"),
    published: false,
  },
  {
    file: "content/events/library-craft-morning.md",
    text: event("Library craft morning", "A morning of crafts for all ages at Melton Library.", day(30)),
    published: true,
  },
  {
    file: "content/events/library-reading-group.md",
    text: event("Library reading group", "The monthly reading group met at Melton Library.", day(-14)),
    published: true,
  },
  {
    file: "content/campaigns/tackling-loneliness/community-cafes.md",
    text: `---\ntitle: Community cafés\ndescription: Cafés run by volunteers where people can meet over a cup of tea.\ndate: ${day(-5)}\nprovider: Voluntary groups\norder: 4\nrelated:\n  - events/loneliness-summit.md\n---\n\nCafés run by volunteers where people can meet over a cup of tea.\n`,
    published: true,
  },
];

describe("a month of editors' work added to the real content", () => {
  const project = new ProjectCopy({ prefix: "site-month-" });
  let build = { ok: false, output: "" };
  before(() => {
    // The month brings two new topics, added to the list as an editor adds them, in the same pull request.
    project.write(
      "content/settings/topics.yml",
      `${project.read("content/settings/topics.yml")}  - name: Libraries\n    description: The county's libraries and what happens in them.\n  - name: Roads and transport\n    description: Roads, gritting and getting about the county.\n`,
    );
    for (const { file, text } of WORK) project.write(file, text);
    build = project.build();
  });
  after(() => project.remove());

  test("is published by the production build, drafts and scheduled news aside", () => {
    assert.ok(build.ok, build.output);
    assert.ok(existsSync(path.join(project.root, SEED_ARTICLE)), "the seed article is still there, among the new work");
    const sitemap = project.read("_site/sitemap.xml");
    for (const { file, published } of WORK) {
      const url = addressOf(file);
      assert.equal(existsSync(path.join(project.root, "_site", url, "index.html")), published, `${file}: a page at ${url}`);
      assert.equal(sitemap.includes(`${url}</loc>`), published, `${file}: in the sitemap`);
    }
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
