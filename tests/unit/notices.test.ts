import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { formatProblem } from "../../eleventy/model/frontMatter/contentProblem.ts";
import { covers, isShowing, noticeFileProblems, readNotices, showingNotices } from "../../eleventy/model/settings/notices.ts";
import { noticePageProblems } from "../../eleventy/features/notices/noticeProblems.ts";

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project folder whose content/settings/notices.yml is `text`. */
function withNotices(text: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "notices-"));
  roots.push(root);
  mkdirSync(path.join(root, "content/settings"), { recursive: true });
  writeFileSync(path.join(root, "content/settings/notices.yml"), text);
  return root;
}

/** Each problem as the build and `npm run lint:content` print it. */
const problemsOf = (text: string) => noticeFileProblems(withNotices(text)).map(formatProblem);

const notice = (fields: string) =>
  `notices:\n  - type: emergency\n    heading: Roads closed by snow\n    text: Check before you travel.\n${fields}`;

describe("a notice is up from its start until its end, in London time", () => {
  const [roads] = readNotices(withNotices(notice("    start: 2026-12-08 07:00\n    end: 2026-12-09 18:00\n")));

  test("its times are London's: 07:00 in December is 07:00 UTC, in July 06:00 UTC", () => {
    assert.equal(roads!.start.toISOString(), "2026-12-08T07:00:00.000Z");
    const [summer] = readNotices(withNotices(notice("    start: 2026-07-01 07:00\n")));
    assert.equal(summer!.start.toISOString(), "2026-07-01T06:00:00.000Z");
  });

  test("not before its start; from the minute of its start; until, not at, its end", () => {
    assert.equal(isShowing(roads!, new Date("2026-12-08T06:59:59Z")), false);
    assert.equal(isShowing(roads!, new Date("2026-12-08T07:00:00Z")), true);
    assert.equal(isShowing(roads!, new Date("2026-12-09T17:59:59Z")), true);
    assert.equal(isShowing(roads!, new Date("2026-12-09T18:00:00Z")), false);
  });

  test("without an end, it stays", () => {
    const [open] = readNotices(withNotices(notice("    start: 2026-12-08 07:00\n")));
    assert.equal(isShowing(open!, new Date("2099-01-01T00:00:00Z")), true);
  });

  test("without sections it covers every page; with them, each section's page and those under it", () => {
    assert.equal(covers({ sections: [] }, "/"), true);
    assert.equal(covers({ sections: [] }, "/news/2026/12/a/"), true);
    const events = { sections: ["/events/", "/tackling-loneliness/"] };
    assert.equal(covers(events, "/events/"), true);
    assert.equal(covers(events, "/events/library-open-day/"), true);
    assert.equal(covers(events, "/tackling-loneliness/social-workers/"), true);
    assert.equal(covers(events, "/"), false);
    assert.equal(covers(events, "/news/"), false);
  });

  test("several are shown most severe first, and in the file's order within a kind", () => {
    const root = withNotices(
      ["announcement", "service", "emergency", "notable-death", "emergency"]
        .map((type, at) => `  - type: ${type}\n    heading: Notice ${at}\n    text: Text ${at}.\n    start: 2026-12-08 07:00\n`)
        .join("")
        .replace(/^/, "notices:\n"),
    );
    const shown = showingNotices(readNotices(root), new Date("2026-12-08T08:00:00Z"));
    assert.deepEqual(
      shown.map((entry) => `${entry.type} ${entry.heading}`),
      ["emergency Notice 2", "emergency Notice 4", "notable-death Notice 3", "service Notice 1", "announcement Notice 0"],
    );
  });

  test("no file, or an empty list, is no notices", () => {
    const root = mkdtempSync(path.join(tmpdir(), "notices-"));
    roots.push(root);
    assert.deepEqual(readNotices(root), []);
    assert.deepEqual(readNotices(withNotices("notices: []\n")), []);
    assert.deepEqual(readNotices(withNotices("# none yet\nnotices:\n")), []);
  });
});

