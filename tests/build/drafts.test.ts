import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { DateTime } from "luxon";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

const londonDay = (days: number) => DateTime.now().setZone("Europe/London").plus({ days }).toISODate()!;
const TOMORROW = londonDay(1);
const TODAY = londonDay(0);

const page = (title: string, date: string, extra = "") =>
  `---\ntitle: ${title}\ndescription: ${title}, a test page.\ndate: ${date}\n${extra}topics:\n  - ${title} topic\n---\nThe word ${title.replace(/ /g, "")} is only on this page.\n`;

/** Each fixture: its file, a word found only in it, and whether a production build publishes it. */
const FIXTURES = [
  {
    file: "content/news/2019-03-01-draft-news.md",
    title: "Quokka draft",
    text: page("Quokka draft", "2019-03-01", "draft: true\n"),
    word: "Quokkadraft",
    published: false,
  },
  {
    file: "content/events/draft-event.md",
    title: "Wombat draft",
    text: page(
      "Wombat draft",
      "2019-03-01",
      "draft: true\nday: 2019-04-01\nvenue:\n  name: County Hall\norganisers:\n  - The council\n",
    ),
    word: "Wombatdraft",
    published: false,
  },
  {
    file: `content/news/${TOMORROW}-scheduled-news.md`,
    title: "Numbat scheduled",
    text: page("Numbat scheduled", TOMORROW),
    word: "Numbatscheduled",
    published: false,
  },
  {
    file: `content/news/${TODAY}-todays-news.md`,
    title: "Bilby today",
    text: page("Bilby today", TODAY),
    word: "Bilbytoday",
    published: true,
  },
  {
    file: "content/news/2019-03-02-past-news.md",
    title: "Dingo past",
    text: page("Dingo past", "2019-03-02", "draft: false\n"),
    word: "Dingopast",
    published: true,
  },
];

const urlOf = (file: string) =>
  file.startsWith("content/events/")
    ? `/events/${path.basename(file, ".md")}/`
    : `/news/${file.slice(13, 17)}/${file.slice(18, 20)}/${path.basename(file, ".md").slice(11)}/`;

/** The copy's list of topics, with each fixture's own topic added, as an editor adds a new topic. */
function withFixtureTopics(project: ProjectCopy): void {
  const added = FIXTURES.map(({ title }) => `  - name: ${title} topic\n    description: The topic of ${title}.\n`).join("");
  project.write("content/settings/topics.yml", project.read("content/settings/topics.yml") + added);
}

function searchIndexText(project: ProjectCopy, site: string): string {
  return project
    .list(`${site}/pagefind/fragment`)
    .map((file) => gunzipSync(readFileSync(path.join(project.root, site, "pagefind/fragment", file))).toString("utf8"))
    .join("\n");
}

describe("drafts and future-dated news are left out of a production build", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let output = "";
  before(() => {
    withFixtureTopics(project);
    for (const fixture of FIXTURES) project.write(fixture.file, fixture.text);
    const build = project.build();
    assert.ok(build.ok, build.output);
    output = build.output;
  });
  after(() => project.remove());

  for (const { file, title, word, published } of FIXTURES) {
    test(`${path.basename(file)} is ${published ? "published" : "not published"}`, () => {
      const pages = project.list("_site").map((name) => name.split(path.sep).join("/"));
      assert.equal(pages.includes(`${urlOf(file).slice(1)}index.html`), published, `its page, ${urlOf(file)}`);
      assert.equal(
        project.read("_site/news/feed.xml").includes(urlOf(file)),
        published && file.includes("/news/"),
        "the news feed",
      );
      assert.equal(project.read("_site/sitemap.xml").includes(urlOf(file)), published, "the sitemap");
      assert.equal(project.read("_site/topics/index.html").includes(title), published, "the list of topics");
      assert.equal(searchIndexText(project, "_site").includes(word), published, "the search index");
      const listing = file.includes("/news/") ? "_site/news/index.html" : "_site/events/index.html";
      assert.equal(project.read(listing).includes(title), published, listing);
      if (!published) assert.ok(!project.read("_site/index.html").includes(title), "the home page");
    });
  }

  test("the build says which files it left out, and why", () => {
    assert.match(
      output,
      /Not published: content\/news\/2019-03-01-draft-news\.md, because it is a draft \(draft: true; delete that line to publish it\)/,
    );
    assert.match(
      output,
      new RegExp(`Not published: content/news/${TOMORROW}-scheduled-news\\.md, because it is dated .*, after today`),
    );
  });

  test("a draft is still checked: a mistake in its front matter fails the build", () => {
    project.write(
      "content/news/2019-03-03-broken-draft.md",
      "---\ntitle: Broken draft\ndate: 2019-03-03\ndraft: true\n---\nText.\n",
    );
    const build = project.build();
    project.delete("content/news/2019-03-03-broken-draft.md");
    assert.equal(build.ok, false);
    assert.match(build.output, /content\/news\/2019-03-03-broken-draft\.md:2: description: required/);
  });
});

describe("npm start (Eleventy's serve mode) shows drafts and future-dated news, marked", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  before(() => {
    withFixtureTopics(project);
    for (const fixture of FIXTURES) project.write(fixture.file, fixture.text);
    // What `npm start` builds, without its server, into _dev/.
    const preview = project.buildAsPreview();
    assert.ok(preview.ok, preview.output);
  });
  after(() => project.remove());

  const bannerOf = (file: string) =>
    /<aside class="[^"]*draft-banner[^"]*"[\s\S]*?<\/aside>/.exec(project.read(`_dev${urlOf(file)}index.html`))?.[0];

  test("a draft has a 'Draft: not published' banner at the top", () => {
    for (const fixture of FIXTURES.slice(0, 2)) assert.match(bannerOf(fixture.file) ?? "", /Draft: not published/, fixture.file);
  });

  test("a future-dated article says when it is scheduled for", () => {
    const expected = DateTime.fromISO(TOMORROW).setLocale("en-GB").toFormat("d MMMM yyyy");
    assert.match(bannerOf(FIXTURES[2]!.file) ?? "", new RegExp(`Scheduled for ${expected}`));
  });

  test("published pages have no banner", () => {
    for (const fixture of FIXTURES.slice(3)) assert.equal(bannerOf(fixture.file), undefined, fixture.file);
    assert.doesNotMatch(project.read("_dev/index.html"), /draft-banner/);
  });

  test("a draft is listed, so the editor can find it", () => {
    assert.match(project.read("_dev/news/index.html"), /Quokka draft/);
  });
});
