import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { breadcrumbList, breadcrumbsFor } from "../../eleventy/features/structuredData/breadcrumbs.ts";
import { eventLd } from "../../eleventy/features/structuredData/event.ts";
import { newsArticleLd } from "../../eleventy/features/structuredData/newsArticle.ts";
import { serialiseJsonLd } from "../../eleventy/features/structuredData/serialiseJsonLd.ts";

const SITE = "https://www.leicestershire.gov.uk";

describe("JSON-LD serialisation", () => {
  test("no string can end the <script> element, and the data reads back unchanged", () => {
    const data = { headline: `</script><script>alert(1)</script> & <!-- \u2028`, nested: ["</SCRIPT>"] };
    const json = serialiseJsonLd(data);
    assert.doesNotMatch(json, /[<>&\u2028]/);
    assert.deepEqual(JSON.parse(json), data);
  });
});

describe("breadcrumbs", () => {
  const pages = [
    { url: "/", data: { title: "News and campaigns" } },
    { url: "/news/", data: { title: "News" } },
    { url: "/news/2018/11/story/", data: { title: "A story" } },
    { url: false as const, data: {} },
  ];

  test("run from Home to the parent, skipping addresses that are not pages", () => {
    assert.deepEqual(breadcrumbsFor("/news/2018/11/story/", pages), [
      { text: "Home", href: "/" },
      { text: "News", href: "/news/" },
    ]);
    assert.deepEqual(breadcrumbsFor("/news/", pages), [{ text: "Home", href: "/" }]);
    assert.deepEqual(breadcrumbsFor("/", pages), []);
  });

  test("become a BreadcrumbList ending with the page itself, with absolute URLs", () => {
    const list = breadcrumbList(
      breadcrumbsFor("/news/2018/11/story/", pages),
      { title: "A story", url: "/news/2018/11/story/" },
      (path) => SITE + path,
    );
    assert.deepEqual(
      list.itemListElement.map((item) => [item.position, item.name, item.item]),
      [
        [1, "Home", `${SITE}/`],
        [2, "News", `${SITE}/news/`],
        [3, "A story", `${SITE}/news/2018/11/story/`],
      ],
    );
  });
});

describe("NewsArticle", () => {
  test("dates carry the London offset, and the council is author and publisher", () => {
    const summer = newsArticleLd(
      { title: "T", description: "D", date: new Date("2019-07-01T00:00:00Z") },
      { url: `${SITE}/news/x/`, siteUrl: SITE, image: `${SITE}/i.jpg` },
    );
    assert.equal(summer.datePublished, "2019-07-01T00:00:00+01:00");
    assert.equal(summer.dateModified, "2019-07-01T00:00:00+01:00");
    assert.equal(summer.author.name, "Leicestershire County Council");
    assert.equal(summer.publisher.name, "Leicestershire County Council");
    assert.deepEqual(summer.image, [`${SITE}/i.jpg`]);
    const winter = newsArticleLd(
      { title: "T", description: "D", date: new Date("2018-11-26T00:00:00Z") },
      { url: "u", siteUrl: SITE },
    );
    assert.equal(winter.datePublished, "2018-11-26T00:00:00+00:00");
    assert.equal("image" in winter, false);
  });
});

describe("Event", () => {
  const summit = {
    title: "Summit",
    description: "D",
    day: new Date("2018-11-30T00:00:00Z"),
    venue: { name: "University of Leicester" },
    organisers: ["Leicestershire County Council", "DICE"],
  };

  test("an all-day event has plain dates, an offline place and both organisers", () => {
    const ld = eventLd(summit, { url: `${SITE}/events/summit/`, siteUrl: SITE });
    assert.equal(ld.startDate, "2018-11-30");
    assert.equal(ld.endDate, "2018-11-30");
    assert.equal(ld.eventAttendanceMode, "https://schema.org/OfflineEventAttendanceMode");
    assert.equal(ld.eventStatus, "https://schema.org/EventScheduled");
    assert.deepEqual(ld.location, { "@type": "Place", name: "University of Leicester", address: "University of Leicester" });
    assert.deepEqual(
      ld.organizer.map((organiser) => organiser.name),
      ["Leicestershire County Council", "DICE"],
    );
  });

  test("a timed event has London times with their offset", () => {
    const { day: _day, ...timed } = summit;
    const ld = eventLd({ ...timed, start: "2019-07-01 10:00", end: "2019-07-01 16:00" }, { url: "u", siteUrl: SITE });
    assert.equal(ld.startDate, "2019-07-01T10:00:00+01:00");
    assert.equal(ld.endDate, "2019-07-01T16:00:00+01:00");
  });
});
