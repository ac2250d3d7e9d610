import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";
import { blankPng, useBomb } from "../unit/pictures.ts";

const ARTICLE = "2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed";
const TOPICS = "content/settings/topics.yml";

const news = (fields: string, body = "Some text.\n") => `---\n${fields}---\n${body}`;
const valid = "title: A valid title\ndescription: A valid description.\ndate: 2018-11-27\n";

// Nine aliases of nine aliases, nine deep: 387 million copies of "x", were it read.
const ALIAS_BOMB = [
  "title: A valid title",
  "description: A valid description.",
  "date: 2018-11-27",
  "a: &a [x, x, x, x, x, x, x, x, x]",
  ..."bcdefghi".split("").map((name, index) => `${name}: &${name} [${Array(9).fill(`*${"abcdefgh"[index]!}`).join(", ")}]`),
  "",
].join("\n");

/*
 * Mistakes whose answer was in a library's words (yaml's, luxon's, Eleventy's, sharp's and librsvg's), or had no
 * file or no line, now each told as `file:line: what is wrong. What to write instead.`, one line each, by the build
 * and by `npm run lint:content` alike. All are found before Eleventy runs: one build with all of them names every
 * one. [mistake, file, its text, the line printed]
 */
const CASES: Array<[string, string, string | Buffer, string]> = [
  [
    "a YAML alias bomb (was: 'Excessive alias count indicates a resource exhaustion attack', no file; lint crashed)",
    "content/news/2018-11-27-alias-bomb.md",
    news(ALIAS_BOMB),
    "content/news/2018-11-27-alias-bomb.md:6: The front matter repeats values with & and * (YAML's anchors and aliases) so many times over that reading it would use up the build's memory. Write each value out in full where it is needed, without & and *.",
  ],
  [
    "a time of 25:00 (was: 'you specified 25 (of type number) as a hour')",
    "content/events/late-night.md",
    "---\ntitle: An event\ndescription: An event late at night.\ndate: 2018-11-26\nstart: 2018-11-30 25:00\nvenue:\n  name: A hall\norganisers:\n  - Leicestershire County Council\n---\nText.\n",
    "content/events/late-night.md:5: start: 2018-11-30 25:00 is not a real time: the hour is 25, and hours run from 00 to 23 on the 24-hour clock. Write the time as HH:MM, from 00:00 to 23:59, for example 2018-11-30 10:00.",
  ],
  [
    "a missing title (was: no line)",
    "content/news/2018-11-27-no-title.md",
    news("description: A valid description.\ndate: 2018-11-27\n"),
    'content/news/2018-11-27-no-title.md:2: title: required (a headline of up to 65 characters, for example "New approach to tackle loneliness to be discussed")',
  ],
  [
    "a misspelt field (was: every field listed, and title said to be missing)",
    "content/news/2018-11-27-misspelt.md",
    news(valid.replace("title:", "tittle:")),
    "content/news/2018-11-27-misspelt.md:2: tittle: not a field of this kind of page. Did you mean title? Correct the name, so that the line reads title: A valid title",
  ],
  [
    "a draft named without its date (was: told to take an example's date, 2026-11-25)",
    "content/news/draft-without-date.md",
    news("title: A draft\ndescription: A draft.\ndate: 2018-11-26\ndraft: true\n"),
    `content/news/draft-without-date.md:1: A news article's file name starts with its date, YYYY-MM-DD, then a few words: rename "draft-without-date.md" to 2018-11-26-draft-without-date.md, with the date its date: field gives.`,
  ],
  [
    "two articles at one address (was: Eleventy's 'Output conflict', naming the temporary _site.building-NNNN)",
    `content/news/2018-11-28-${ARTICLE.slice(11)}.md`,
    news(valid.replace("2018-11-27", "2018-11-28")),
    `content/news/2018-11-28-${ARTICLE.slice(11)}.md:1: This page and content/news/${ARTICLE}.md would both be published at /news/2018/11/${ARTICLE.slice(11)}/, and one would replace the other. Rename one of the two files: a news article's address is its month and the words after the date in its file name, so two articles of one month need different words.`,
  ],
  [
    "a file name with a line break (was: printed raw, over two lines)",
    "content/news/2018-11-27-two\nlines.md",
    news(valid),
    'content/news/2018-11-27-two\\nlines.md:1: The file name "2018-11-27-two\\nlines.md" has spaces, capital letters or other characters that cannot be in a web address, and it becomes the page\'s address. Rename the file 2018-11-27-two-lines.md.',
  ],
  [
    "a file name with a right-to-left override (was: printed raw, reading backwards)",
    "content/news/2018-11-27-report\u202Efdp.md",
    news(valid),
    'content/news/2018-11-27-report\\u202Efdp.md:1: The file name "2018-11-27-report\\u202Efdp.md" has spaces, capital letters or other characters that cannot be in a web address, and it becomes the page\'s address. Rename the file 2018-11-27-report-fdp.md.',
  ],
  [
    "a 20,000 × 20,000 PNG (was: 'Input image exceeds pixel limit', no file)",
    "content/news/images/huge.png",
    blankPng(20000, 20000),
    "content/news/images/huge.png:1: This picture is 20,000 × 20,000 pixels (400 million pixels), larger than the site can publish. The site takes pictures of up to 50 million pixels (such as 8,000 × 6,000) and 16,000 pixels on a side. Save a copy 1,600 pixels wide (the widest the site shows a picture) and use that instead.",
  ],
  [
    "a 16,000 × 16,000 PNG of under a megabyte (was: accepted, 22 s and 861 MB of the build)",
    "content/news/images/big.png",
    blankPng(16000, 16000),
    "content/news/images/big.png:1: This picture is 16,000 × 16,000 pixels (256 million pixels), larger than the site can publish. The site takes pictures of up to 50 million pixels (such as 8,000 × 6,000) and 16,000 pixels on a side. Save a copy 1,600 pixels wide (the widest the site shows a picture) and use that instead.",
  ],
  [
    "an SVG that is not well-formed (was: a crash with a stack trace and no file name)",
    "content/news/images/unclosed.svg",
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">\n  <rect width="10" height="10">\n</svg>\n',
    "content/news/images/unclosed.svg:3: This SVG file is not a drawing the site can read: its <rect> on line 2 is not closed before </svg>. Export the drawing again from the program that made it, or save it as a PNG instead.",
  ],
  [
    "an SVG <use> bomb (was: 38 s, then a raw glib error)",
    "content/news/images/bomb.svg",
    useBomb(10, 10),
    "content/news/images/bomb.svg:1: Drawing this SVG means drawing more than a billion shapes, counting each copy that <use> (or url(#…)) makes of another part, and the site draws at most 10,000. Simplify the drawing, or save it as a PNG 1,600 pixels wide instead.",
  ],
];

