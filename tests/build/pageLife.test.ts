/**
 * A page's life after it is published, as readers, feed readers, search engines and calendars meet it: an article
 * updated twice, events cancelled, postponed and rescheduled, an article withdrawn (and named in another's related
 * pages), a campaign that has expired, four featured articles. The fixture content with these added, built once as
 * production builds it; fixture dates are far in the past or the future, so that this holds whatever day it runs.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { siteUrl } from "../../eleventy/core/siteUrl.ts";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";
import { parseCalendar } from "../unit/parseCalendar.ts";
import { readXml } from "../site/readXml.ts";

const SITE = siteUrl();

const news = (file: string, frontMatter: string, body = "Text of the article.") =>
  [`content/news/${file}.md`, `---\n${frontMatter}\n---\n\n${body}\n`] as const;
const event = (file: string, title: string, when: string, extra = "") =>
  [
    `content/events/${file}.md`,
    `---\ntitle: ${title}\ndescription: ${title}, a test event.\ndate: 2018-11-20\n${when}\nvenue:\n  name: Melton Library\norganisers:\n  - Leicestershire County Council\n${extra}---\n\n${title}.\n`,
  ] as const;

const UPDATED = "/news/2018/11/library-hours-change/";
const WITHDRAWN = "/news/2018/11/consultation-on-bus-routes/";

const FILES = [
  news(
    "2018-11-20-library-hours-change",
    "title: Library hours change\ndescription: Libraries open later on Thursdays.\ndate: 2018-11-20\ntopics:\n  - Communities\nupdates:\n  - date: 2018-11-22\n    note: Added Melton Library.\n  - date: 2018-12-03\n    note: Added Hinckley Library and the new times.",
  ),
  news(
    "2018-11-10-consultation-on-bus-routes",
    "title: Consultation on bus routes\ndescription: Tell us which bus routes you use.\ndate: 2018-11-10\ntopics:\n  - Communities\nwithdrawn:\n  date: 2018-12-03\n  reason: The consultation has closed.",
  ),
  news(
    "2018-11-21-bus-routes-news",
    "title: Bus routes news\ndescription: An article that names the consultation in its related pages.\ndate: 2018-11-21\nrelated:\n  - news/2018-11-10-consultation-on-bus-routes.md\n  - events/loneliness-summit.md",
  ),
  ...[1, 2, 3, 4].map((number) =>
    news(
      `2018-10-0${number}-featured-${number}`,
      `title: Featured ${number}\ndescription: Featured article ${number}.\ndate: 2018-10-0${number}\nfeatured: true`,
    ),
  ),
  event(
    "craft-fair",
    "Craft fair",
    "day: 2099-03-01",
    "status: cancelled\nupdates:\n  - date: 2018-11-24\n    note: Cancelled.\n",
  ),
  event("old-fair", "Old fair", "day: 2016-05-01", "status: cancelled\n"),
  event("choir-concert", "Choir concert", "day: 2099-04-01", "status: postponed\n"),
  [
    "content/campaigns/road-safety/index.md",
    "---\ntitle: Road safety\ndescription: How we make the roads safer.\ndate: 2018-11-01\nexpires: 2019-01-01\n---\n\nA campaign that has ended.\n",
  ],
  [
    "content/campaigns/road-safety/crossings.md",
    "---\ntitle: Crossings\ndescription: School crossing patrols.\ndate: 2018-11-02\norder: 1\n---\n\nPatrols.\n",
  ],
] as const;

const project = new ProjectCopy({ content: "fixtures" });
let output = "";
before(() => {
  for (const [file, text] of FILES) project.write(file, text);
  project.write(
    "content/settings/site.yml",
    project.read("content/settings/site.yml").replace("homeCampaigns:\n", "homeCampaigns:\n  - road-safety\n"),
  );
  const build = project.build();
  assert.ok(build.ok, build.output);
  output = build.output;
});
after(() => project.remove());

const html = (url: string) => parseDocument(project.read(`_site${url}index.html`));
type Nodes = ReturnType<typeof parseDocument>["children"];
const byClass = (nodes: Nodes, name: string) =>
  DomUtils.findAll((element) => (element.attribs["class"] ?? "").split(" ").includes(name), nodes);
const text = (node: Parameters<typeof DomUtils.textContent>[0]) => DomUtils.textContent(node).replace(/\s+/g, " ").trim();
const mainOf = (url: string) => DomUtils.findOne((element) => element.name === "main", html(url).children)!;
const titlesIn = (nodes: Nodes) => byClass(nodes, "content-list__title").map(text);
/** A section of a page by its heading's words: the titles listed under it. */
const sectionTitles = (url: string, heading: string) => {
  const section = DomUtils.findOne(
    (element) =>
      element.name === "section" && DomUtils.findOne((h) => h.name === "h2" && text(h) === heading, element.children) !== null,
    html(url).children,
  );
  assert.ok(section, `${url} has a section "${heading}"`);
  return titlesIn(section.children);
};
/** The listed item of a page, by its title: its description and its date line. */
const listed = (url: string, title: string) => {
  const item = byClass(html(url).children, "content-list__item").find((element) => text(element).startsWith(title));
  return item ? text(byClass([item], "content-list__meta")[0]!) : undefined;
};
const jsonLd = (url: string, type: string) =>
  DomUtils.getElementsByTagName("script", html(url).children, true)
    .map((element) => JSON.parse(DomUtils.textContent(element)) as Record<string, unknown>)
    .find((data) => data["@type"] === type);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const feedEntries = (file: string): Array<Record<string, any>> =>
  readXml(`${project.root}/_site/${file}`, ["entry", "link"])["feed"].entry ?? [];
