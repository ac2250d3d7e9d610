import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { publicationStatus, type PublicationData } from "../../eleventy/registry/publicationStatus.ts";
import { showsUnpublished } from "../../eleventy/core/runMode.ts";

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
    assert.deepEqual(publicationStatus(news("2025-06-11"), noon), { state: "scheduled", date: day("2025-06-11") });
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
