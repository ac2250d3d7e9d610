import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

// The stories are added to the fixture content (tests/fixtures/content), not to the real content/, which editors change
// every day: its one article is then the oldest, and the counts below are exact.
const ARTICLES = 23; // with the fixture's article: 24 in all, so three pages of 10, 10 and 4

type Nodes = ReturnType<typeof parseDocument>["children"];

/** The titles of the pages listed in these nodes, in order. */
const listedTitles = (nodes: Nodes) =>
  DomUtils.findAll((element) => element.attribs["class"] === "content-list__title", nodes).map((element) =>
    DomUtils.textContent(element).trim(),
  );

/** A page's listed article titles and its pagination links, as a reader (or screen reader) meets them. */
function listing(html: string) {
  const document = parseDocument(html);
  const titles = listedTitles(document.children);
  const nav = DomUtils.findOne(
    (element) => element.name === "nav" && element.attribs["aria-label"] === "Pagination",
    document.children,
  );
  const links = nav
    ? DomUtils.findAll((element) => element.name === "a", nav.children).map((link) => ({
        text: DomUtils.textContent(link).trim(),
        label: link.attribs["aria-label"],
        current: link.attribs["aria-current"],
        href: link.attribs["href"],
      }))
    : [];
  return {
    titles,
    links,
    title: DomUtils.textContent(DomUtils.findOne((element) => element.name === "title", document.children)!),
  };
}

/** The events page's sections: each h2 and the titles listed under it. */
function eventSections(html: string): Array<[string, string[]]> {
  const main = DomUtils.findOne((element) => element.name === "main", parseDocument(html).children)!;
  return DomUtils.getElementsByTagName("h2", [main], true).map((heading) => {
    const list = DomUtils.nextElementSibling(heading);
    const titles = list?.name === "ul" ? listedTitles([list]) : [];
    return [DomUtils.textContent(heading).trim(), titles];
  });
}

/** A short news article, "Story <number>", dated `date`, on `topic` if given. */
function writeStory(project: ProjectCopy, number: number, date: Date, topic?: string): void {
  const day = date.toISOString().slice(0, 10);
  const topics = topic ? `topics:\n  - ${topic}\n` : "";
  project.write(
    `content/news/${day}-story-${number}.md`,
    `---\ntitle: Story ${number}\ndescription: Story number ${number}.\ndate: ${day}\n${topics}---\nText.\n`,
  );
}

/*
 * One production build for the listings: the fixture content with 23 more stories, and without its event in 2099
 * (the browser tests see that one listed as upcoming), as the real content may be any day.
 */
describe("the listings of a production build", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  before(() => {
    for (let day = 1; day <= ARTICLES; day++) writeStory(project, day, new Date(Date.UTC(2019, 0, day)));
    project.delete("content/events/county-hall-open-day.md");
    const build = project.build();
    assert.ok(build.ok, build.output);
  });
  after(() => project.remove());

  describe("the news listing is paginated, 10 a page, newest first", () => {
    test("the first page lists the 10 newest", () => {
      const first = listing(project.read("_site/news/index.html"));
      assert.deepEqual(
        first.titles,
        Array.from({ length: 10 }, (_, index) => `Story ${ARTICLES - index}`),
      );
      // The first page is "News", as breadcrumbs elsewhere name it; later pages say which they are.
      assert.equal(first.title, "News – Leicestershire County Council");
      assert.equal(
        listing(project.read("_site/news/page-2/index.html")).title,
        "News (page 2 of 3) – Leicestershire County Council",
      );
    });

    test("the last page ends with the oldest article", () => {
      const last = listing(project.read("_site/news/page-3/index.html"));
      assert.deepEqual(last.titles, ["Story 3", "Story 2", "Story 1", "New approach to tackle loneliness to be discussed"]);
    });

    test("the feed carries the 20 newest articles, so that it stays small however many there are", () => {
      const titles = [...project.read("_site/news/feed.xml").matchAll(/<entry>\s*<title>([^<]*)<\/title>/g)].map(
        (match) => match[1],
      );
      assert.deepEqual(
        titles,
        Array.from({ length: 20 }, (_, index) => `Story ${ARTICLES - index}`),
      );
    });

    test("every page of the listing is in the sitemap", () => {
      const sitemap = project.read("_site/sitemap.xml");
      for (const path of ["/news/", "/news/page-2/", "/news/page-3/"]) assert.ok(sitemap.includes(`${path}</loc>`), path);
    });

    test("page links say where they go and which page is current", () => {
      const second = listing(project.read("_site/news/page-2/index.html"));
      assert.deepEqual(
        second.links.map(({ text, label, current, href }) => [text, label ?? null, current ?? null, href]),
        [
          ["Previous page", null, null, "/news/"],
          ["1", "Page 1", null, "/news/"],
          ["2", "Page 2", "page", "/news/page-2/"],
          ["3", "Page 3", null, "/news/page-3/"],
          ["Next page", null, null, "/news/page-3/"],
        ],
      );
    });
  });

  describe("the events page with no upcoming event", () => {
    test("says there are no upcoming events, then lists the summit under Past events", () => {
      const html = project.read("_site/events/index.html");
      assert.deepEqual(eventSections(html), [
        ["Upcoming events", []],
        ["Past events", ["Summit on tackling loneliness and social isolation"]],
      ]);
      assert.match(html, /<h2 class="heading-l">Upcoming events<\/h2>\s*<p>There are no upcoming events at the moment\.<\/p>/);
    });
  });
});

