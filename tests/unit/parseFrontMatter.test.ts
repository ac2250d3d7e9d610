import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseFrontMatter } from "../../eleventy/model/frontMatter/parseFrontMatter.ts";

const messages = (text: string) => parseFrontMatter(text).problems.map(({ line, message }) => `${line}: ${message}`);

describe("the one reader of front matter", () => {
  test("reads fields, dates as dates, lists and nested fields", () => {
    const { data, problems } = parseFrontMatter(
      "title: A title\ndate: 2018-11-26\ntopics:\n  - Communities\nimage:\n  src: a.png\n",
    );
    assert.deepEqual(problems, []);
    assert.equal(data["title"], "A title");
    assert.ok(data["date"] instanceof Date);
    assert.equal((data["date"] as Date).toISOString(), "2018-11-26T00:00:00.000Z");
    assert.deepEqual(data["topics"], ["Communities"]);
    assert.deepEqual(data["image"], { src: "a.png" });
  });

  test("knows the file line of every field, counting the opening --- as line 1", () => {
    const { lineOf } = parseFrontMatter("title: A title\nimage:\n  src: a.png\n  alt: b\ntopics:\n  - a\n  - b\n");
    assert.equal(lineOf(["title"]), 2);
    assert.equal(lineOf(["image", "alt"]), 5);
    assert.equal(lineOf(["topics", 1]), 8);
    // A field that is missing is placed at the nearest one that is there, or at the front matter's first line, where it
    // can be written.
    assert.equal(lineOf(["image", "decorative"]), 3);
    assert.equal(lineOf(["venue"]), 2);
  });

  for (const key of ["__proto__", "constructor", "prototype"]) {
    test(`refuses the key ${key}, on its line, and gives no data`, () => {
      const parsed = parseFrontMatter(`title: A title\n${key}:\n  polluted: true\n`);
      assert.deepEqual(parsed.data, {});
      assert.match(
        messages(`title: A title\n${key}:\n  polluted: true\n`).join("\n"),
        new RegExp(`^3: "${key}" cannot be the name of a field`),
      );
      assert.equal(({} as Record<string, unknown>)["polluted"], undefined);
    });
  }

  test("refuses control and direction-changing characters, written or escaped", () => {
    assert.match(messages("title: A\u0000title\n")[0]!, /^2: .*control character \(U\+0000\)/);
    assert.match(messages('title: "A\\0title"\n')[0]!, /^2: .*control character \(U\+0000\)/);
    assert.match(messages('title: "\\u202Etitle"\n')[0]!, /^2: .*changes the direction of text \(U\+202E\)/);
    assert.match(messages("title: A\u2066title\n")[0]!, /^2: .*\(U\+2066\)/);
    assert.deepEqual(messages("title: Tabs\tand “curly quotes” – fine\n"), []);
  });

  test("refuses the invisible characters pasted text carries into a field, each by name, written or escaped", () => {
    assert.deepEqual(
      messages(
        'title: "Open\u2028late\u200b"\ndescription: >\n  Ten libraries\n  open\u2029late\ntopics:\n  - Com\u2060munities\n  - "\\uFEFFLibraries"\n',
      ).map((message) => message.split(",")[0]),
      [
        "2: title: this line holds a line separator (U+2028)",
        "2: title: this line holds a zero-width space (U+200B)",
        "5: description: this line holds a paragraph separator (U+2029)",
        "7: This line holds a word joiner (U+2060)",
        "8: This line holds a byte-order mark (U+FEFF)",
      ],
    );
    // The joiner of an emoji sequence and a non-breaking space are characters of their own, not pasted noise.
    assert.deepEqual(messages("title: Families 👨\u200d👩\u200d👧 welcome\u00a0here\n"), []);
  });

  test("an impossible date is found on its line: YAML would roll it over into the next month", () => {
    assert.match(messages("title: T\ndate: 2018-02-30\n")[0]!, /^3: 2018-02-30 is not a real date/);
  });

  test("a date outside 1990 to 2099 is found on its line, with the year YAML would make of it", () => {
    for (const fine of ["date: 1990-01-01", "date: 2099-12-31", "start: 2099-12-31 10:00", 'title: "0018-11-26"']) {
      assert.deepEqual(messages(fine), [], fine);
    }
    assert.match(
      messages("title: T\ndate: 0018-11-26\n")[0]!,
      /^3: date: 0018-11-26 is in the year 18, which the site would publish as 1918: dates on this site are from 1990 to 2099/,
    );
    assert.match(messages("date: 1989-12-31\n")[0]!, /^2: date: 1989-12-31 is in the year 1989: .* Check the year/);
    assert.match(messages("day: 2100-01-01\n")[0]!, /^2: day: 2100-01-01 is in the year 2100: /);
    // A time is a string, read by the site rather than YAML: year 18 stays 18, which is refused all the same.
    assert.match(messages("start: 0018-11-30 10:00\n")[0]!, /^2: start: 0018-11-30 is in the year 18: .* in four figures/);
  });

  test("YAML that does not parse is reported on its line, as the mistake an editor made", () => {
    assert.match(messages("title: T\ndescription: Summit: what to expect\n")[0]!, /^3: The value of description has a colon/);
  });

  test("YAML that does not parse for a reason no message explains still says where and what to check", () => {
    assert.deepEqual(messages("title: [A list\n"), [
      '2: YAML cannot read this line. Check its quotes, colons and indentation: a value with a colon (:) in it, or that starts with a quote mark, needs quotes around the whole value, such as title: "Summit: what to expect"',
    ]);
  });
});
