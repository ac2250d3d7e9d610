import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/*
 * Content the site would publish unsafely, or drop or change without a word, is refused by name, with what to do
 * instead: by the build, before Eleventy reads a file, and by `npm run lint:content` alike, each on its own line, all in
 * one run. Every case below is written into one copy of the fixture content, which is built once and linted once.
 */

const page = (fields: string, body = "Text.\n") => `---\n${fields}---\n\n${body}`;
const news = (date: string, body?: string) => page(`title: A title\ndescription: A description.\ndate: ${date}\n`, body);

const RESERVED_ASSETS = "the folder of the site's own stylesheets, scripts and pictures (browsers and CDNs keep them for a year)";
const YEARS =
  "dates on this site are from 1990 to 2099, the years the council's news and events can be in, so a year outside them is a typing mistake. Write the year in full, in four figures, such as date: 2018-11-26 for 26 November 2018.";
const LINK_FIX =
  "so the site cannot publish it (the page would show its Markdown, brackets and all). A link can go to a page of this site (/events/loneliness-summit/), a web address (https://…), an email address (mailto:name@example.gov.uk) or a phone number (tel:01164960000): write one of those, or delete the link.";
const RUNS_CODE = `would run code in the reader's browser, ${LINK_FIX}`;
const PASTED =
  "an invisible character that pasted text often carries, which would reach the page's title and description in search results, on social media and in the news feed. Delete it: retype the words around it rather than pasting them.";
const SETTINGS_FILES = "site.yml, topics.yml, redirects.yml, notices.yml, contact.yml and accessibility.yml";

interface Case {
  name: string;
  files: Record<string, string | ((project: ProjectCopy) => string)>;
  /** Each line the build and the lint print for it, exactly. */
  expected: string[];
}

