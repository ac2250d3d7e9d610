/**
 * The mistakes editors will make with the fields of a page's life after it is published (updates, an event's status,
 * a withdrawal, an expiry, a review date and an owner): each is told on its line, with what to write instead.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseFrontMatter } from "../../eleventy/model/frontMatter/parseFrontMatter.ts";
import { pageLifeProblems } from "../../eleventy/model/schemas/pageLifeProblems.ts";
import { FIXTURES, frontMatterOf, validationErrors, withField } from "./contentFile.ts";

const article = frontMatterOf(`${FIXTURES}/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md`);
const summit = frontMatterOf(`${FIXTURES}/events/loneliness-summit.md`);
const hub = frontMatterOf(`${FIXTURES}/campaigns/tackling-loneliness/index.md`);

/** What the build says of the article with these lines added (or a field replaced): "" when it is valid. */
const newsWith = (field: string, lines: string) => validationErrors("news", withField(article, field, lines));
const eventWith = (field: string, lines: string) => validationErrors("event", withField(summit, field, lines));

/** The line a message is on, and the message from its field on. */
function said(errors: string): Array<{ line: number; message: string }> {
  return errors
    .split("\n")
    .filter(Boolean)
    .map((error) => {
      const [, line, message] = /^[^:]+\.md:(\d+): (.*)$/.exec(error) ?? [];
      assert.ok(message, `not file:line: message: ${error}`);
      return { line: Number(line), message };
    });
}

/** The line of the article's front matter with these lines added at its end: the opening --- is line 1. */
const lineOfAdded = (offset: number) => article.split("\n").length + 2 + offset;

describe("updates", () => {
  test("updates, each with a date and a note, on or after the page's date, are valid on every kind of page", () => {
    const updates =
      "updates:\n  - date: 2018-12-03\n    note: Added the address of the venue.\n  - date: 2018-11-26\n    note: Same day.";
    assert.equal(newsWith("updates", updates), "");
    assert.equal(eventWith("updates", updates), "");
    assert.equal(validationErrors("campaign", withField(hub, "updates", updates)), "");
  });

  test("an update without a note, or without a date, says which is missing, on its line", () => {
    assert.deepEqual(said(newsWith("updates", "updates:\n  - date: 2018-12-03")), [
      {
        line: lineOfAdded(1),
        message:
          'updates.0.note: required (what changed, in a sentence of up to 200 characters, for example "Added the address of the venue.")',
      },
    ]);
    assert.deepEqual(said(newsWith("updates", "updates:\n  - note: Added the address of the venue.")), [
      {
        line: lineOfAdded(1),
        message: "updates.0.date: required (the day the page was changed, written as YYYY-MM-DD, for example 2018-12-03)",
      },
    ]);
  });

  test("an update dated before the page says so, and which day is the earliest", () => {
    const [problem] = said(newsWith("updates", "updates:\n  - date: 2018-11-20\n    note: Added the address of the venue."));
    assert.equal(problem?.line, lineOfAdded(1));
    assert.equal(
      problem?.message,
      "updates.0.date: 2018-11-20 is before the page's own date (2018-11-26), and an update comes after the page it changes. Write the day the page was changed, 2018-11-26 or later.",
    );
  });

  test("an update dated in the future is refused: it is added on the day of the change", () => {
    const [problem] = said(newsWith("updates", "updates:\n  - date: 2099-01-05\n    note: Added the address of the venue."));
    assert.equal(problem?.line, lineOfAdded(1));
    assert.match(problem?.message ?? "", /^updates\.0\.date: 2099-01-05 is after today\. Write the day the change was made/);
  });

  test("an update's date in words is read back as the date to write", () => {
    assert.match(
      newsWith("updates", "updates:\n  - date: 3 December 2018\n    note: Added the address of the venue."),
      /updates\.0\.date: "3 December 2018" is not a date the site can read.*Write it as 2018-12-03/,
    );
  });
});

