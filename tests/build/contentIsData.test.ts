import assert from "node:assert/strict";
import { existsSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/** A file that code would write if anything in content/ ran: its absence shows nothing did. */
const marker = (name: string) => path.join(tmpdir(), `content-ran-${process.pid}-${name}`);
const writesMarker = (name: string) => `require("node:fs").writeFileSync(${JSON.stringify(marker(name))}, "ran");`;
const esmWritesMarker = (name: string) =>
  `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker(name))}, "ran");\nexport default {};\n`;

/** Each kind of file content/ must refuse, with code in it that would leave a marker (or a page) if it ran. */
const REFUSED: Array<[string, string]> = [
  ["content/_data/anything.js", `${writesMarker("data-js")}\nmodule.exports = {};\n`],
  ["content/_data/anything.cjs", `${writesMarker("data-cjs")}\nmodule.exports = {};\n`],
  ["content/_data/anything.mjs", esmWritesMarker("data-mjs")],
  ["content/news/news.11tydata.js", esmWritesMarker("directory-data")],
  ["content/news/2018-11-26-x.11tydata.cjs", `${writesMarker("template-data")}\nmodule.exports = {};\n`],
  ["content/news/helper.ts", esmWritesMarker("ts")],
  ["content/pages/page.11ty.js", `${writesMarker("11ty-js")}\nmodule.exports = () => "ran";\n`],
  ["content/pages/template.njk", "---\npermalink: /njk-ran.txt\n---\nran\n"],
  ["content/pages/template.liquid", "---\npermalink: /liquid-ran.txt\n---\nran\n"],
  ["content/pages/page.html", "---\npermalink: /html-ran.html\n---\n<script>alert(1)</script>\n"],
  ["content/news/settings.json", '{ "layout": "layouts/base.njk" }\n'],
  [
    "content/news/2018-11-27-js-front-matter.md",
    `---js\n{ title: (${writesMarker("front-matter-js").replace(/;$/, "")}, "A title") }\n---\nText.\n`,
  ],
  [
    "content/news/2018-11-28-javascript-front-matter.md",
    `---javascript\n{ title: (${writesMarker("front-matter-javascript").replace(/;$/, "")}, "A title") }\n---\nText.\n`,
  ],
];

/*
 * content/ holds only words, pictures and settings: a file that would run
 * (a data file, a template, front matter in JavaScript) stops the build before
 * Eleventy reads anything, naming the file, and nothing in it runs.
 */
describe("nothing an editor adds to content/ can run", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let output = "";
  let ok = true;

  before(() => {
    for (const [file, text] of REFUSED) project.write(file, text);
    symlinkSync("/etc/passwd", path.join(project.root, "content/news/images/linked.png"));
    ({ ok, output } = project.build());
  });
  after(() => project.remove());

  test("the build fails, saying that code and templates belong to the web team", () => {
    assert.equal(ok, false, output);
    assert.match(output, /code or a template, and content\/ holds only words, pictures and settings/);
  });

  for (const [file] of REFUSED) {
    test(`${file} is named, with what to do`, () => {
      assert.match(output, new RegExp(`${file.replace(/[.]/g, "\\.")}(:1)?: `));
    });
  }

  test("a link to a file outside content/ is named", () => {
    assert.match(output, /content\/news\/images\/linked\.png: This is a link to another file or folder/);
  });

  test("front matter in JavaScript is refused as code", () => {
    assert.match(output, /2018-11-27-js-front-matter\.md:1: The front matter starts with ---js, which would run it as code/);
  });

  test("none of the code ran, and no page of it was written", () => {
    const ran = REFUSED.map(([file]) => file).filter(() => false);
    for (const name of [
      "data-js",
      "data-cjs",
      "data-mjs",
      "directory-data",
      "template-data",
      "ts",
      "11ty-js",
      "front-matter-js",
      "front-matter-javascript",
    ]) {
      if (existsSync(marker(name))) ran.push(name);
    }
    assert.deepEqual(ran, []);
    for (const page of ["_site/njk-ran.txt", "_site/liquid-ran.txt", "_site/html-ran.html"]) {
      assert.equal(existsSync(path.join(project.root, page)), false, page);
    }
  });

  test("every refused file is reported in the one run", () => {
    const named = REFUSED.filter(([file]) => output.includes(file)).length;
    assert.equal(named, REFUSED.length);
  });
});

