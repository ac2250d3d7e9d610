/**
 * What the build knows of a page after it is published: its updates, newest first, the day it last changed, whether
 * it has been withdrawn or has expired (at a moment the test chooses), and when it is due for review.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { pageHistory, reviewDateOf, updatesOf } from "../../eleventy/registry/pageHistory.ts";
import { EXPIRED_REASON, publicationStatus, withdrawalOf } from "../../eleventy/registry/publicationStatus.ts";

/** As YAML reads `date: 2018-11-26`: midnight UTC, standing for the London calendar day. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
const news = (extra: Record<string, unknown> = {}) => ({
  page: { inputPath: "./content/news/2018-11-26-a-story.md" },
  date: day("2018-11-26"),
  ...extra,
});

describe("updates", () => {
  test("are newest first, whatever order they are written in; of two on one day, the one written last comes first", () => {
    const updates = [
      { date: day("2018-11-28"), note: "First." },
      { date: day("2018-12-03"), note: "Third." },
      { date: day("2018-11-28"), note: "Second." },
    ];
    assert.deepEqual(
      updatesOf({ updates }).map((update) => update.note),
      ["Third.", "Second.", "First."],
    );
  });

  test("the newest is the day the page last changed; a page without updates last changed the day it was published", () => {
    const history = pageHistory(news({ updates: [{ date: day("2018-12-03"), note: "Added the venue." }] }), noon("2025-01-01"));
    assert.deepEqual(history.lastUpdated, day("2018-12-03"));
    assert.deepEqual(history.modified, day("2018-12-03"));
    assert.deepEqual(history.published, day("2018-11-26"));
    const plain = pageHistory(news(), noon("2025-01-01"));
    assert.equal(plain.lastUpdated, undefined);
    assert.deepEqual(plain.modified, day("2018-11-26"));
    assert.deepEqual(plain.updates, []);
  });
});

describe("withdrawn and expired pages", () => {
  test("a page withdrawn on a day is still published, withdrawn from that day, with its reason", () => {
    const data = news({ withdrawn: { date: day("2018-12-03"), reason: "The summit has taken place." } });
    assert.deepEqual(publicationStatus(data, noon("2025-01-01")), {
      state: "published",
      withdrawn: { date: day("2018-12-03"), reason: "The summit has taken place.", expired: false },
    });
    assert.deepEqual(pageHistory(data, noon("2025-01-01")).modified, day("2018-12-03"), "its withdrawal changed it");
  });

  test("a page expires on its day, in London, with the standard reason or its own", () => {
    const data = news({ expires: day("2019-03-31") });
    // 23:30 UTC on 30 March 2019 is still 30 March in London (winter time); 23:30 UTC on 31 March is 1 April (summer).
    assert.equal(withdrawalOf(data, new Date("2019-03-30T23:30:00Z")), undefined);
    assert.deepEqual(withdrawalOf(data, new Date("2019-03-31T00:30:00Z")), {
      date: day("2019-03-31"),
      reason: EXPIRED_REASON,
      expired: true,
    });
    const ownReason = news({ expires: day("2019-03-31"), withdrawn: { reason: "The offer closed on 30 March." } });
    assert.equal(withdrawalOf(ownReason, noon("2019-04-02"))?.reason, "The offer closed on 30 March.");
    assert.equal(withdrawalOf(ownReason, noon("2019-03-02")), undefined, "not before its day");
  });

  test("a draft or a scheduled article is not withdrawn: it is not published at all", () => {
    const withdrawn = { withdrawn: { date: day("2018-12-03"), reason: "Gone." } };
    assert.deepEqual(publicationStatus(news({ ...withdrawn, draft: true }), noon("2025-01-01")), { state: "draft" });
    assert.equal(withdrawalOf(news({ ...withdrawn, date: day("2030-01-01") }), noon("2025-01-01")), undefined);
  });

  const root = mkdtempSync(path.join(tmpdir(), "page-history-"));
  after(() => rmSync(root, { recursive: true, force: true }));
  const campaign = (hubFrontMatter: string) => {
    const folder = path.join(root, "content/campaigns", `c${Math.random().toString(36).slice(2)}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "index.md"), `---\ntitle: A campaign\ndate: 2018-11-01\n${hubFrontMatter}---\nText.\n`);
    return (data: Record<string, unknown> = {}) => ({
      page: { inputPath: path.join(folder, "a-page.md") },
      date: day("2018-11-10"),
      ...data,
    });
  };

  test("a campaign's page is withdrawn with its campaign's hub, with the hub's day and reason", () => {
    const pageOf = campaign("expires: 2019-04-01\nwithdrawn:\n  reason: The campaign has ended.\n");
    assert.deepEqual(withdrawalOf(pageOf(), noon("2019-05-01")), {
      date: day("2019-04-01"),
      reason: "The campaign has ended.",
      expired: true,
    });
    assert.equal(withdrawalOf(pageOf(), noon("2019-03-01")), undefined);
    const earlier = pageOf({ withdrawn: { date: day("2019-02-01"), reason: "Replaced." } });
    assert.equal(withdrawalOf(earlier, noon("2019-05-01"))?.reason, "Replaced.", "a page withdrawn before its hub keeps its own");
  });

  test("a current campaign's pages are current", () => {
    const pageOf = campaign("");
    assert.deepEqual(publicationStatus(pageOf(), noon("2025-01-01")), { state: "published" });
  });
});

describe("review dates", () => {
  test("a page's own reviewBy comes first", () => {
    assert.deepEqual(reviewDateOf(news({ reviewBy: day("2019-06-01") })), day("2019-06-01"));
  });

  test("news and events are due only when they say so", () => {
    assert.equal(reviewDateOf(news()), undefined);
    assert.equal(reviewDateOf({ page: { inputPath: "./content/events/a.md" }, date: day("2018-11-26") }), undefined);
  });

  test("a campaign's hub and pages are due a year after their last update, or their publication", () => {
    const hub = { page: { inputPath: "./content/campaigns/a/index.md" }, date: day("2018-11-26") };
    assert.deepEqual(reviewDateOf(hub), day("2019-11-26"));
    const updated = { ...hub, updates: [{ date: day("2019-02-03"), note: "New pages." }] };
    assert.deepEqual(reviewDateOf(updated), day("2020-02-03"));
    const campaignPage = { page: { inputPath: "./content/campaigns/a/b.md" }, date: day("2020-02-29") };
    assert.deepEqual(reviewDateOf(campaignPage), day("2021-02-28"), "a year after 29 February is 28 February");
  });
});
