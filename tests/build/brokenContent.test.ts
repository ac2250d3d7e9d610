import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

const validNews = (extra = "") => `---
title: A valid title
description: A valid description.
date: 2018-11-27
${extra}---
Some text.
`;

/*
 * Each editor's mistake must fail the build with the file's name and a message
 * an editor can act on, and leave the last good _site/ as it was. The mistakes
 * found before Eleventy reads a file (eleventy/features/contentFolder/allContentProblems.ts)
 * are made all at once, in one build, which must name each of them on its own
 * line (the build promises every problem in one run); a mistake found while
 * Eleventy writes the pages stops that build at once, so each has a build of its own.
 */
describe("a broken content file fails the build, saying which file and what to do", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let goodSite = "";

  before(() => {
    const first = project.buildFixtures();
    assert.ok(first.ok, first.output);
    goodSite = project.read("_site/index.html");
  });
  after(() => project.remove());

  // [mistake, file, text, what the build says, whether it is found before Eleventy reads a file]
  const cases: Array<[string, string, string, RegExp, "before" | "while writing"]> = [
    [
      "a YAML syntax error",
      "content/news/2018-11-27-broken-yaml.md",
      `---\ntitle: "An unclosed quote\ndescription: x\ndate: 2018-11-27\n---\nText\n`,
      /content\/news\/2018-11-27-broken-yaml\.md:2: The value of title starts with a double quote \("\) but does not end with one[^\n]*: title: "An unclosed quote"\n/,
      "before",
    ],
    [
      "an unknown content type",
      "content/stories/a-story.md",
      validNews(),
      /content\/stories\/a-story\.md: This Markdown file is not in a content folder[\s\S]*content\/news, content\/events, content\/campaigns/,
      "before",
    ],
    [
      "a duplicate permalink",
      // Another day of the same month, with the same words: the same /news/2018/11/… address.
      "content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md".replace("2018-11-26", "2018-11-27"),
      validNews(),
      /content\/news\/2018-11-27-new-approach-to-tackle-loneliness-to-be-discussed\.md:1: This page and content\/news\/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed\.md would both be published at \/news\/2018\/11\/new-approach-to-tackle-loneliness-to-be-discussed\/, and one would replace the other\. Rename one of the two files: a news article's address is its month and the words after the date in its file name/,
      "before",
    ],
    [
      "an invalid date",
      "content/news/2018-02-30-impossible.md",
      validNews().replace("date: 2018-11-27", "date: 2018-02-30"),
      /content\/news\/2018-02-30-impossible\.md[\s\S]*is not a real date[\s\S]*YYYY-MM-DD/,
      "before",
    ],
    [
      "a link to a page that does not exist",
      "content/news/2018-11-27-dead-link.md",
      validNews().replace("Some text.", "See [the old page](/news/2017/01/gone/)."),
      /content\/news\/2018-11-27-dead-link\.md:6: the link "\/news\/2017\/01\/gone\/" is not a page or file of this site/,
      "while writing",
    ],
    [
      "a related page that does not exist",
      "content/news/2018-11-27-dead-related.md",
      validNews("related:\n  - events/no-such-event.md\n"),
      /content\/news\/2018-11-27-dead-related\.md:6: related: "events\/no-such-event\.md" is not a page of this site/,
      "before",
    ],
    [
      "an event with no day or start",
      "content/events/no-day.md",
      "---\ntitle: An event\ndescription: An event with no day.\ndate: 2018-11-26\nvenue:\n  name: A hall\norganisers:\n  - Leicestershire County Council\n---\nText.\n",
      /content\/events\/no-day\.md:2: day: required: day for an all-day event, or start for a timed one/,
      "before",
    ],
    [
      "a front-matter image whose file does not exist",
      "content/news/2018-11-27-missing-image.md",
      validNews("image:\n  src: images/no-such-photo.jpg\n  alt: A photo\n"),
      /content\/news\/2018-11-27-missing-image\.md:6: image\.src: "images\/no-such-photo\.jpg" is not a file: there is no content\/news\/images\/no-such-photo\.jpg/,
      "before",
    ],
    [
      "a front-matter image without alt",
      "content/news/2018-11-27-no-alt.md",
      validNews("image:\n  src: images/loneliness-campaign.svg\n"),
      /content\/news\/2018-11-27-no-alt\.md:5: image\.alt: required \(text that describes the image for people who cannot see it/,
      "before",
    ],
    [
      "an image in the text without a description",
      "content/news/2018-11-27-markdown-no-alt.md",
      validNews().replace("Some text.", "Some text.\n\n![](images/loneliness-campaign.svg)"),
      /content\/news\/2018-11-27-markdown-no-alt\.md:8: The image "images\/loneliness-campaign\.svg" has no description \(alt text\)\. Write what it shows between the square brackets/,
      "while writing",
    ],
    [
      "an image in the text whose file does not exist",
      "content/news/2018-11-27-markdown-missing.md",
      validNews().replace("Some text.", "![The summit hall, full of people](images/summit.jpg)"),
      /content\/news\/2018-11-27-markdown-missing\.md:6: the image "images\/summit\.jpg" is not a file: there is no content\/news\/images\/summit\.jpg/,
      "while writing",
    ],
  ];

  /** Writes the files, builds, and deletes them again: the build's result. */
  const buildWith = (files: Array<[string, string]>) => {
    for (const [file, text] of files) project.write(file, text);
    const build = project.build();
    for (const [file] of files) project.delete(file);
    return build;
  };
  let together: { ok: boolean; output: string } | undefined;
  const foundBefore = cases.filter((mistake) => mistake[4] === "before");

  for (const [mistake, file, text, expected, stage] of cases) {
    test(mistake, () => {
      const { ok, output } =
        stage === "before"
          ? (together ??= buildWith(foundBefore.map(([, file, text]) => [file, text])))
          : buildWith([[file, text]]);
      assert.equal(ok, false, "the build should have failed");
      if (stage === "before") {
        // Among what to fix, on this file's own lines: the build made with every such mistake names each file apart.
        const toFix = output.includes("What to fix:") ? output.slice(output.indexOf("What to fix:")) : "";
        const lines = toFix.split("\n").filter((line) => line.startsWith(`${file}:`));
        assert.match(lines.map((line) => `${line}\n`).join(""), expected, output);
      } else assert.match(output, expected);
      assert.match(output, /The build failed, and _site\/ was left as it was/);
      // The last good site is intact, and no half-written build is left behind.
      assert.equal(project.read("_site/index.html"), goodSite);
      assert.ok(existsSync(path.join(project.root, "_site/pagefind/pagefind.js")));
      assert.deepEqual(
        readdirSync(project.root).filter((entry) => entry.startsWith("_site.building-")),
        [],
      );
    });
  }
});
