import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseFrontMatter } from "../../eleventy/model/frontMatter/parseFrontMatter.ts";

/** "line: message" for each problem, the front matter starting on line 2 as in a file. */
const problems = (...lines: string[]) =>
  parseFrontMatter(`${lines.join("\n")}\n`).problems.map(({ line, message }) => `${line}: ${message}`);

/*
 * The mistakes communications staff make in front matter, each told once, on
 * the line to fix, as "what is wrong. What to write instead", with the line
 * corrected where that can be worked out.
 */
describe("YAML mistakes are told in an editor's words, on the line to fix", () => {
  test("a colon in a value: quote the value", () => {
    assert.deepEqual(problems("title: Summit: what to expect", "description: A summit."), [
      '2: The value of title has a colon (:) in it, which YAML reads as the start of another field. Put quotes around the whole value: title: "Summit: what to expect"',
    ]);
  });

  test("a colon in a value that has double quotes in it: single quotes, which need no backslashes", () => {
    assert.deepEqual(problems('title: Summit: the "big" day'), [
      `2: The value of title has a colon (:) in it, which YAML reads as the start of another field. Put quotes around the whole value: title: 'Summit: the "big" day'`,
    ]);
  });

  test("a colon in a value with both kinds of quote: double quotes, with a backslash before each one inside", () => {
    assert.deepEqual(problems(`title: Summit: the "people's" day`), [
      `2: The value of title has a colon (:) in it, which YAML reads as the start of another field. Put quotes around the whole value: title: "Summit: the \\"people's\\" day"`,
    ]);
  });

  test("a quoted part at the start of a value: quote the whole value", () => {
    assert.deepEqual(problems('title: "Summit" comes to Leicester', "description: A summit."), [
      `2: The value of title starts with a quoted part ("Summit"), and YAML allows nothing after its closing quote. Put single quotes around the whole value: title: '"Summit" comes to Leicester'`,
    ]);
  });

  test("double quotes inside double quotes", () => {
    assert.deepEqual(problems('title: "He said "yes" to the plan"'), [
      `2: The value of title is in double quotes and has more double quotes inside, which end it early. Put single quotes around it instead: title: 'He said "yes" to the plan'`,
    ]);
  });

  test("a value starting with #: YAML reads a comment and the field is empty", () => {
    assert.deepEqual(problems("title: #1 for care", "description: A summit."), [
      '2: The value of title starts with #, which YAML reads as the start of a comment, so title is left empty. Put quotes around the value: title: "#1 for care"',
    ]);
  });

  test("an apostrophe at the start: told on the line where it starts, not where YAML gave up", () => {
    const message =
      "The value of title starts with an apostrophe ('), which YAML reads as an opening quote, and the value does not end with a closing one. Put double quotes around the whole value: title: \"'Tis the season\"";
    assert.deepEqual(problems("title: 'Tis the season", "description: A summit.", "date: 2018-11-26"), [`2: ${message}`]);
    // The quote closes at the next apostrophe, two lines down: still the line it starts on.
    assert.deepEqual(problems("draft: true", "title: 'Tis the season", "description: It's here"), [`3: ${message}`]);
  });

  test("a double quote that is never closed: told once, on its line", () => {
    assert.deepEqual(problems('title: "An unclosed quote', "description: A summit.", "date: 2018-11-27"), [
      '2: The value of title starts with a double quote (") but does not end with one, so YAML reads on into the lines below. End the value with a closing quote: title: "An unclosed quote"',
    ]);
  });

  test("curly quotes around a value with a colon: they do not count as quotes", () => {
    assert.deepEqual(problems("title: “Summit: what to expect”", "description: A summit."), [
      '2: The value of title is in curly quotes (“ ”), which YAML does not count as quotes, so it reads the colon inside as the start of another field. Use straight quotes instead: title: "Summit: what to expect"',
    ]);
  });

  test("a tab used for indentation: two spaces instead, on each line", () => {
    assert.deepEqual(problems("title: A title", "image:", "\tsrc: images/a.png", "\talt: A banner"), [
      "4: This line is indented with a tab, and YAML needs spaces. Indent it with 2 spaces instead:   src: images/a.png",
      "5: This line is indented with a tab, and YAML needs spaces. Indent it with 2 spaces instead:   alt: A banner",
    ]);
  });

  test("a field indented by one space: told on its line, not the line above where YAML gave up", () => {
    assert.deepEqual(problems("title: A title", " description: A summit.", "date: 2018-11-26"), [
      "3: description is indented by 1 space, more than title above it, so YAML reads it as more of the value of title. Line it up with title, at the left edge: description: A summit.",
    ]);
  });

  test("the first field indented", () => {
    assert.deepEqual(problems(" title: A title", "description: A summit."), [
      "2: title is indented by 1 space, but the fields of the front matter start at the left edge. Delete the spaces before it: title: A title",
    ]);
  });

  test("a field of a group indented more than the one above it", () => {
    assert.deepEqual(problems("image:", "  src: images/a.png", "   alt: A banner"), [
      "4: alt is indented by 3 spaces, more than src above it, so YAML reads it as more of the value of src. Line it up with src, with 2 spaces before it:   alt: A banner",
    ]);
  });

  test("a field of a group indented less than the one above it", () => {
    assert.deepEqual(problems("venue:", "  name: University of Leicester", " address: University Road"), [
      "4: address is indented by 1 space, but name above it by 2 spaces: the fields of a group line up. Start the line with 2 spaces before it:   address: University Road",
    ]);
  });

  test("the first field of a group not indented, the next one indented", () => {
    assert.deepEqual(problems("image:", "src: images/a.png", "  alt: A banner"), [
      "3: src is not indented under image, so YAML reads image as empty and cannot fit the line below. Start it with 2 spaces, like the line below it:   src: images/a.png",
    ]);
  });

  test("a list item indented less than the one above it", () => {
    assert.deepEqual(problems("topics:", "  - Communities", " - Libraries"), [
      "4: This list item is indented by 1 space, but the item above it by 2 spaces: the items of a list line up. Start the line with 2 spaces before it:   - Libraries",
    ]);
  });

  test("a list item indented more than the one above it: YAML would quietly join them", () => {
    const joined =
      "This list item is indented by 4 spaces, more than the item above it, so YAML reads it as more words of that item.";
    assert.deepEqual(problems("topics:", "  - Communities", "    - Libraries"), [
      `4: ${joined} Line it up with the item above, with 2 spaces before it:   - Libraries`,
    ]);
    assert.deepEqual(problems("topics:", "- Communities", "  - Libraries"), [
      "4: This list item is indented by 2 spaces, more than the item above it, so YAML reads it as more words of that item. Line it up with the item above, at the left edge: - Libraries",
    ]);
  });

  test("a field written twice", () => {
    assert.deepEqual(problems("title: A title", "title: Another title"), [
      "3: title is written twice, here and on line 2. Keep one of them and delete the other.",
    ]);
  });

  test("the page's text read as front matter, when the closing --- is missing", () => {
    assert.deepEqual(problems("title: A title", "date: 2018-11-26", "", "Some text."), [
      "5: This line is not a field (a name, a colon and a value, such as title: Your headline), but it is read as one because it comes before the --- that ends the front matter. If it is the page's text, write --- on its own line before it.",
    ]);
  });

  test("mistakes on different lines are each told, in line order", () => {
    assert.deepEqual(
      problems("title: #1 for care", "description: A summit.", "topics:", "  - Communities", "    - Libraries").map((problem) =>
        problem.slice(0, 2),
      ),
      ["2:", "6:"],
    );
  });
});