describe("answers that were in a library's words are in editors' words, with the file and line, in the build and the lint", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let build: { ok: boolean; output: string; seconds: number };
  let lint: { status: number | null; output: string };
  let topicLine = 0;

  before(() => {
    for (const [, file, text] of CASES) project.write(file, text);
    // A page whose pictures are the ones above, so that the build would have had to make them.
    project.write(
      "content/news/2018-11-27-pictures.md",
      news(valid, "![A huge picture](images/huge.png)\n\n![A bomb](images/bomb.svg)\n\n![Unclosed](images/unclosed.svg)\n"),
    );
    const topics = project.read(TOPICS);
    topicLine = topics.trimEnd().split("\n").length + 1;
    project.write(TOPICS, `${topics.trimEnd()}\n  - name: "!!!"\n    description: A topic with no words.\n`);
    const started = performance.now();
    build = { ...project.build(), seconds: (performance.now() - started) / 1000 };
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/lint-content.ts"], {
      cwd: project.root,
      encoding: "utf8",
    });
    lint = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  });
  after(() => project.remove());

  test("the build fails before Eleventy runs, and the lint fails, each without a stack trace", () => {
    assert.equal(build.ok, false);
    assert.match(build.output, /The build failed, and _site\/ was left as it was\. What to fix:/);
    assert.equal(lint.status, 1, lint.output);
    for (const output of [build.output, lint.output])
      assert.doesNotMatch(output, /^\s+at |Error:|glib|Excessive alias|Output conflict/m);
  });

  const lines = (output: string) => output.split("\n");
  for (const [mistake, , , printed] of CASES) {
    test(mistake, () => {
      assert.ok(lines(build.output).includes(printed), `the build should print:\n${printed}\n\nIt printed:\n${build.output}`);
      assert.ok(lines(lint.output).includes(printed), `the lint should print:\n${printed}\n\nIt printed:\n${lint.output}`);
    });
  }

  test("a topic named with no letters or numbers (was: Eleventy's 'Output conflict' between two templates)", () => {
    const printed = `${TOPICS}:${topicLine}: "!!!" has no letters or numbers, and a topic's page is at /topics/ followed by its name's words (Social care is at /topics/social-care/), so it would have no address of its own. Give it a name in words, for example name: Road safety`;
    assert.ok(lines(build.output).includes(printed), build.output);
    assert.ok(lines(lint.output).includes(printed), lint.output);
  });
});

