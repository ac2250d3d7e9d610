/**
 * Notices and news scheduled to the minute, built with the clock set (SITE_NOW): a notice of each kind, before,
 * during and after its time, on every page or on one section only, shown and left out as editors were told; the
 * pages unchanged when none is up; and a notice's mistakes stopping the build with their lines.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/** 08:00 on 8 December 2026 in London (GMT: 08:00 UTC). */
const NOW = "2026-12-08 08:00";

const NOTICES = `notices:
  - type: announcement
    heading: Polling stations open today
    text: Polling stations are open until 10pm.
    link: /tackling-loneliness/
    start: 2026-12-08 08:00
  - type: service
    heading: Events cancelled today
    text: Every event today is cancelled.
    start: 2026-12-01 09:00
    sections:
      - /events/
  - type: announcement
    heading: A notice one minute early
    text: It starts at 08:01.
    start: 2026-12-08 08:01
  - type: notable-death
    heading: A notice on the campaign pages
    text: Shown on the campaign's hub and its pages.
    start: 2026-12-07 09:00
    end: 2026-12-31 09:00
    sections:
      - /tackling-loneliness/
  - type: emergency
    heading: Roads closed by snow
    text: Several roads are closed. Check before you travel.
    link: https://www.example.gov.uk/roads
    start: 2026-12-08 07:00
    end: 2026-12-09 18:00
  - type: emergency
    heading: A notice that ended at eight
    text: It ended at 08:00.
    start: 2026-12-07 07:00
    end: 2026-12-08 08:00
`;

const article = (title: string, date: string) =>
  `---\ntitle: ${title}\ndescription: ${title}, an article scheduled to the minute.\ndate: ${date}\n---\n\nIts text.\n`;
const SEVEN_THIRTY = "content/news/2026-12-08-published-at-half-past-seven.md";
const NINE = "content/news/2026-12-08-published-at-nine.md";

/** The headings of the notices of a built page, in the page's order, and their kinds. */
function noticesOf(html: string): string[] {
  return [
    ...html.matchAll(/<section class="site-notice site-notice--([a-z-]+)"[^>]*>\s*<div[^>]*>\s*<h2[^>]*>([^<]*)<\/h2>/g),
  ].map(([, type, heading]) => `${type}: ${heading}`);
}

const EVERY_PAGE = ["emergency: Roads closed by snow", "announcement: Polling stations open today"];

describe("notices, and news scheduled to the minute, at 08:00 on 8 December 2026", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let output = "";
  const page = (url: string) => project.read(path.join("_site", url.endsWith("/") ? `${url}index.html` : url));

  before(() => {
    project.write("content/settings/notices.yml", NOTICES);
    project.write(SEVEN_THIRTY, article("Published at half past seven", "2026-12-08 07:30"));
    project.write(NINE, article("Published at nine", "2026-12-08 09:00"));
    const build = project.build({ SITE_NOW: NOW });
    assert.ok(build.ok, build.output);
    output = build.output;
  });
  after(() => project.remove());

  test("a notice without sections is on every page, the most severe first", () => {
    for (const url of [
      "/",
      "/news/",
      "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/",
      "/search/",
      "/404.html",
    ]) {
      assert.deepEqual(noticesOf(page(url)), EVERY_PAGE, url);
    }
  });

  test("a notice with a section is on that section's page and the pages under it, and nowhere else", () => {
    for (const url of ["/events/", "/events/county-hall-open-day/"]) {
      assert.deepEqual(noticesOf(page(url)), [EVERY_PAGE[0], "service: Events cancelled today", EVERY_PAGE[1]], url);
    }
    for (const url of ["/tackling-loneliness/", "/tackling-loneliness/social-workers/"]) {
      assert.deepEqual(
        noticesOf(page(url)),
        [EVERY_PAGE[0], "notable-death: A notice on the campaign pages", EVERY_PAGE[1]],
        url,
      );
    }
  });

  test("a notice is up from the minute of its start, and gone at the minute of its end", () => {
    const home = page("/");
    assert.ok(home.includes("Polling stations open today"), "the notice starting at 08:00");
    assert.ok(!home.includes("A notice one minute early"), "the notice starting at 08:01");
    assert.ok(!home.includes("A notice that ended at eight"), "the notice ending at 08:00");
  });

  test("each notice is a region named by its heading, with its link, and no live region", () => {
    const home = page("/");
    const notices = home.slice(home.indexOf('<div class="site-notices">'), home.indexOf('<div class="width-container">\n<nav'));
    assert.match(
      notices,
      /<section class="site-notice site-notice--emergency" aria-labelledby="site-notice-1"[^>]*>\s*<div class="width-container">\s*<h2 class="site-notice__heading" id="site-notice-1">Roads closed by snow<\/h2>/,
    );
    assert.match(
      notices,
      /<a href="https:\/\/www\.example\.gov\.uk\/roads">More information<span class="visually-hidden"> about Roads closed by snow<\/span><\/a>/,
    );
    // A link to a page of the site carries its full address for print, as the text's links do.
    assert.match(
      notices,
      /<a href="\/tackling-loneliness\/" data-print-href="https:\/\/www\.leicestershire\.gov\.uk\/tackling-loneliness\/">/,
    );
    assert.doesNotMatch(notices, /aria-live|role="alert"|role="status"/);
    // Above the page's own content: after the header, before the breadcrumbs and <main>.
    assert.ok(home.indexOf("</header>") < home.indexOf("site-notices"));
    assert.ok(home.indexOf("site-notices") < home.indexOf("<main"));
    assert.match(home, /<link rel="stylesheet" href="\/assets\/css\/notices\.[0-9a-f]{10}\.css">/);
  });

  test("a page with notices is valid HTML, as the checks of every built page require", async () => {
    // The copy's .htmlvalidate.mjs, found from the file's own folder, as tests/site/validHtml.test.ts finds it.
    const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
    for (const url of ["/", "/events/", "/tackling-loneliness/social-workers/", "/404.html"]) {
      const file = path.join(project.root, "_site", url.endsWith("/") ? `${url}index.html` : url);
      const report = await htmlvalidate.validateFile(file);
      const messages = report.results.flatMap((result) =>
        result.messages.map((message) => `${message.line}: ${message.message}`),
      );
      assert.equal(report.valid, true, `${url}:\n${messages.join("\n")}`);
    }
  });

  test("notices are not in the search index: they are not what a page is about", () => {
    assert.ok(!project.searchIndexText().includes("Roads closed by snow"));
  });

  test("a news article dated with a time is published from that minute, and not before", () => {
    assert.ok(page("/news/").includes("Published at half past seven"));
    assert.ok(page("/news/2026/12/published-at-half-past-seven/").includes("Published at half past seven"));
    assert.ok(!page("/news/").includes("Published at nine"));
    assert.ok(!project.list("_site/news/2026/12").some((name) => name.startsWith("published-at-nine")));
    assert.match(
      output,
      /Not published: content\/news\/2026-12-08-published-at-nine\.md, because it is to be published at 09:00 on 8 December 2026, which has not come yet/,
    );
  });
});