const news = (frontMatter: string, body = "Some text.\n") =>
  `---\ntitle: A valid title\ndescription: A valid description.\ndate: 2018-11-27\n${frontMatter}---\n${body}`;

/*
 * Front matter is YAML, and only data: keys that reach JavaScript's object
 * machinery, unsafe characters, files too large and images from outside
 * content/ are refused in the file that has them, on their line. All are found
 * before Eleventy reads a file, so one build with every such file must name
 * each of them, on lines of its own, and no other file.
 */
describe("front matter and text that could harm the build or the reader are refused, on their line", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  before(() => {
    const first = project.buildFixtures();
    assert.ok(first.ok, first.output);
  });
  after(() => project.remove());

  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    [
      "a __proto__ key",
      "content/news/2018-11-27-proto.md",
      news("__proto__:\n  polluted: true\n"),
      /2018-11-27-proto\.md:5: "__proto__" cannot be the name of a field/,
    ],
    [
      "a constructor key",
      "content/news/2018-11-27-constructor.md",
      news("constructor: x\n"),
      /2018-11-27-constructor\.md:5: "constructor" cannot be the name/,
    ],
    [
      "a prototype key",
      "content/news/2018-11-27-prototype.md",
      news("topics:\n  - Communities\nprototype: x\n"),
      /2018-11-27-prototype\.md:7: "prototype" cannot be the name/,
    ],
    [
      "a NUL character in the title",
      "content/news/2018-11-27-nul.md",
      news("").replace("A valid title", "A valid\u0000title"),
      /2018-11-27-nul\.md:2: This line holds an invisible control character \(U\+0000\)/,
    ],
    [
      "a NUL written as an escape",
      "content/news/2018-11-27-escape.md",
      news("").replace("A valid title", '"A valid\\0title"'),
      /2018-11-27-escape\.md:2: This line holds an invisible control character \(U\+0000\)/,
    ],
    [
      "a right-to-left override in the text",
      "content/news/2018-11-27-bidi.md",
      news("", "Fine.\n\nA \u202Edetrevni line.\n"),
      /2018-11-27-bidi\.md:8: This line holds an invisible character that changes the direction of text \(U\+202E\)/,
    ],
    [
      "text that is not UTF-8",
      "content/news/2018-11-27-latin1.md",
      Buffer.concat([Buffer.from(news("", "Caf")), Buffer.from([0xe9]), Buffer.from(" au lait.\n")]),
      /2018-11-27-latin1\.md:6: This line has characters that are not UTF-8 text/,
    ],
    [
      "a Markdown file over 1 MB",
      "content/news/2018-11-27-huge.md",
      news("", "word ".repeat(220_000)),
      /2018-11-27-huge\.md: This file is 1\.0 MB, and a page can be at most 1 MB/,
    ],
    [
      "an image from outside content/",
      "content/news/2018-11-27-outside.md",
      news("image:\n  src: ../../assets/images/favicon.svg\n  alt: The council's logo\n"),
      /2018-11-27-outside\.md:6: image\.src: "\.\.\/\.\.\/assets\/images\/favicon\.svg" is outside the content folder/,
    ],
  ];

  let together: { ok: boolean; output: string } | undefined;
  /** The build with every case's file in it (made by the first test), which deletes them again. */
  const buildWithEveryCase = () => {
    for (const [, file, text] of cases) project.write(file, text);
    const build = project.build();
    for (const [, file] of cases) project.delete(file);
    return build;
  };

  for (const [mistake, file, , expected] of cases) {
    test(mistake, () => {
      const { ok, output } = (together ??= buildWithEveryCase());
      assert.equal(ok, false, "the build should have failed");
      // Among what to fix, on this file's own lines.
      const toFix = output.includes("What to fix:") ? output.slice(output.indexOf("What to fix:")) : "";
      const lines = toFix.split("\n").filter((line) => line.startsWith(`${file}:`));
      assert.match(lines.join("\n"), expected, output);
      // Only the files with the mistakes are named: no other file is blamed.
      assert.doesNotMatch(output, /loneliness-summit\.md|new-approach-to-tackle|tackling-loneliness\//);
      assert.doesNotMatch(output, /\n\s+at /, "no stack trace");
    });
  }
});