describe("an event's status", () => {
  test("cancelled, postponed and rescheduled (with its previous date) are valid", () => {
    assert.equal(eventWith("status", "status: cancelled"), "");
    assert.equal(eventWith("status", "status: postponed"), "");
    assert.equal(eventWith("status", "status: rescheduled\npreviousDate: 2018-11-23"), "");
  });

  test("status: canceled, the US spelling, is told the site's word", () => {
    const [problem] = said(eventWith("status", "status: canceled"));
    assert.match(
      problem?.message ?? "",
      /^status: the text "canceled" is not one of cancelled, postponed, rescheduled: did you mean cancelled\? \(only for an event/,
    );
  });

  test("another status is told the three there are", () => {
    assert.match(
      eventWith("status", "status: called off"),
      /status: the text "called off" is not one of cancelled, postponed, rescheduled \(/,
    );
  });

  test("a rescheduled event without its previous date is told to add it, on the status line", () => {
    const errors = eventWith("status", "status: rescheduled");
    const [problem] = said(errors);
    assert.equal(problem?.line, summit.split("\n").length + 2);
    assert.match(
      problem?.message ?? "",
      /^previousDate: required for a rescheduled event: .*previousDate: 2018-11-23\. The event's day:/,
    );
  });

  test("a previous date without status: rescheduled is refused", () => {
    assert.match(
      eventWith("previousDate", "previousDate: 2018-11-23"),
      /previousDate: only a rescheduled event has a previous date/,
    );
  });

  test("only an event has a status, and only news can be featured", () => {
    assert.match(newsWith("status", "status: cancelled"), /status: not a field of this kind of page/);
    assert.match(eventWith("featured", "featured: true"), /featured: not a field of this kind of page/);
    assert.equal(newsWith("featured", "featured: true"), "");
    assert.match(newsWith("featured", "featured: yes"), /featured: the text "yes" is not true or false/);
  });
});

describe("withdrawn and expires", () => {
  test("a withdrawal with its date and reason is valid", () => {
    assert.equal(newsWith("withdrawn", "withdrawn:\n  date: 2018-12-03\n  reason: The summit has taken place."), "");
  });

  test("withdrawn without a reason is told to give one", () => {
    assert.match(
      newsWith("withdrawn", "withdrawn:\n  date: 2018-12-03"),
      /withdrawn\.reason: required \(why the page was withdrawn and where readers can go instead/,
    );
  });

  test("withdrawn without a date needs one, unless expires gives the day", () => {
    assert.match(
      newsWith("withdrawn", "withdrawn:\n  reason: The summit has taken place."),
      /withdrawn\.date: required: the day/,
    );
    assert.equal(newsWith("withdrawn", "expires: 2099-01-01\nwithdrawn:\n  reason: The offer has closed."), "");
  });

  test("a withdrawal dated in the future is told to use expires instead", () => {
    assert.match(
      newsWith("withdrawn", "withdrawn:\n  date: 2099-12-03\n  reason: The offer has closed."),
      /withdrawn\.date: 2099-12-03 is after today\. .*write expires: 2099-12-03/,
    );
  });

  test("an expiry on or before the page's date is refused", () => {
    const [problem] = said(newsWith("expires", "expires: 2018-11-01"));
    assert.equal(problem?.line, lineOfAdded(0));
    assert.equal(
      problem?.message,
      "expires: 2018-11-01 is not after the page's own date (2018-11-26), so the page would be withdrawn as soon as it is published. Write the day it stops being current, after 2018-11-26.",
    );
    assert.match(newsWith("expires", "expires: 2018-11-26"), /expires: 2018-11-26 is not after/);
    assert.equal(newsWith("expires", "expires: 2019-03-31"), "");
  });
});

describe("review and owner", () => {
  test("a review date that is not a date is told how to write one", () => {
    assert.match(newsWith("reviewBy", "reviewBy: next year"), /reviewBy: "next year" is not a date the site can read/);
    assert.equal(newsWith("reviewBy", "reviewBy: 2019-11-26\nowner: Communications team"), "");
  });

  const check = (lines: string, teams: string[]) => {
    const parsed = parseFrontMatter(lines, 2);
    return pageLifeProblems("content/news/x.md", parsed.data, parsed.lineOf, {
      teams,
      now: new Date("2025-06-10T12:00:00Z"),
      settingsFile: "content/settings/site.yml",
    });
  };

  test("an owner that is not one of the site's teams is told the one it looks like, or the teams there are", () => {
    const teams = ["Communications team", "Adult social care"];
    assert.deepEqual(check("title: A\nowner: Comunications team", teams), [
      {
        file: "content/news/x.md",
        line: 3,
        message:
          'owner: "Comunications team" is not one of the teams in content/settings/site.yml. Did you mean "Communications team"? An owner is a team, not a person; to add a team, add it under teams: in content/settings/site.yml.',
      },
    ]);
    assert.match(
      check("owner: Jane Smith", teams)[0]?.message ?? "",
      /"Jane Smith" is not one of the teams .* Write one of: "Communications team", "Adult social care"\./,
    );
    assert.deepEqual(check("owner: Adult social care", teams), []);
    assert.deepEqual(check("owner: Jane Smith", []), [], "a site that lists no teams takes any owner");
  });
});
