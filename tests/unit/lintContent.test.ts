import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createMarkdown } from "../../eleventy/features/markdown/createMarkdown.ts";
import { ContentError, formatProblem } from "../../eleventy/model/frontMatter/contentProblem.ts";
import { splitContentFile } from "../../eleventy/model/frontMatter/splitContentFile.ts";
import { lintMarkdown } from "../../scripts/lint/contentRules.ts";

const FILE = "content/news/2018-11-26-example.md";

/** A content file: front matter lines (line 2 onwards), then the body, which starts on line frontMatter.length + 3. */
function page(body: string, frontMatter: string[] = ["title: A title", "description: A description."]): string {
  return `---\n${frontMatter.join("\n")}\n---\n${body}`;
}

/** "line: message" for each finding, to assert on both. */
function lint(text: string): string[] {
  return lintMarkdown(FILE, text).map(({ line, message }) => `${line}: ${message}`);
}

function assertOne(text: string, line: number, pattern: RegExp): void {
  const findings = lint(text);
  assert.equal(findings.length, 1, findings.join("\n"));
  assert.match(findings[0]!, new RegExp(`^${line}: .*${pattern.source}`));
}

describe("content lint: images need alt text", () => {
  test("an image in the text without a description is found, on its line", () => {
    assertOne(
      page("Some text.\n\nA paragraph\nwith ![](images/summit.jpg) in it.\n"),
      8,
      /The image "images\/summit.jpg" has no description \(alt text\)\. Write what it shows/,
    );
    assertOne(page("![ ](x.png)\n"), 5, /no description/);
  });
  test("an image with a description passes", () => {
    assert.deepEqual(lint(page("![A crowd at the summit](images/summit.jpg)\n")), []);
    assert.deepEqual(lint(page("![`code` as alt](x.png)\n")), []);
  });
});