const lastmod = (url: string) => {
  const entries: Array<{ loc: string; lastmod: string }> = readXml(`${project.root}/_site/sitemap.xml`, ["url"])["urlset"].url;
  return entries.find((entry) => entry.loc === `${SITE}${url}`)?.lastmod;
};

describe("an article with updates", () => {
  test('says "Published 20 November 2018, last updated 3 December 2018", and links to its updates', () => {
    const metadata = byClass(mainOf(UPDATED).children, "metadata")[0]!;
    assert.equal(text(metadata), "Published 20 November 2018, last updated 3 December 2018. See all updates");
    const link = DomUtils.findOne((element) => element.name === "a", metadata.children);
    assert.equal(link?.attribs["href"], "#full-history");
  });

  test("lists every update, newest first, then the day it was first published", () => {
    const history = DomUtils.findOne((element) => element.attribs["id"] === "full-history", html(UPDATED).children)!;
    assert.equal(text(DomUtils.findOne((element) => element.name === "h2", history.children)!), "All updates to this page");
    const rows = byClass(history.children, "summary-list__row").map((row) => text(row));
    assert.deepEqual(rows, [
      "3 December 2018: Added Hinckley Library and the new times.",
      "22 November 2018: Added Melton Library.",
      "20 November 2018: First published.",
    ]);
  });

  test("its newest update is its dateModified, its feed entries' <updated> and its sitemap lastmod", () => {
    const article = jsonLd(UPDATED, "NewsArticle")!;
    assert.equal(article["datePublished"], "2018-11-20T00:00:00+00:00");
    assert.equal(article["dateModified"], "2018-12-03T00:00:00+00:00");
    for (const feed of ["news/feed.xml", "topics/communities/feed.xml"]) {
      const entry = feedEntries(feed).find((candidate) => candidate.id === `${SITE}${UPDATED}`);
      assert.ok(entry, `${feed} has the article`);
      assert.equal(entry.published, "2018-11-20T00:00:00+00:00");
      assert.equal(entry.updated, "2018-12-03T00:00:00+00:00", feed);
      assert.match(entry.content["#text"], /<h2>Updates to this page<\/h2>\n<ul>\n<li>3 December 2018: Added Hinckley Library/);
    }
    assert.equal(lastmod(UPDATED), "2018-12-03");
  });

  test("listings say when it was updated", () => {
    assert.equal(listed("/news/", "Library hours change"), "Published 20 November 2018, updated 3 December 2018");
    assert.equal(listed("/topics/communities/", "Library hours change"), "Published 20 November 2018, updated 3 December 2018");
  });

  test("an article without updates says only when it was published", () => {
    assert.equal(text(byClass(mainOf("/news/2018/11/bus-routes-news/").children, "metadata")[0]!), "Published 21 November 2018");
    assert.equal(
      DomUtils.findOne((element) => element.attribs["id"] === "full-history", html("/news/2018/11/bus-routes-news/").children),
      null,
    );
  });
});