describe("npm start pages the news and topic listings through the newest 500, and says so", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  before(() => {
    // With the fixture's article, 501 in all; with its article and the summit on it (the newest two), 502 on the topic.
    for (let day = 0; day < 500; day++) writeStory(project, day, new Date(Date.UTC(2015, 0, 1 + day)), "Partnership working");
    // What `npm start` builds, without its server, into _dev/.
    const preview = project.buildAsPreview();
    assert.ok(preview.ok, preview.output);
  });
  after(() => project.remove());

  test("the listing's last page says the preview lists the newest 500 of the 501", () => {
    const last = project.read("_dev/news/page-50/index.html");
    assert.match(last, /This preview, on your computer, lists the newest 500 of the 501 articles/);
    assert.equal(listing(last).title, "News (page 50 of 50) – Leicestershire County Council");
    assert.ok(!project.list("_dev/news").includes("page-51"), "no page 51");
    assert.doesNotMatch(project.read("_dev/news/index.html"), /This preview/);
  });

  test("a topic lists its pages 50 at a time, each page naming itself and linking the others", () => {
    const second = listing(project.read("_dev/topics/partnership-working/page-2/index.html"));
    assert.equal(second.title, "Partnership working (page 2 of 10) – Leicestershire County Council");
    assert.deepEqual(
      second.titles,
      Array.from({ length: 50 }, (_, index) => `Story ${451 - index}`),
    );
    assert.deepEqual(
      second.links.map(({ text, current, href }) => [text, current ?? null, href]),
      [
        ["Previous page", null, "/topics/partnership-working/"],
        ["1", null, "/topics/partnership-working/"],
        ["2", "page", "/topics/partnership-working/page-2/"],
        ["3", null, "/topics/partnership-working/page-3/"],
        ["10", null, "/topics/partnership-working/page-10/"],
        ["Next page", null, "/topics/partnership-working/page-3/"],
      ],
    );
    assert.equal(
      listing(project.read("_dev/topics/partnership-working/index.html")).title,
      "Partnership working – Leicestershire County Council",
    );
    assert.match(project.read("_dev/sitemap.xml"), /\/topics\/partnership-working\/page-10\/<\/loc>/);
  });

  test("the topic's last page says the preview lists the newest 500 of the 502", () => {
    const last = project.read("_dev/topics/partnership-working/page-10/index.html");
    assert.match(last, /This preview, on your computer, lists the newest 500 of the 502 pages on this topic/);
    assert.ok(!project.list("_dev/topics/partnership-working").includes("page-11"), "no page 11");
    assert.doesNotMatch(project.read("_dev/topics/partnership-working/index.html"), /This preview/);
  });

  test("the oldest article, left off the listing, still has its page", () => {
    const oldest = project.read("_dev/news/2015/01/story-0/index.html");
    assert.match(oldest, /<h1[^>]*>Story 0<\/h1>/);
    assert.doesNotMatch(project.read("_dev/news/page-50/index.html"), /Story 0</);
  });
});