describe("content lint: headings do not skip levels", () => {
  test("a level-1 heading in the text is found: the title is the page's h1", () => {
    assertOne(
      page("# Big heading\n\nText.\n"),
      5,
      /The heading "Big heading" is a level-1 heading \(#\).*Start it with ## instead\./,
    );
  });
  test("the first heading must be ##", () => {
    assertOne(
      page("Intro.\n\n### Details\n"),
      7,
      /The heading "Details" is level 3 \(###\), but the first heading in the text must be level 2 \(##\)/,
    );
  });
  test("a jump from ## to #### is found", () => {
    assertOne(
      page("## Background\n\nText.\n\n#### Detail\n"),
      9,
      /The heading "Detail" jumps from level 2 \(##\) to level 4 \(####\).*Start it with ### instead\./,
    );
  });
  test("a heading with no words is found, on its line", () => {
    assertOne(
      page("## Background\n\nText.\n\n##\n"),
      9,
      /This heading \(##\) has no words.*Write the heading after the ##, or delete the line\./,
    );
  });
  test("headings that step down one level at a time, and back up, pass", () => {
    assert.deepEqual(lint(page("## One\n\n### One point one\n\n#### Deeper\n\n## Two\n\nSetext\n------\n")), []);
  });
});

describe("content lint and the build: a page readable on a phone and with a screen reader", () => {
  test("a list nested 12 deep is found once, on the line where it goes deeper than 3", () => {
    const nested = Array.from({ length: 12 }, (_, level) => `${"  ".repeat(level)}- Level ${level + 1}`).join("\n");
    assert.deepEqual(lint(page(`Text.\n\n${nested}\n`)), [
      "10: This list is nested 12 levels deep (a list inside a list, 11 times over), and lists can go 3 deep at most: each level is indented further, and on a phone the words are squeezed into a narrow strip. Split it into shorter lists under their own headings (## …), or write the inner levels as sentences.",
    ]);
    assert.deepEqual(lint(page("- One\n  - Two\n    - Three\n- One again\n")), []);
  });

  test("a link whose words are 300 characters long is found, and one of a sentence's few words passes", () => {
    const words = "the report on loneliness and social isolation in Leicestershire ".repeat(5).trim();
    assert.deepEqual(lint(page(`Read\n[${words}](/news/).\n`)), [
      `6: The link's words are ${words.length} characters long ("the report on loneliness and social …"), and people using screen readers hear all of them each time they move through the page's links. Make only the few words that say where it goes the link, up to 100 characters, and leave the rest of the sentence outside the square brackets: [the summit's programme](…) is on the council's website.`,
    ]);
    assert.deepEqual(lint(page("Read [the report on loneliness](/news/) on the council's website.\n")), []);
  });

  test("a table of 60 columns is found, as too wide for a phone; one of 6 passes", () => {
    const table = (columns: number) =>
      [
        `| ${Array.from({ length: columns }, (_, column) => `C${column}`).join(" | ")} |`,
        `|${" --- |".repeat(columns)}`,
        `|${" x |".repeat(columns)}`,
      ].join("\n");
    assert.deepEqual(lint(page(`Text.\n\n${table(60)}\n`)), [
      "7: This table has 60 columns, too wide to read on a phone, where about 6 fit across the screen. Split it into tables of 6 columns or fewer, turn it round so that the many things are rows and not columns, or link to a spreadsheet of it instead.",
    ]);
    assert.deepEqual(lint(page(`Text.\n\n${table(6)}\n`)), []);
  });

  test("the build refuses a page for each of these, and for a skipped heading, in the lint's words and on its lines", () => {
    const text = page("## Background\n\n#### Detail\n\n- 1\n  - 2\n    - 3\n      - 4\n");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "structure-")), "content/news/2018-11-26-example.md");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    let thrown: unknown;
    try {
      createMarkdown().render(splitContentFile(text).body, { page: { inputPath: file } });
    } catch (error) {
      thrown = error;
    } finally {
      rmSync(path.dirname(path.dirname(path.dirname(file))), { recursive: true, force: true });
    }
    assert.ok(thrown instanceof ContentError, String(thrown));
    assert.deepEqual(
      thrown.problems.map(({ line, message }) => `${line}: ${message}`),
      lint(text),
    );
    assert.equal(thrown.problems.length, 2);
  });
});

describe("content lint: link text says where it goes", () => {
  for (const text of ["click here", "Here", "READ MORE", "more", "link", "Click here."]) {
    test(`"${text}" as a whole link text is found`, () => {
      assertOne(
        page(`To book, [${text}](/events/loneliness-summit/).\n`),
        5,
        /The link text ".*" does not say where the link goes/,
      );
    });
  }
  test("a link with no words is found, naming where it goes", () => {
    assertOne(
      page("See the programme.\n\nBook here: [](/events/loneliness-summit/).\n"),
      7,
      /The link to "\/events\/loneliness-summit\/" has no words.*\[the summit's programme\]\(\/events\/loneliness-summit\/\)/,
    );
    assertOne(page("[ ](https://example.org/)\n"), 5, /has no words/);
  });
  test("a link around an image with a description passes: the description is its text", () => {
    assert.deepEqual(lint(page("[![The summit's poster](images/poster.png)](/events/loneliness-summit/)\n")), []);
  });
  test("a link over two lines is found on the line it starts", () => {
    assertOne(page("Text\nand [read\nmore](/x/).\n"), 6, /"read more"/);
  });
  test("link text that names the page passes, even when it contains a banned word", () => {
    assert.deepEqual(
      lint(page("Read [more about the summit](/events/loneliness-summit/) or [here is the programme](/x/).\n")),
      [],
    );
  });
});

describe("content lint: stray spaces", () => {
  test("a non-breaking space is found, saying after which word", () => {
    assertOne(page("The County\u00a0Council.\n"), 5, /There is a non-breaking space after "County".*type an ordinary space/);
    assertOne(page("Text.\n", ["title: A\u00a0title", "description: D."]), 2, /non-breaking space after "A"/);
  });
  test("trailing spaces are found, in the text and the front matter", () => {
    assertOne(page("A line  \nthe next.\n"), 5, /This line ends with spaces\./);
    assertOne(page("Text.\n", ["title: A title ", "description: D."]), 2, /ends with spaces/);
  });
  test("ordinary spaces pass", () => {
    assert.deepEqual(lint(page("The County Council.\n\nA line\\\nthe next.\n")), []);
  });
});

describe("content lint: placeholders left by npm run new", () => {
  test("placeholder text in the front matter or the text is found", () => {
    assertOne(
      page("Text.\n", ["title: T", "description: Replace this: one sentence."]),
      3,
      /still has the placeholder text that npm run new wrote/,
    );
    assertOne(page("Replace this: write the page here.\n"), 5, /placeholder text/);
  });
  test("a YAML comment mentioning it is not a placeholder", () => {
    assert.deepEqual(lint(page("Text.\n", ["# Replace this comment or not", "title: T"])), []);
  });
});

test("findings print as file:line: message", () => {
  assert.equal(formatProblem({ file: FILE, line: 3, message: "What. How." }), `${FILE}:3: What. How.`);
});

test("a file without front matter is linted from line 1", () => {
  assert.deepEqual(lint("# Heading\n"), [
    '1: The heading "Heading" is a level-1 heading (#), but the page\'s title is already its level-1 heading. Start it with ## instead.',
  ]);
});

describe("content lint: what should not be published", () => {
  for (const [written, line] of [
    ["TBC", "The venue is TBC."],
    ["TBA", "Times TBA."],
    ["XX", "Call 0116 XXX XXXX."],
    ["Lorem ipsum", "Lorem ipsum dolor sit amet."],
    ["[insert …]", "Doors open at [insert time]."],
  ]) {
    test(`"${written}" is found on its line, unless the page is a draft`, () => {
      assertOne(
        page(`Text.\n\n${line}\n`),
        7,
        /still has ".*", which is not ready to publish\. Write the real text in its place, or make the page a draft/,
      );
      assert.deepEqual(lint(page(`Text.\n\n${line}\n`, ["title: T", "draft: true"])), []);
    });
  }
  test("npm run new's placeholder is allowed in a draft, and found once the page is not one", () => {
    assert.deepEqual(lint(page("Replace this: write the page here.\n", ["title: T", "draft: true"])), []);
    assertOne(
      page("Replace this: write the page here.\n", ["title: T", "draft: false"]),
      5,
      /placeholder text that npm run new wrote/,
    );
  });
  test("words that only contain the letters pass", () => {
    assert.deepEqual(lint(page("The TBCX project, Maxx's café and a lorem-free text.\n")), []);
  });

  for (const [alt, pattern] of [
    ["IMG_1234.jpg", /The description "IMG_1234\.jpg" is a file name/],
    ["photo", /The description "photo" says only that there is a picture/],
    [
      "Image of the summit hall",
      /The description starts "Image of", which screen readers already say\. Start with what it shows: "The summit hall"\./,
    ],
    ["Picture of volunteers", /starts "Picture of"/],
  ] as const) {
    test(`alt text "${alt}" in the text is found`, () => {
      assertOne(page(`![${alt}](images/summit.jpg)\n`), 5, pattern);
    });
  }

  test("an embedded video is found, with a link to write instead", () => {
    assertOne(
      page('<iframe src="https://www.youtube.com/embed/x"></iframe>\n'),
      5,
      /Embedded content \(<iframe>\) is not allowed.*Link to it instead, for example \[Watch the summit on YouTube\]/,
    );
    assertOne(page("A <div>box</div>.\n"), 5, /HTML \(<div>\) is not allowed in the text.*Write it in Markdown instead/);
  });
  test("an address in angle brackets is a link, not HTML", () => {
    assert.deepEqual(lint(page("See <https://www.leicestershire.gov.uk> or write to <news@example.org>.\n")), []);
  });
});

describe("content lint: every rule takes time in proportion to the page, so that no page can stall it", () => {
  // A page is at most 1 MB (content/ refuses more), and may be one line: each rule's worst line of that size.
  const MB = 1024 * 1024;
  const line = (unit: string, end = "") => unit.repeat(Math.floor((MB - end.length) / unit.length)) + end;
  const cases: Array<[string, string, RegExp[]]> = [
    // The trailing-space rule's /[ \t]+$/ tried every run of spaces to the line's end: 200,000 took 33 seconds.
    ["spaces, then a word", line(" ", "word"), []],
    ["spaces and tabs to the end of the line", line(" \t"), [/^5: This line ends with spaces\./]],
    ["[insert with no ] after it", line("[insert "), [/^5: This line ends with spaces\./]],
    ["[insert with a ] at the very end", line("[insert ", "]"), [/^5: This line still has "\[insert …\]"/]],
    ["<a with no > after it", line("<a "), [/^5: This line ends with spaces\./]],
    ["<a with a > at the very end", line("<a ", ">"), [/^5: HTML \(<a>\) is not allowed in the text/]],
    ["links, one after another", line("[a](/b/) ", "x"), []],
    ["placeholders' letters", line("X", "x"), []],
  ];
  for (const [name, text, expected] of cases) {
    test(`a line of 1 MB of ${name}`, () => {
      const started = performance.now();
      const findings = lint(page(`${text}\n`));
      const seconds = (performance.now() - started) / 1000;
      assert.equal(findings.length, expected.length, findings.map((finding) => finding.slice(0, 200)).join("\n"));
      expected.forEach((pattern, index) => assert.match(findings[index]!, pattern));
      // Well under a second on the project's machine; the bound is a guard that leaves room for a busy one.
      assert.ok(seconds < 5, `${seconds.toFixed(1)} s`);
    });
  }
});