describe("each mistake an editor may make is named on its line, with what to write instead, all at once", () => {
  const file = "content/settings/notices.yml";

  test("an end before its start", () => {
    assert.deepEqual(problemsOf(notice("    start: 2026-12-08 07:00\n    end: 2026-12-08 06:00\n")), [
      `${file}:6: notices.0.end: 06:00 on 8 December 2026 is not after the notice's start, 07:00 on 8 December 2026, so it would never be shown. Write an end after its start, or delete the end: line to show it until it is deleted from the list.`,
    ]);
  });

  test("a time without a date, and a date without a time", () => {
    assert.deepEqual(problemsOf(notice("    start: 07:00\n    end: 2026-12-09\n")), [
      `${file}:5: notices.0.start: "07:00" is not a date and time the site can read: they are written YYYY-MM-DD HH:MM, on the 24-hour clock, in London time. "07:00" has a time but no date: write the date before it, such as start: 2018-11-30 07:00`,
      `${file}:6: notices.0.end: 2026-12-09 is a date without a time. Write the time in London after it, on the 24-hour clock: 2026-12-09 07:00, say, or 2026-12-09 00:00 for the very start of the day`,
    ]);
  });

  test("a time written another way", () => {
    assert.deepEqual(problemsOf(notice("    start: 8/12/2026 7am\n")), [
      `${file}:5: notices.0.start: "8/12/2026 7am" is not a date and time the site can read: they are written YYYY-MM-DD HH:MM, on the 24-hour clock, in London time. Write it as 2026-12-08 07:00, so that the line reads start: 2026-12-08 07:00`,
    ]);
  });

  test("an unknown type, with the nearest one", () => {
    const text = notice("    start: 2026-12-08 07:00\n").replace("type: emergency", "type: emergancy");
    assert.deepEqual(problemsOf(text), [
      `${file}:2: notices.0.type: "emergancy" is not a kind of notice. Did you mean emergency? Write one of emergency, notable-death, service or announcement`,
    ]);
    assert.match(problemsOf(text.replace("emergancy", "flood")).join("\n"), /"flood" is not a kind of notice\. Write one of/);
  });

  test("a link that is not an address", () => {
    const linked = (link: string) => problemsOf(notice(`    link: ${link}\n    start: 2026-12-08 07:00\n`));
    assert.deepEqual(linked("www.example.gov.uk/roads"), [
      `${file}:5: notices.0.link: "www.example.gov.uk/roads" is not an address: it needs https:// before it. Write https://www.example.gov.uk/roads`,
    ]);
    assert.deepEqual(linked("/news"), [
      `${file}:5: notices.0.link: "/news" is not an address on this site: they end with /. Write /news/`,
    ]);
    assert.match(linked("http://example.gov.uk/").join(), /is not a secure address\. Write it with https:\/\//);
    assert.match(linked("the roads page").join(), /"the roads page" is not an address\. Write a page of this site/);
    assert.deepEqual(linked("/news/2026/12/roads-closed/"), []);
    assert.deepEqual(linked("https://www.example.gov.uk/roads"), []);
  });

  test("a section written without its slashes", () => {
    assert.deepEqual(problemsOf(notice("    start: 2026-12-08 07:00\n    sections:\n      - events\n")), [
      `${file}:7: notices.0.sections.0: "events" is not the address of a part of this site: addresses start and end with /. Write /events/`,
    ]);
  });

  test("a field that is missing or misspelt, and several mistakes in one file", () => {
    const problems = problemsOf(
      "notices:\n  - type: emergency\n    heading: Roads closed\n    start: 2026-12-08 07:00\n  - type: srevice\n    heading: Libraries\n    text: Closed today.\n    strat: 2026-12-08 07:00\n",
    );
    assert.equal(problems.length, 4, problems.join("\n"));
    assert.match(problems[0]!, /notices\.yml:2: notices\.0\.text: required/);
    assert.match(problems[1]!, /notices\.yml:5: notices\.1\.type: "srevice" is not a kind of notice\. Did you mean service\?/);
    assert.match(problems.join("\n"), /notices\.yml:8: notices\.1\.strat: not a field/);
    assert.match(problems.join("\n"), /notices\.1\.start: required/);
  });
});

describe("a section or a link that is no page of the site is found once the pages are known", () => {
  const root = withNotices(
    notice("    link: /news/2026/12/roads/\n    start: 2026-12-08 07:00\n    sections:\n      - /event/\n      - /events/\n"),
  );
  const problems = noticePageProblems(readNotices(root), ["/", "/events/", "/news/"]).map(formatProblem);

  test("each on its line, saying what to write", () => {
    assert.deepEqual(problems, [
      "content/settings/notices.yml:5: notices.0.link: /news/2026/12/roads/ is not a page of the site. Write the address of a published page, such as /news/2026/12/roads-closed-by-snow/, and check its spelling; or delete the line.",
      "content/settings/notices.yml:8: notices.0.sections.0: /event/ is not a page of the site, so the notice would not be shown there. Write the address of a published page, such as /events/ or /news/, and check its spelling.",
    ]);
  });

  test("a link to another website, or to a part of a page, is not looked for among the pages", () => {
    const fine = withNotices(notice("    link: /events/#past-events\n    start: 2026-12-08 07:00\n"));
    assert.deepEqual(noticePageProblems(readNotices(fine), ["/events/"]), []);
    const elsewhere = withNotices(notice("    link: https://www.example.gov.uk/\n    start: 2026-12-08 07:00\n"));
    assert.deepEqual(noticePageProblems(readNotices(elsewhere), ["/"]), []);
  });
});