describe("valid front matter reads as before, with no problems", () => {
  test("quotes, colons and curly quotes written correctly", () => {
    const { data, problems: found } = parseFrontMatter(
      [
        'title: "Summit: what to expect"',
        "description: 'It''s here: the summit'",
        "lead: “Summit” comes to Leicester",
        'quote: "#1 for care" # a comment after a value',
        "# a note on a line of its own",
        "date: 2018-11-26",
      ].join("\n"),
    );
    assert.deepEqual(found, []);
    assert.equal(data["title"], "Summit: what to expect");
    assert.equal(data["description"], "It's here: the summit");
    assert.equal(data["lead"], "“Summit” comes to Leicester");
    assert.equal(data["quote"], "#1 for care");
    assert.ok(data["date"] instanceof Date);
  });

  test("values over several lines, lists lined up with their field, and lists of groups", () => {
    const { data, problems: found } = parseFrontMatter(
      [
        "description: A summit on tackling loneliness",
        "  and social isolation.",
        "lead: >",
        "  Folded",
        "    text.",
        "topics:",
        "- Communities",
        "- Libraries",
        "navigation:",
        "  - text: News",
        "    href: /news/",
        "  - text: Events",
        "    href: /events/",
      ].join("\n"),
    );
    assert.deepEqual(found, []);
    assert.equal(data["description"], "A summit on tackling loneliness and social isolation.");
    assert.deepEqual(data["topics"], ["Communities", "Libraries"]);
    assert.deepEqual(data["navigation"], [
      { text: "News", href: "/news/" },
      { text: "Events", href: "/events/" },
    ]);
  });

  test("a YAML alias bomb is refused in editors' words, on the line of its first alias, at once", () => {
    // Nine aliases of nine aliases, eight deep: 9^9 (387 million) copies of "x" were it read.
    const levels = "abcdefghi".split("");
    const bomb = [
      "title: A title",
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...levels.slice(1).map((name, index) => `${name}: &${name} [${Array(9).fill(`*${levels[index]!}`).join(", ")}]`),
    ];
    const started = performance.now();
    assert.deepEqual(problems(...bomb), [
      "4: The front matter repeats values with & and * (YAML's anchors and aliases) so many times over that reading it would use up the build's memory. Write each value out in full where it is needed, without & and *.",
    ]);
    assert.ok(performance.now() - started < 2000, "refused in well under a second, with time to spare on a busy machine");
  });

  test("a value starting with *: YAML reads a copy of another value, and the value is quoted", () => {
    assert.deepEqual(problems("title: *New* opening hours", "description: A summit."), [
      '2: The value of title starts with *, which YAML reads as a copy of another value (an alias). Put quotes around the whole value: title: "*New* opening hours"',
    ]);
    assert.deepEqual(problems("title: A title", "topics:", "  - *Care"), [
      '4: This list item starts with *, which YAML reads as a copy of another value (an alias). Put quotes around the whole value: - "*Care"',
    ]);
  });

  test("a few aliases, as YAML allows them, are read", () => {
    const { data, problems: found } = parseFrontMatter("title: &t A title\ndescription: *t\n");
    assert.deepEqual(found, []);
    assert.equal(data["description"], "A title");
  });
});