const CASES: Case[] = [
  {
    name: "a campaign whose folder is assets/ would publish /assets/css/, which browsers keep for a year",
    files: {
      "content/campaigns/assets/index.md": page("title: Assets\ndescription: A campaign.\ndate: 2018-11-26\n"),
      "content/campaigns/assets/css.md": page(
        "title: Stylesheets\ndescription: A page of the campaign.\ndate: 2018-11-26\norder: 1\n",
      ),
    },
    expected: [
      `content/campaigns/assets/index.md: This page would be published at /assets/, ${RESERVED_ASSETS}: the site keeps that address for itself. Rename the campaign's folder, content/campaigns/assets/: the addresses of the campaign and its pages start with the folder's name.`,
      `content/campaigns/assets/css.md: This page would be published at /assets/css/, inside /assets/, ${RESERVED_ASSETS}: the site keeps that address for itself. Rename the campaign's folder, content/campaigns/assets/: the addresses of the campaign and its pages start with the folder's name.`,
    ],
  },
  {
    name: "a campaign at the address of a page the site makes itself",
    files: {
      "content/campaigns/search/index.md": page("title: Search campaign\ndescription: A campaign.\ndate: 2018-11-26\n"),
    },
    expected: [
      `content/campaigns/search/index.md: This page would be published at /search/, the site's own page "Search": the site keeps that address for itself. Rename the campaign's folder, content/campaigns/search/: the addresses of the campaign and its pages start with the folder's name.`,
    ],
  },
  {
    name: "a redirect from an address the site keeps for itself",
    files: {
      "content/settings/redirects.yml":
        "redirects:\n  - from: /assets/css/\n    to: /news/\n  - from: /search/\n    to: /news/\n",
    },
    expected: [
      `content/settings/redirects.yml:2: from: /assets/css/, inside /assets/, ${RESERVED_ASSETS}, is an address the site keeps for itself: a redirect there would replace what the site has at it. Delete this entry, or write the old address of a page that was deleted or renamed.`,
      `content/settings/redirects.yml:4: from: /search/, the site's own page "Search", is an address the site keeps for itself: a redirect there would replace what the site has at it. Delete this entry, or write the old address of a page that was deleted or renamed.`,
    ],
  },
  {
    name: "a topic whose page would be the list of topics itself",
    files: {
      "content/settings/topics.yml": (project) =>
        `${project.read("content/settings/topics.yml")}  - name: "!!!"\n    description: A topic with no words in its name.\n`,
    },
    expected: [
      `content/settings/topics.yml:22: "!!!" has no letters or numbers, and a topic's page is at /topics/ followed by its name's words (Social care is at /topics/social-care/), so it would have no address of its own. Give it a name in words, for example name: Road safety`,
    ],
  },
  {
    name: "date: 0001-01-01, which would be published as 1901",
    files: { "content/news/2018-11-27-year-one.md": news("0001-01-01") },
    expected: [
      `content/news/2018-11-27-year-one.md:4: date: 0001-01-01 is in the year 1, which the site would publish as 1901: ${YEARS}`,
    ],
  },
  {
    name: "date: 0018-11-26 in a file named 2018-11-26-…, which would be published in 1918 at /news/1918/11/…",
    files: { "content/news/2018-11-26-armistice.md": news("0018-11-26") },
    expected: [
      `content/news/2018-11-26-armistice.md:4: date: 0018-11-26 is in the year 18, which the site would publish as 1918: ${YEARS}`,
    ],
  },
  {
    name: "a news file whose name's date is not its date:",
    files: { "content/news/2018-11-27-mismatch.md": news("2018-11-29") },
    expected: [
      "content/news/2018-11-27-mismatch.md:4: date: 2018-11-29 is not the date this file's name starts with, 2018-11-27, and a news article's file name starts with its date (its address and its place in the listings go by date:). Write date: 2018-11-27, or rename the file 2018-11-29-mismatch.md, whichever is the article's date.",
    ],
  },
  {
    name: "links to javascript:, vbscript: and data:, in any case or encoding, inline, as autolinks or by reference",
    files: {
      "content/news/2018-11-28-links.md": news(
        "2018-11-28",
        [
          "[The form](javascript:alert(1)) and [the other](JavaScript:alert(2)).",
          "",
          "[Encoded](jav&#x61;script:alert(3)) [Visual Basic](vbscript:msgbox(4))",
          "[A page](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)",
          "",
          "<javascript:alert(6)>",
          "",
          "See [the form][form], or [the council's website](https://www.leicestershire.gov.uk).",
          "",
          "[form]: javascript:alert(7)",
          "",
        ].join("\n"),
      ),
    },
    expected: [
      `content/news/2018-11-28-links.md:7: The link to "javascript:alert(1)" ${RUNS_CODE}`,
      `content/news/2018-11-28-links.md:7: The link to "JavaScript:alert(2)" ${RUNS_CODE}`,
      `content/news/2018-11-28-links.md:9: The link to "javascript:alert(3)" ${RUNS_CODE}`,
      `content/news/2018-11-28-links.md:9: The link to "vbscript:msgbox(4)" ${RUNS_CODE}`,
      `content/news/2018-11-28-links.md:10: The link to "data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==" carries a page or file inside the address itself, where code can hide, ${LINK_FIX}`,
      `content/news/2018-11-28-links.md:12: The link to "javascript:alert(6)" ${RUNS_CODE}`,
      `content/news/2018-11-28-links.md:16: The address given for [form], "javascript:alert(7)", ${RUNS_CODE}`,
    ],
  },
  {
    name: "a settings file the site does not read, and one in a folder under settings/",
    files: {
      "content/settings/extra.yml": "name: Another council\n",
      "content/settings/old/site.yml": "name: Leicestershire County Council\n",
    },
    expected: [
      `content/settings/extra.yml:1: The site reads only ${SETTINGS_FILES} in content/settings/, so nothing in extra.yml would be used. Put its settings in the file they belong to (content/settings/README.md says what each holds), or delete it.`,
      `content/settings/old/site.yml:1: The site reads settings only from the files directly in content/settings/ (${SETTINGS_FILES}), not from folders inside it, so nothing in this file would be used. Move what it says into the settings file it belongs to, or delete it.`,
    ],
  },
  {
    name: "an article in a file named readme.md, which the site takes for a note to editors",
    files: { "content/news/readme.md": news("2018-11-27") },
    expected: [
      "content/news/readme.md:1: The site takes a file named readme.md for a note to editors, as the README.md of each folder is, and never publishes it: a page of that name would be left out without a word. If it is a page, give it a name that says what it is about, such as 2026-11-25-libraries-open-longer.md; if it is a note for editors, name it README.md, in capitals.",
    ],
  },
  {
    name: "a page whose name ends in .MD",
    files: { "content/news/2018-11-27-shout.MD": news("2018-11-27") },
    expected: [
      'content/news/2018-11-27-shout.MD:1: The file name "2018-11-27-shout.MD" ends in .MD, and the site reads only pages whose names end in .md, in small letters, so it would not know what to do with this one. Rename the file 2018-11-27-shout.md.',
    ],
  },
  {
    name: "a campaign page whose folder has no index.md",
    files: {
      "content/campaigns/road-safety/school-crossings.md": page(
        "title: School crossings\ndescription: A page of a campaign with no main page.\ndate: 2018-11-26\norder: 1\n",
      ),
    },
    expected: [
      "content/campaigns/road-safety/school-crossings.md: This page is in content/campaigns/road-safety/, which has no index.md, the campaign's main page, so the page belongs to no campaign and would never be published. Add the campaign's main page, content/campaigns/road-safety/index.md (copy another campaign's index.md and change its fields), or move this page into the folder of the campaign it belongs to.",
    ],
  },
  {
    name: "a news page with front matter and no words",
    files: { "content/news/2018-11-27-headline-only.md": news("2018-11-27", "\n") },
    expected: [
      "content/news/2018-11-27-headline-only.md:5: This news page has front matter but no words below it, so it would be published as a headline with nothing to read. Write its text under the closing --- line, or make it a draft (draft: true) until it is written.",
    ],
  },
  {
    name: "line and paragraph separators, a zero-width space and a byte-order mark in a title and description",
    files: {
      "content/news/2018-11-27-pasted.md": page(
        'title: "Libraries open\\u2028longer\u200b"\ndescription: "Ten libraries\u2029open until\\ufeff5pm."\ndate: 2018-11-27\n',
      ),
    },
    expected: [
      `content/news/2018-11-27-pasted.md:2: title: this line holds a line separator (U+2028), ${PASTED}`,
      `content/news/2018-11-27-pasted.md:2: title: this line holds a zero-width space (U+200B), ${PASTED}`,
      `content/news/2018-11-27-pasted.md:3: description: this line holds a paragraph separator (U+2029), ${PASTED}`,
      `content/news/2018-11-27-pasted.md:3: description: this line holds a byte-order mark (U+FEFF), ${PASTED}`,
    ],
  },
];