describe("an event's status", () => {
  test("a cancelled event to come says so at its top, and still offers its calendar file, to mark it cancelled", () => {
    const main = mainOf("/events/craft-fair/");
    const notice = byClass(main.children, "notice")[0]!;
    assert.equal(text(notice), "This event has been cancelled. It was to take place on Sunday 1 March 2099.");
    const words = text(main);
    assert.ok(
      words.indexOf("Craft fair This event has been cancelled.") < words.indexOf("When:"),
      "under the title, above the rest",
    );
    const link = DomUtils.findOne(
      (element) => element.name === "a" && /\.ics$/.test(element.attribs["href"] ?? ""),
      main.children,
    );
    assert.equal(text(link!), "download its calendar file again");
  });

  test("stays on the home page and the events page, marked cancelled, until its day has passed", () => {
    assert.ok(sectionTitles("/", "Upcoming events").includes("Craft fair"));
    assert.equal(listed("/", "Craft fair"), "Cancelled: Sunday 1 March 2099, all day");
    assert.equal(listed("/events/", "Craft fair"), "Cancelled: Sunday 1 March 2099, all day");
    assert.equal(listed("/events/", "Choir concert"), "Postponed: Wednesday 1 April 2099, all day");
    assert.equal(
      listed("/events/", "County Hall open day"),
      "Rescheduled: Friday 12 June 2099, 10:00am to 4:00pm (was Friday 5 June 2099)",
    );
  });

  test("a cancelled event whose day has passed is a past event that says it was cancelled, not that it took place", () => {
    const main = mainOf("/events/old-fair/");
    assert.equal(
      text(byClass(main.children, "notice")[0]!),
      "This event was cancelled. It was to take place on Sunday 1 May 2016.",
    );
    assert.doesNotMatch(text(main), /has finished|took place/);
    assert.doesNotMatch(project.read("_site/events/old-fair/index.html"), /\.ics"/);
    assert.equal(listed("/events/", "Old fair"), "Cancelled: Sunday 1 May 2016, all day");
  });

  test("its JSON-LD carries schema.org's eventStatus, and a rescheduled event its previous start", () => {
    assert.equal(jsonLd("/events/craft-fair/", "Event")!["eventStatus"], "https://schema.org/EventCancelled");
    assert.equal(jsonLd("/events/choir-concert/", "Event")!["eventStatus"], "https://schema.org/EventPostponed");
    const rescheduled = jsonLd("/events/county-hall-open-day/", "Event")!;
    assert.equal(rescheduled["eventStatus"], "https://schema.org/EventRescheduled");
    assert.equal(rescheduled["startDate"], "2099-06-12T10:00:00+01:00");
    assert.equal(rescheduled["previousStartDate"], "2099-06-05");
    assert.equal(jsonLd("/events/loneliness-summit/", "Event")!["eventStatus"], "https://schema.org/EventScheduled");
  });

  test("its calendar file says STATUS:CANCELLED, as a new revision of the entry, so that a calendar that imported it marks it cancelled", () => {
    const { text: property, event: entry } = parseCalendar(project.read("_site/events/craft-fair/craft-fair.ics"));
    assert.equal(property("status"), "CANCELLED");
    assert.equal(entry.getFirstPropertyValue("sequence"), 2, "its update and its status");
    assert.equal(property("uid"), "events-craft-fair@www.leicestershire.gov.uk", "the same entry as before");
    assert.match(property("description"), /^Cancelled\. /);
    assert.equal(parseCalendar(project.read("_site/events/choir-concert/choir-concert.ics")).text("status"), "TENTATIVE");
    assert.doesNotMatch(project.read("_site/events/loneliness-summit/loneliness-summit.ics"), /STATUS|SEQUENCE/);
  });
});

describe("a withdrawn article", () => {
  test("stays at its address with a notice at its top saying when and why", () => {
    const notice = byClass(mainOf(WITHDRAWN).children, "notice")[0]!;
    assert.equal(text(notice), "This news article was withdrawn on 3 December 2018. Reason: The consultation has closed.");
  });

  test("leaves the home page, the news listing, its topic's page and feed, and the news feed", () => {
    for (const url of ["/", "/news/", "/topics/communities/"]) {
      assert.ok(!titlesIn(mainOf(url).children).includes("Consultation on bus routes"), url);
    }
    for (const feed of ["news/feed.xml", "topics/communities/feed.xml"]) {
      assert.ok(!feedEntries(feed).some((entry) => entry.id === `${SITE}${WITHDRAWN}`), feed);
    }
    assert.doesNotMatch(project.read(`_site${WITHDRAWN}index.html`), /class="topics"/, "it names no topic");
  });

  test("leaves the related pages of a page that names it, which is no mistake", () => {
    const related = DomUtils.findOne((element) => element.name === "aside", html("/news/2018/11/bus-routes-news/").children)!;
    assert.deepEqual(DomUtils.findAll((element) => element.name === "a", related.children).map(text), [
      "Summit on tackling loneliness and social isolation",
    ]);
    assert.doesNotMatch(output, /bus-routes-news/);
  });

  test("stays in the sitemap, changed on the day it was withdrawn, and in search, labelled Withdrawn", () => {
    assert.equal(lastmod(WITHDRAWN), "2018-12-03");
    const fragment = project
      .searchIndexText()
      .split("\n")
      .map((line) => JSON.parse(line.slice(line.indexOf("{"))) as { url: string; meta: Record<string, string> })
      .find((entry) => entry.url === WITHDRAWN);
    assert.ok(fragment, "it is in the search index");
    assert.equal(fragment.meta["status"], "Withdrawn");
    assert.equal(fragment.meta["type"], "News");
  });
});

describe("an expired campaign", () => {
  test("is withdrawn from its day, with the standard reason, and so are its pages", () => {
    assert.equal(
      text(byClass(mainOf("/road-safety/").children, "notice")[0]!),
      "This campaign was withdrawn on 1 January 2019. Reason: The information on this page is no longer current.",
    );
    assert.equal(
      text(byClass(mainOf("/road-safety/crossings/").children, "notice")[0]!),
      "This page was withdrawn on 1 January 2019. Reason: The information on this page is no longer current.",
    );
    // Its page is still named by its campaign and links back to it.
    assert.match(
      project.read("_site/road-safety/crossings/index.html"),
      /<p class="caption" data-pagefind-ignore>Road safety<\/p>/,
    );
    assert.match(project.read("_site/road-safety/crossings/index.html"), /<a href="\/road-safety\/">Road safety<\/a>/);
  });

  test("leaves the home page, and has no feed to follow", () => {
    assert.doesNotMatch(project.read("_site/index.html"), /Road safety/);
    assert.equal(project.list("_site/road-safety").includes("feed.xml"), false);
    assert.doesNotMatch(project.read("_site/road-safety/index.html"), /road-safety\/feed\.xml"/);
  });
});

describe("featured articles", () => {
  test("the three newest are at the top of the home page, and not again under Latest news", () => {
    assert.deepEqual(sectionTitles("/", "Featured"), ["Featured 4", "Featured 3", "Featured 2"]);
    assert.ok(!sectionTitles("/", "Latest news").some((title) => title.startsWith("Featured")));
    const headings = DomUtils.getElementsByTagName("h2", [mainOf("/")], true).map(text);
    assert.equal(headings[0], "Featured");
  });

  test("they are at the top of the news page, before every article", () => {
    const main = mainOf("/news/");
    assert.deepEqual(DomUtils.getElementsByTagName("h2", [main], true).map(text), ["Featured", "All news"]);
    assert.deepEqual(titlesIn(main.children).slice(0, 3), ["Featured 4", "Featured 3", "Featured 2"]);
  });

  test("a fourth is a warning naming the one left out, the oldest", () => {
    const warnings = output.split("\n").filter((line) => line.startsWith("Warning: content/news/"));
    assert.equal(warnings.length, 1, output);
    assert.match(
      warnings[0]!,
      /^Warning: content\/news\/2018-10-01-featured-1\.md:5: featured: 4 news articles are featured, .*newest 3, so this one, older than them, is left out\./,
    );
  });
});

// Last: it withdraws or deletes every article of the copy the tests above read.
describe("with every article withdrawn", () => {
  test("the news page is still there, saying there is none, and the news feed has no entry", () => {
    const summit = "content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md";
    const kept = [path.basename(summit), "2018-11-10-consultation-on-bus-routes.md"];
    for (const file of project.list("content/news").filter((name) => name.endsWith(".md") && !kept.includes(name))) {
      project.delete(`content/news/${file}`);
    }
    // Other pages name it in related: and link to it: withdrawn, it stays, and they need not change.
    project.write(
      summit,
      project.read(summit).replace("\n---\n", "\nwithdrawn:\n  date: 2018-12-03\n  reason: The summit has taken place.\n---\n"),
    );
    const build = project.build();
    assert.ok(build.ok, build.output);
    assert.match(text(mainOf("/news/")), /^News There is no news at the moment\./);
    assert.deepEqual(feedEntries("news/feed.xml"), []);
    assert.match(project.read("_site/news/feed.xml"), /<updated>\d{4}-\d{2}-\d{2}T00:00:00[+-]\d{2}:00<\/updated>/);
  });
});
