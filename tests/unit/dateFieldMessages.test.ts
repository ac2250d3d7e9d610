import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { writtenDate, writtenTime } from "../../eleventy/model/frontMatter/writtenDate.ts";
import { frontMatterOf, validationErrors, withField } from "./contentFile.ts";

const article = frontMatterOf("content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md");
const summit = frontMatterOf("content/events/loneliness-summit.md");
const timed = (lines: string) => withField(withField(summit, "day", null), "start", lines);
/** Each problem as "line: message", without the scratch folder's path. */
const shown = (errors: string) => errors.split("\n").map((problem) => problem.replace(/^.*page\.md:/, ""));

const DATES = "is not a date the site can read: dates are written YYYY-MM-DD (year, month, day).";
const DATE_TIMES =
  "is not a date and time the site can read: they are written YYYY-MM-DD HH:MM, on the 24-hour clock, in London time.";

describe("a date written another way is told with the line as it should be", () => {
  test("26/11/2018, day first as in the UK", () => {
    assert.deepEqual(shown(validationErrors("news", withField(article, "date", "date: 26/11/2018"))), [
      `4: date: "26/11/2018" ${DATES} Write it as 2018-11-26, so that the line reads date: 2018-11-26`,
    ]);
  });

  test("26 November 2018, in words", () => {
    assert.deepEqual(shown(validationErrors("news", withField(article, "date", "date: 26 November 2018"))), [
      `4: date: "26 November 2018" ${DATES} Write it as 2018-11-26, so that the line reads date: 2018-11-26`,
    ]);
  });

  test("tomorrow: the date itself is needed", () => {
    assert.deepEqual(shown(validationErrors("news", withField(article, "date", "date: tomorrow"))), [
      `4: date: "tomorrow" ${DATES} Write the date itself, such as date: 2018-11-26 for 26 November 2018`,
    ]);
  });

  test("an event's day", () => {
    assert.deepEqual(shown(validationErrors("event", withField(summit, "day", "day: 30 November 2018"))), [
      `5: day: "30 November 2018" ${DATES} Write it as 2018-11-30, so that the line reads day: 2018-11-30`,
    ]);
  });

  test("an event's start and end written as 30/11/2018 10am", () => {
    assert.deepEqual(shown(validationErrors("event", timed("start: 30/11/2018 10am\nend: 30/11/2018 4.30pm"))), [
      `19: start: "30/11/2018 10am" ${DATE_TIMES} Write it as 2018-11-30 10:00, so that the line reads start: 2018-11-30 10:00`,
      `20: end: "30/11/2018 4.30pm" ${DATE_TIMES} Write it as 2018-11-30 16:30, so that the line reads end: 2018-11-30 16:30`,
    ]);
  });

  test("a start without its time, or not a date at all", () => {
    assert.deepEqual(shown(validationErrors("event", timed("start: 30/11/2018"))), [
      `19: start: "30/11/2018" ${DATE_TIMES} Write 2018-11-30 and the time after it, such as start: 2018-11-30 10:00`,
    ]);
    assert.deepEqual(shown(validationErrors("event", timed("start: next Friday"))), [
      `19: start: "next Friday" ${DATE_TIMES} Write the date and time themselves, such as start: 2018-11-30 10:00 for 10am on 30 November 2018`,
    ]);
  });
});

describe("a news article's date may give a time of day, in London", () => {
  test("a date and a time is accepted", () => {
    assert.equal(validationErrors("news", withField(article, "date", "date: 2026-12-08 07:00")), "");
  });

  test("a time written another way is told as the site writes it", () => {
    assert.deepEqual(shown(validationErrors("news", withField(article, "date", "date: 8/12/2026 7am"))), [
      '4: date: "8/12/2026 7am" is not a date the site can read: dates are written YYYY-MM-DD, and a time of day after it as HH:MM on the 24-hour clock, in London time. Write it as 2026-12-08 07:00, so that the line reads date: 2026-12-08 07:00',
    ]);
  });

  test("a time without a date asks for the date before it", () => {
    assert.deepEqual(shown(validationErrors("news", withField(article, "date", "date: 07:00"))), [
      '4: date: "07:00" is a time without a date: dates are written YYYY-MM-DD, with a time of day after it if need be. Write the date before it, such as date: 2018-11-26 07:00',
    ]);
    assert.deepEqual(shown(validationErrors("event", timed("start: 10am"))), [
      `19: start: "10am" ${DATE_TIMES} "10am" has a time but no date: write the date before it, such as start: 2018-11-30 10:00`,
    ]);
  });
});

describe("dates and times as people write them", () => {
  test("dates", () => {
    const cases: Array<[string, string | undefined]> = [
      ["26/11/2018", "2018-11-26"],
      ["26.11.2018", "2018-11-26"],
      ["26-11-18", "2018-11-26"],
      ["11/26/2018", "2018-11-26"],
      ["2018/11/26", "2018-11-26"],
      ["20181126", "2018-11-26"],
      ["26 November 2018", "2018-11-26"],
      ["Monday 26th Nov 2018", "2018-11-26"],
      ["November 26, 2018", "2018-11-26"],
      ["1 Sept 2018", "2018-09-01"],
      ["31/02/2018", undefined],
      ["26 November", undefined],
      ["tomorrow", undefined],
    ];
    for (const [text, date] of cases) assert.equal(writtenDate(text)?.date, date, text);
  });

  test("times", () => {
    const cases: Array<[string, string | undefined]> = [
      ["10am", "10:00"],
      ["10.30 a.m.", "10:30"],
      ["4:30pm", "16:30"],
      ["12pm", "12:00"],
      ["12am", "00:00"],
      ["16:30", "16:30"],
      ["noon", "12:00"],
      ["13pm", undefined],
      ["all day", undefined],
    ];
    for (const [text, time] of cases) assert.equal(writtenTime(text), time, text);
  });
});
