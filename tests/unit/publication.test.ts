import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { publicationStatus, type PublicationData } from "../../eleventy/registry/publicationStatus.ts";
import { showsUnpublished } from "../../eleventy/core/runMode.ts";
import { parseClock, siteNow } from "../../eleventy/core/clock.ts";

/** As YAML reads `date: 2025-06-10`: midnight UTC, standing for the London calendar day. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A page's data as the build gives it: its type comes from the folder its file is in. */
const inFolder = (file: string, data: Record<string, unknown> = {}): PublicationData => ({
  page: { inputPath: `./content/${file}` },
  ...data,
});
const news = (date: string, extra: Record<string, unknown> = {}) => inFolder("news/a-story.md", { date: day(date), ...extra });
const isPublished = (data: PublicationData, now: Date) => publicationStatus(data, now).state === "published";

describe("is a page published? (with an injected clock)", () => {
  const noon = new Date("2025-06-10T12:00:00Z");

  test("a news article dated today or earlier is published", () => {
    assert.equal(isPublished(news("2025-06-10"), noon), true);
    assert.equal(isPublished(news("2018-11-26"), noon), true);
  });

  test("a news article dated after today is scheduled for its date", () => {
    assert.deepEqual(publicationStatus(news("2025-06-11"), noon), {
      state: "scheduled",
      date: day("2025-06-11"),
      atTime: false,
    });
    assert.equal(isPublished(news("2026-01-01"), noon), false);
  });

  test("the day turns at midnight in London, not in UTC", () => {
    // 23:30 UTC on 10 June is 00:30 on 11 June in London (summer time): the 11 June article is out.
    assert.equal(isPublished(news("2025-06-11"), new Date("2025-06-10T23:30:00Z")), true);
    // 22:59 UTC is still 23:59 on 10 June in London.
    assert.equal(isPublished(news("2025-06-11"), new Date("2025-06-10T22:59:00Z")), false);
    // In winter London is on UTC: 23:59 UTC on 31 December is still 31 December.
    assert.equal(isPublished(news("2026-01-01"), new Date("2025-12-31T23:59:00Z")), false);
    assert.equal(isPublished(news("2026-01-01"), new Date("2026-01-01T00:00:00Z")), true);
  });

  test("a draft is never published, whatever its date", () => {
    assert.deepEqual(publicationStatus(news("2018-11-26", { draft: true }), noon), { state: "draft" });
    assert.deepEqual(publicationStatus(inFolder("events/a.md", { date: day("2018-11-26"), draft: true }), noon), {
      state: "draft",
    });
    assert.equal(isPublished(news("2018-11-26", { draft: false }), noon), true);
  });

  test("only news is scheduled by its date: other pages' dates do not hold them back", () => {
    assert.equal(isPublished(inFolder("events/a.md", { date: day("2030-01-01") }), noon), true);
    assert.equal(isPublished(inFolder("campaigns/a/index.md", { date: day("2030-01-01") }), noon), true);
    assert.equal(isPublished(inFolder("campaigns/tackling-loneliness/b.md", { date: day("2030-01-01") }), noon), true);
  });

  test("a campaign's page waits for its campaign's hub to be published", () => {
    assert.deepEqual(publicationStatus(inFolder("campaigns/no-such-campaign/a-page.md"), noon), {
      state: "campaignUnpublished",
      hub: "content/campaigns/no-such-campaign/index.md",
    });
  });

  test("pages without content type or date (listings, feeds) are published", () => {
    assert.equal(isPublished({}, noon), true);
    assert.equal(isPublished(inFolder("news/a-story.md"), noon), true);
    assert.equal(isPublished(inFolder("pages/news.njk", { date: day("2030-01-01") }), noon), true);
  });
});

describe("which run modes show unpublished pages", () => {
  test("npm start's serve and watch modes do; a build, or anything unknown, does not", () => {
    assert.equal(showsUnpublished("serve"), true);
    assert.equal(showsUnpublished("watch"), true);
    assert.equal(showsUnpublished("build"), false);
    assert.equal(showsUnpublished(undefined), false);
    assert.equal(showsUnpublished("Serve"), false);
  });
});

describe("a news article scheduled to a time of day, in London", () => {
  // As the front matter gives them: `date: 2025-06-11 07:00` is text to YAML; with seconds, YAML reads its figures as UTC.
  const at = (date: unknown) => inFolder("news/a-story.md", { date });

  test("it is published from that time, not from the start of its day", () => {
    // 07:00 on 11 June in London is 06:00 UTC (summer time).
    assert.equal(isPublished(at("2025-06-11 07:00"), new Date("2025-06-11T05:59:00Z")), false);
    assert.equal(isPublished(at("2025-06-11 07:00"), new Date("2025-06-11T06:00:00Z")), true);
    // In winter London is on UTC.
    assert.equal(isPublished(at("2025-12-08 07:00"), new Date("2025-12-08T06:59:00Z")), false);
    assert.equal(isPublished(at("2025-12-08 07:00"), new Date("2025-12-08T07:00:00Z")), true);
  });

  test("written with seconds, the figures are London's too", () => {
    const withSeconds = new Date("2025-06-11T07:00:00Z");
    assert.equal(isPublished(at(withSeconds), new Date("2025-06-11T05:59:00Z")), false);
    assert.equal(isPublished(at(withSeconds), new Date("2025-06-11T06:00:00Z")), true);
  });

  test("a scheduled one says the time it is due, for the build's line and npm start's banner", () => {
    assert.deepEqual(publicationStatus(at("2025-06-11 07:00"), noonOf("2025-06-10")), {
      state: "scheduled",
      date: new Date("2025-06-11T06:00:00Z"),
      atTime: true,
    });
  });
});

const noonOf = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("the build's clock", () => {
  test("is the real time unless SITE_NOW sets it", () => {
    const before = Date.now();
    assert.ok(siteNow("").getTime() >= before);
    assert.equal(siteNow(undefined).getTime() >= before, true);
  });

  test("SITE_NOW takes a London date and time, or an instant with its offset", () => {
    assert.equal(siteNow("2026-07-01 07:00").toISOString(), "2026-07-01T06:00:00.000Z");
    assert.equal(siteNow("2026-12-08 07:00").toISOString(), "2026-12-08T07:00:00.000Z");
    assert.equal(siteNow("2026-07-01T07:00").toISOString(), "2026-07-01T06:00:00.000Z");
    assert.equal(siteNow("2026-12-08T07:00:00Z").toISOString(), "2026-12-08T07:00:00.000Z");
    assert.equal(siteNow("2026-12-08T08:00:00+01:00").toISOString(), "2026-12-08T07:00:00.000Z");
  });

  test("a value that names no moment stops the build, saying how to write it", () => {
    for (const wrong of ["tomorrow", "2026-12-08", "2026-12-08T07:00:00.000", "2026-13-01 07:00"]) {
      assert.throws(() => parseClock(wrong), /SITE_NOW must be a London date and time such as 2026-12-08 07:00/, wrong);
    }
  });
});