describe("while no notice is up, the pages are as they were without any", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let fixtureHome = "";
  let fixtureArticle = "";
  const ARTICLE = "_site/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/index.html";

  before(() => {
    const fixtures = project.buildFixtures();
    assert.ok(fixtures.ok, fixtures.output);
    fixtureHome = project.read("_site/index.html");
    fixtureArticle = project.read(ARTICLE);
    project.write("content/settings/notices.yml", NOTICES);
    // Before any of them starts.
    const build = project.build({ SITE_NOW: "2026-11-01 12:00" });
    assert.ok(build.ok, build.output);
  });
  after(() => project.remove());

  test("no page has a notice, or links the notices' style sheet", () => {
    const pages = project.list("_site").filter((file) => file.endsWith(".html") && !file.startsWith("admin"));
    assert.ok(pages.length > 10);
    for (const file of pages) {
      const html = project.read(path.join("_site", file));
      assert.ok(!html.includes("site-notice"), file);
      assert.ok(!html.includes("notices."), file);
    }
  });

  test("a page without a notice is the very page a site without notices builds", () => {
    assert.equal(project.read("_site/index.html"), fixtureHome);
    assert.equal(project.read(ARTICLE), fixtureArticle);
  });
});

describe("a notice's section or link that is no page stops the build, with its line", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  after(() => project.remove());

  test("and says every such mistake at once, leaving the site as it was", () => {
    project.write(
      "content/settings/notices.yml",
      "notices:\n  - type: emergency\n    heading: Roads closed\n    text: Check before you travel.\n    link: /news/2026/12/roads/\n    start: 2099-01-01 07:00\n    sections:\n      - /event/\n",
    );
    const build = project.build({ SITE_NOW: NOW });
    assert.equal(build.ok, false);
    assert.match(build.output, /The build failed, and _site\/ was left as it was/);
    assert.match(
      build.output,
      /content\/settings\/notices\.yml:5: notices\.0\.link: \/news\/2026\/12\/roads\/ is not a page of the site\./,
    );
    assert.match(build.output, /content\/settings\/notices\.yml:8: notices\.0\.sections\.0: \/event\/ is not a page of the site/);
  });

  test("a mistake in the file itself stops the build before any page is written", () => {
    project.write(
      "content/settings/notices.yml",
      "notices:\n  - type: emergancy\n    heading: Roads closed\n    text: Check before you travel.\n    start: 2026-12-08 07:00\n    end: 2026-12-08 06:00\n",
    );
    const build = project.build({ SITE_NOW: NOW });
    assert.equal(build.ok, false);
    assert.match(
      build.output,
      /notices\.yml:2: notices\.0\.type: "emergancy" is not a kind of notice\. Did you mean emergency\?/,
    );
    assert.match(build.output, /notices\.yml:6: notices\.0\.end: 06:00 on 8 December 2026 is not after the notice's start/);
  });
});
