/**
 * `npm run due`: the scheduled build's decision, from the content alone, whether anything has changed state since
 * the published site was built (scripts/due.ts, eleventy/features/schedule/scheduledChanges.ts).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { parseClock } from "../../eleventy/core/clock.ts";
import { dueDecision, scheduledChanges } from "../../eleventy/features/schedule/scheduledChanges.ts";

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project folder holding `files` (paths inside it). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "due-"));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const news = (date: string, extra = "") =>
  `---\ntitle: Libraries open later\ndescription: Libraries open later from January.\ndate: ${date}\n${extra}---\n\nText.\n`;
const event = `---\ntitle: Library open day\ndescription: An open day at the library.\ndate: 2026-11-01\nday: 2026-12-08\nvenue:\n  name: County Hall\norganisers:\n  - Leicestershire County Council\n---\n\nText.\n`;
const NOTICES = `notices:\n  - type: emergency\n    heading: Roads closed by snow\n    text: Check before you travel.\n    start: 2026-12-08 08:00\n    end: 2026-12-08 18:00\n`;

const CONTENT = {
  "content/news/2026-12-08-libraries-open-later.md": news("2026-12-08 09:30"),
  "content/news/2026-12-10-a-day-ahead.md": news("2026-12-10"),
  "content/news/2026-12-08-a-draft.md": news("2026-12-08 08:30", "draft: true\n"),
  "content/news/2018-11-26-long-published.md": news("2018-11-26"),
  "content/events/library-open-day.md": event,
  "content/settings/notices.yml": NOTICES,
};
const root = project(CONTENT);
const at = (time: string) => parseClock(time);
const decide = (since: string | undefined, now: string) => dueDecision(root, since ? at(since) : undefined, at(now));

describe("what the content schedules, and when", () => {
  test("each scheduled article, each event's move to the past, each notice's start and end, in time order", () => {
    assert.deepEqual(
      scheduledChanges(root).map((change) => `${change.at.toISOString()} ${change.file}:${change.line} ${change.what}`),
      [
        '2018-11-26T00:00:00.000Z content/news/2018-11-26-long-published.md:4 "Libraries open later" is published',
        '2026-12-08T08:00:00.000Z content/settings/notices.yml:2 the notice "Roads closed by snow" goes up',
        '2026-12-08T09:30:00.000Z content/news/2026-12-08-libraries-open-later.md:4 "Libraries open later" is published',
        '2026-12-08T18:00:00.000Z content/settings/notices.yml:2 the notice "Roads closed by snow" comes down',
        '2026-12-09T00:00:00.000Z content/events/library-open-day.md:5 "Library open day" moves to past events',
        '2026-12-10T00:00:00.000Z content/news/2026-12-10-a-day-ahead.md:4 "Libraries open later" is published',
      ],
    );
  });
});

describe("the scheduled build runs only when something has fallen due since the published build", () => {
  test("a notice's start falls due: build, saying which notice, on which line", () => {
    const decision = decide("2026-12-08 07:55", "2026-12-08 08:05");
    assert.equal(decision.due, true);
    assert.deepEqual(decision.lines, [
      "The site was last built for 07:55 on 8 December 2026 (London time).",
      "Due since then, so the site is to be built (1 change):",
      '  08:00 on 8 December 2026: content/settings/notices.yml:2: the notice "Roads closed by snow" goes up',
      'Next: 09:30 on 8 December 2026: content/news/2026-12-08-libraries-open-later.md:4: "Libraries open later" is published.',
    ]);
  });

  test("nothing falls due between two runs: no build, and when the next change is", () => {
    const decision = decide("2026-12-08 08:05", "2026-12-08 08:10");
    assert.equal(decision.due, false);
    assert.deepEqual(decision.lines, [
      "The site was last built for 08:05 on 8 December 2026 (London time).",
      "Nothing has fallen due since: no build is needed.",
      'Next: 09:30 on 8 December 2026: content/news/2026-12-08-libraries-open-later.md:4: "Libraries open later" is published.',
    ]);
  });

  test("a change at the very minute of the published build was in it; one a minute after is due", () => {
    assert.equal(decide("2026-12-08 08:00", "2026-12-08 08:05").due, false);
    assert.equal(decide("2026-12-08 07:59", "2026-12-08 08:00").due, true);
    assert.equal(decide("2026-12-08 07:55", "2026-12-08 07:59").due, false);
  });

  test("a notice's end, an article's time, an article's day and an event's end are each due in their turn", () => {
    assert.equal(decide("2026-12-08 17:55", "2026-12-08 18:00").due, true, "the notice's end");
    assert.equal(decide("2026-12-08 09:25", "2026-12-08 09:35").due, true, "the article at 09:30");
    assert.equal(decide("2026-12-08 23:58", "2026-12-09 00:03").due, true, "the event, past from midnight");
    assert.equal(decide("2026-12-09 23:58", "2026-12-10 00:03").due, true, "the article of 10 December");
    assert.equal(decide("2026-12-10 00:03", "2026-12-31 00:00").due, false, "nothing after");
  });

  test("a scheduled draft is never due: it is not published at its time", () => {
    assert.equal(decide("2026-12-08 08:25", "2026-12-08 08:35").due, false);
  });

  test("a run delayed for hours still sees everything that fell due meanwhile", () => {
    const decision = decide("2026-12-08 07:00", "2026-12-09 06:00");
    assert.equal(decision.due, true);
    assert.equal(decision.lines.filter((line) => line.startsWith("  ")).length, 4);
  });

  test("with no record of the last publication, or content with a mistake, it builds", () => {
    assert.equal(decide(undefined, "2026-12-08 08:10").due, true);
    const broken = project({ ...CONTENT, "content/settings/notices.yml": NOTICES.replace("emergency", "emergancy") });
    const decision = dueDecision(broken, at("2026-12-08 08:05"), at("2026-12-08 08:10"));
    assert.deepEqual(decision, { due: true, lines: ["The content has a mistake, which the build will report: building."] });
  });
});

describe("npm run due", () => {
  const run = (...args: string[]) => {
    const output = path.join(root, "github-output");
    writeFileSync(output, "");
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/due.ts", "--root", root, ...args], {
      encoding: "utf8",
      env: { ...process.env, GITHUB_OUTPUT: output, SITE_NOW: "" },
    });
    return { ...result, output: readFileSync(output, "utf8") };
  };

  test("says what is due and when, and tells the workflow whether to build", () => {
    const due = run("--since", "2026-12-08 07:55", "--now", "2026-12-08 08:05");
    assert.equal(due.status, 0, due.stderr);
    assert.match(due.stdout, /notices\.yml:2: the notice "Roads closed by snow" goes up/);
    assert.equal(due.output, "due=true\n");
    const notDue = run("--since", "2026-12-08T08:05:00Z", "--now", "2026-12-08T08:10:00Z");
    assert.match(notDue.stdout, /Nothing has fallen due since: no build is needed\./);
    assert.equal(notDue.output, "due=false\n");
  });

  test("a time it cannot read is an error, not a decision", () => {
    const wrong = run("--since", "yesterday");
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /the time must be a London date and time such as 2026-12-08 07:00/);
    assert.equal(wrong.output, "");
  });
});