describe("content the site would publish unsafely, or change without a word, is refused by name", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let build = { ok: true, output: "" };
  let lint = { status: 0 as number | null, output: "" };
  /** The lines that name a file of content/: what to fix. */
  const problemLines = (output: string) => output.split("\n").filter((line) => line.startsWith("content/"));

  before(() => {
    for (const { files } of CASES) {
      for (const [file, text] of Object.entries(files)) project.write(file, typeof text === "string" ? text : text(project));
    }
    build = project.build();
    const linted = spawnSync(process.execPath, ["--import", "tsx", "scripts/lint-content.ts"], {
      cwd: project.root,
      encoding: "utf8",
    });
    lint = { status: linted.status, output: `${linted.stdout}\n${linted.stderr}` };
  });
  after(() => project.remove());

  test("the build fails before Eleventy reads a file, and the lint fails, each naming the same problems and nothing else", () => {
    assert.equal(build.ok, false, build.output);
    assert.match(build.output, /The build failed, and _site\/ was left as it was\. What to fix:/);
    // No internal error, no stack trace: only what an editor can act on.
    assert.doesNotMatch(build.output, /Having trouble|Error:|^\s+at /m);
    assert.equal(lint.status, 1, lint.output);
    const expected = CASES.flatMap((mistake) => mistake.expected).sort();
    assert.deepEqual(problemLines(build.output).sort(), expected);
    assert.deepEqual(problemLines(lint.output).sort(), expected);
    assert.match(lint.output, new RegExp(`content lint: \\d+ files checked, ${expected.length} problems`));
  });

  for (const { name, expected } of CASES) {
    test(name, () => {
      for (const line of expected) {
        assert.ok(problemLines(build.output).includes(line), `the build does not say:\n${line}\n\nIt said:\n${build.output}`);
        assert.ok(problemLines(lint.output).includes(line), `the lint does not say:\n${line}\n\nIt said:\n${lint.output}`);
      }
    });
  }
});