/*
 * A page's structure (its headings, lists, tables, links' words) is what decides whether it can be read on a phone
 * or with a screen reader: the build refuses a page that breaks it, as it refuses a picture without a description,
 * and the lint says the same, on the same lines. (A skipped heading level was the lint's alone.)
 */
describe("a page's structure is refused by the build, with the lint's words on the lint's lines", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  const FILE = "content/news/2018-11-27-structure.md";
  const nested = Array.from({ length: 12 }, (_, level) => `${"  ".repeat(level)}- Level ${level + 1}`).join("\n");
  const columns = Array.from({ length: 60 }, (_, column) => `C${column}`);
  const table = [`| ${columns.join(" | ")} |`, `|${"---|".repeat(60)}`, `| ${columns.map(() => "x").join(" | ")} |`].join("\n");
  const linkWords = "the report on loneliness and social isolation in Leicestershire ".repeat(5).trim();
  const EXPECTED = [
    `${FILE}:8: The heading "Details" jumps from level 2 (##) to level 4 (####), skipping a level, which confuses people using screen readers. Start it with ### instead.`,
    `${FILE}:15: This list is nested 12 levels deep (a list inside a list, 11 times over), and lists can go 3 deep at most: each level is indented further, and on a phone the words are squeezed into a narrow strip. Split it into shorter lists under their own headings (## …), or write the inner levels as sentences.`,
    `${FILE}:25: The link's words are ${linkWords.length} characters long ("the report on loneliness and social …"), and people using screen readers hear all of them each time they move through the page's links. Make only the few words that say where it goes the link, up to 100 characters, and leave the rest of the sentence outside the square brackets: [the summit's programme](…) is on the council's website.`,
    `${FILE}:27: This table has 60 columns, too wide to read on a phone, where about 6 fit across the screen. Split it into tables of 6 columns or fewer, turn it round so that the many things are rows and not columns, or link to a spreadsheet of it instead.`,
  ];
  let build: { ok: boolean; output: string };
  let lint: string;

  before(() => {
    project.write(
      FILE,
      news(valid, `## Background\n\n#### Details\n\nText.\n\n${nested}\n\nRead [${linkWords}](/news/).\n\n${table}\n`),
    );
    build = project.build();
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/lint-content.ts"], {
      cwd: project.root,
      encoding: "utf8",
    });
    lint = run.stdout;
  });
  after(() => project.remove());

  test("the build fails, naming each problem on its line, and nothing else to fix", () => {
    assert.equal(build.ok, false);
    const toFix = build.output
      .slice(build.output.indexOf("What to fix:") + "What to fix:".length)
      .trim()
      .split("\n");
    assert.deepEqual(toFix, EXPECTED);
  });

  test("the lint names the same problems, in the same words, on the same lines", () => {
    assert.deepEqual(
      lint.split("\n").filter((line) => line.startsWith(`${FILE}:`)),
      EXPECTED,
    );
  });
});
