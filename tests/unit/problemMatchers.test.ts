/**
 * The problem matchers in .github/problem-matchers/ turn our tools' messages
 * into annotations on pull requests. GitHub cannot be run here, so these tests
 * check each matcher the way the Actions runner reads it (the rules of
 * actions/runner's IssueMatcher.cs and OutputManager.cs, reproduced below)
 * against output copied from the real tools: the content lint, the build,
 * markdownlint, ESLint and the type check.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { pathToFileURL } from "node:url";

interface PatternConfig {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  code?: number;
  message?: number;
  fromPath?: number;
  loop?: boolean;
}

interface MatcherConfig {
  owner: string;
  severity?: string;
  pattern: PatternConfig[];
}

const FIELDS = ["file", "line", "column", "severity", "code", "message", "fromPath"] as const;
type Field = (typeof FIELDS)[number];
type Match = Partial<Record<Field, string>>;

interface Annotation {
  owner: string;
  severity: "error" | "warning" | "notice";
  file?: string;
  line?: number;
  column?: number;
  code?: string;
  message: string;
}

const folder = new URL(".github/problem-matchers/", pathToFileURL(`${process.cwd()}/`));
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".json"))
  .sort();
const configs: Array<{ file: string; matcher: MatcherConfig }> = files.flatMap((file) =>
  (JSON.parse(readFileSync(new URL(file, folder), "utf8")) as { problemMatcher: MatcherConfig[] }).problemMatcher.map(
    (matcher) => ({ file, matcher }),
  ),
);

/** One matcher as the runner runs it: single-line, or multi-line with a running match and `loop`. */
class Matcher {
  readonly owner: string;
  private readonly defaultSeverity: string;
  private readonly patterns: Array<PatternConfig & { re: RegExp }>;
  private state: Array<Match | null> = [];

  constructor(config: MatcherConfig) {
    this.owner = config.owner;
    this.defaultSeverity = config.severity ?? "";
    this.patterns = config.pattern.map((pattern) => ({ ...pattern, re: new RegExp(pattern.regexp) }));
    this.reset();
  }

  reset(): void {
    this.state = new Array<Match | null>(this.patterns.length - 1).fill(null);
  }

  private static take(groups: RegExpExecArray, pattern: PatternConfig, running: Match | null, defaultSeverity = ""): Match {
    const match: Match = {};
    for (const field of FIELDS) {
      const index = pattern[field];
      // .NET gives an empty string for a group that took part in no match.
      const value = running?.[field] ?? (index === undefined ? undefined : (groups[index] ?? ""));
      if (value !== undefined) match[field] = value;
    }
    if (!match.severity && defaultSeverity) match.severity = defaultSeverity;
    return match;
  }

  match(line: string): Match | null {
    const last = this.patterns.length - 1;
    if (last === 0) {
      const groups = this.patterns[0]!.re.exec(line);
      return groups ? Matcher.take(groups, this.patterns[0]!, null, this.defaultSeverity) : null;
    }
    for (let i = last; i >= 0; i--) {
      const running = i > 0 ? (this.state[i - 1] ?? null) : null;
      if (i !== 0 && !running) continue;
      const pattern = this.patterns[i]!;
      const groups = pattern.re.exec(line);
      if (groups) {
        if (i === last) {
          this.reset();
          if (pattern.loop) this.state[i - 1] = running;
          return Matcher.take(groups, pattern, running, this.defaultSeverity);
        }
        this.state[i] = Matcher.take(groups, pattern, running);
      } else if (i === last) {
        this.state[i - 1] = null;
      } else {
        this.state[i] = null;
      }
    }
    return null;
  }
}

/** Feeds output to every matcher, as a step's output is fed once `::add-matcher::` has registered them all. */
function annotate(output: string): Annotation[] {
  // Each registration is put in front of the ones before it.
  const matchers = configs.map(({ matcher }) => new Matcher(matcher)).reverse();
  const annotations: Annotation[] = [];
  for (const raw of output.split("\n")) {
    const line = raw.replace(/\x1b\[[0-9;]*m?/g, ""); // eslint-disable-line no-control-regex
    for (const matcher of matchers) {
      const match = matcher.match(line);
      if (!match) continue;
      for (const other of matchers) if (other !== matcher) other.reset();
      const severity = (match.severity ?? "").toLowerCase() || "error";
      if (!match.message?.trim() || !["error", "warning", "notice"].includes(severity)) continue;
      annotations.push({
        owner: matcher.owner,
        severity: severity as Annotation["severity"],
        ...(match.file ? { file: match.file } : {}),
        ...(match.line ? { line: Number(match.line) } : {}),
        ...(match.column ? { column: Number(match.column) } : {}),
        ...(match.code?.trim() ? { code: match.code.trim() } : {}),
        message: match.message,
      });
      break;
    }
  }
  return annotations;
}

describe("each problem matcher is one the runner accepts", () => {
  test("there are matchers, and no two share an owner", () => {
    assert.ok(configs.length > 0);
    const owners = configs.map(({ matcher }) => matcher.owner.toLowerCase());
    assert.deepEqual(owners, [...new Set(owners)]);
  });

  for (const { file, matcher } of configs) {
    test(`${file}: ${matcher.owner}`, () => {
      assert.match(matcher.owner, /^[\w-]+$/);
      assert.ok(["", "error", "warning", "notice"].includes((matcher.severity ?? "").toLowerCase()));
      assert.ok(matcher.pattern.length > 0, "at least one pattern");
      const seen = new Set<Field>();
      matcher.pattern.forEach((pattern, index) => {
        const isLast = index === matcher.pattern.length - 1;
        if (pattern.loop) {
          assert.ok(index > 0 && isLast, "only the last pattern of a multi-line matcher may loop");
          assert.ok(pattern.message !== undefined, "a loop pattern must set the message");
        }
        // The number of groups: an empty alternative always matches, with every group unset.
        const groups = new RegExp(`${pattern.regexp}|`).exec("")!.length - 1;
        for (const field of FIELDS) {
          const group = pattern[field];
          if (group === undefined) continue;
          assert.ok(!seen.has(field), `${field} is set twice`);
          seen.add(field);
          assert.ok(group >= 0 && group <= groups, `${field} names group ${group}, but the pattern has ${groups}`);
        }
      });
      assert.ok(seen.has("message"), "a pattern must set the message");
      assert.ok(seen.has("file"), "a pattern must set the file, or the annotation is not on a file");
    });
  }
});

describe("the pull-request workflow uses every matcher", () => {
  const workflow = readFileSync(".github/workflows/pull-request.yml", "utf8");

  test("it registers every file in .github/problem-matchers/", () => {
    assert.match(workflow, /for matcher in \.github\/problem-matchers\/\*\.json; do echo "::add-matcher::\$matcher"; done/);
  });

  test("it removes every matcher before npm test, which repeats the lint and the build", () => {
    const removed = /for owner in ([\w -]+); do\s+echo "::remove-matcher owner=\$owner::"/
      .exec(workflow)?.[1]
      ?.trim()
      .split(/\s+/);
    assert.deepEqual(removed?.sort(), configs.map(({ matcher }) => matcher.owner).sort());
  });
});

describe("annotations from real output", () => {
  test("an image narrower than its column: a warning on its line, not an error", () => {
    const output = `Warning: content/news/2018-11-27-pictures.md:11: The image "images/narrow.png" is 300 pixels wide, narrower than the 640 pixels of the column it fills, so it will look blurred. Use a copy at least 1280 pixels wide if you have one.
content lint: 6 files checked, 0 problems`;
    assert.deepEqual(
      annotate(output).map(({ owner, severity, file, line }) => [owner, severity, file, line]),
      [["content-warning", "warning", "content/news/2018-11-27-pictures.md", 11]],
    );
  });

  test("a contact detail the council has not given: a warning on its setting's line, not an error", () => {
    const output = `Warning: content/settings/contact.yml:11: email is not set: the contact page sends readers to the council's main website until it is. Write the council's contact email, for example email: name@example.gov.uk
Built the site into _site/ and indexed it for search.`;
    assert.deepEqual(
      annotate(output).map(({ owner, severity, file, line }) => [owner, severity, file, line]),
      [["content-warning", "warning", "content/settings/contact.yml", 11]],
    );
  });

  test("a draft or a scheduled article left out of the build: a notice on its file, not an error", () => {
    const output = `Not published: content/news/2026-12-25-christmas-opening.md, because it is dated 25 December 2026, after today (it will be published by the first build on or after that day).
Not published: content/events/library-open-day.md, because it is a draft (draft: true; delete that line to publish it).
Built the site into _site/ and indexed it for search.`;
    assert.deepEqual(
      annotate(output).map(({ owner, severity, file }) => [owner, severity, file]),
      [
        ["content-notice", "notice", "content/news/2026-12-25-christmas-opening.md"],
        ["content-notice", "notice", "content/events/library-open-day.md"],
      ],
    );
  });

  test("a page past its review date: a notice on its line; a fourth featured article: a warning on its line", () => {
    const output = `Warning: content/news/2018-11-01-a.md:6: featured: 4 news articles are featured, and the home page and the news page show the newest 3, so this one, older than them, is left out. Delete its featured: true, or the one of: content/news/2018-11-26-b.md, content/news/2018-11-25-c.md, content/news/2018-11-24-d.md, that should make way for it.
Review due: content/campaigns/tackling-loneliness/index.md:4: review: this page was due for review on 26 November 2019 (a year after it was published or last updated, as a campaign's pages are). Check it is still right: then write the day of its next review as reviewBy:, add an update if you changed what it says, or withdraw it if it is no longer current.
content lint: 6 files checked, 0 problems`;
    assert.deepEqual(
      annotate(output).map(({ owner, severity, file, line }) => [owner, severity, file, line]),
      [
        ["content-warning", "warning", "content/news/2018-11-01-a.md", 6],
        ["content-review", "notice", "content/campaigns/tackling-loneliness/index.md", 4],
      ],
    );
  });

  test("the content lint: one annotation per finding, on its line", () => {
    const output = `content/news/2018-11-27-broken.md:6: The heading "A heading at the wrong level" is a level-1 heading (#), but the page's title is already its level-1 heading. Start it with ## instead.
content/news/2018-11-27-broken.md:8: This line ends with spaces. Delete the spaces at the end of the line (to start a new line within a paragraph, end the line with a backslash \\ instead).
content/news/2018-11-27-broken.md:9: The link text "here" does not say where the link goes, and people using screen readers often hear links on their own. Make the words that name the page the link, for example [the summit's programme](/events/loneliness-summit/) rather than [click here].
content/news/2018-11-27-broken.md:11: The image "images/loneliness-campaign.svg" has no description (alt text). Write what it shows between the square brackets, for people who cannot see it, for example ![A crowd at the loneliness summit](images/loneliness-campaign.svg).
content/news/2018-11-27-broken.md:13: The heading "Skipped heading level" is level 4 (####), but the first heading in the text must be level 2 (##), under the page's title. Start it with ## instead.
content lint: 6 files checked, 5 problems`;
    const annotations = annotate(output);
    assert.deepEqual(
      annotations.map(({ owner, file, line }) => [owner, file, line]),
      [6, 8, 9, 11, 13].map((line) => ["content-line", "content/news/2018-11-27-broken.md", line]),
    );
    assert.equal(
      annotations[2]?.message,
      `The link text "here" does not say where the link goes, and people using screen readers often hear links on their own. Make the words that name the page the link, for example [the summit's programme](/events/loneliness-summit/) rather than [click here].`,
    );
  });

  test("a front-matter error without a line: an annotation on the file, once (not again for Eleventy's copy of it)", () => {
    const output = `[11ty] Problem writing Eleventy templates:
[11ty] 1. Error in the data schema for: ./content/news/2018-11-27-long.md (via \`eleventyDataSchema\`) (via EleventyDataSchemaError)
[11ty] 2. The front matter (the part between the --- lines) needs fixing:
[11ty] content/news/2018-11-27-long.md: title: too long: 86 characters, at most 65 (a headline of up to 65 characters, for example "New approach to tackle loneliness to be discussed")
[11ty] content/news/2018-11-27-long.md: colour: not a field of this kind of page (check its spelling; the fields here are: title, description, date, topics, related, draft, image)
[11ty] 
[11ty] Original error stack trace: Error: The front matter (the part between the --- lines) needs fixing:
[11ty] content/news/2018-11-27-long.md: title: too long: 86 characters, at most 65 (a headline of up to 65 characters, for example "New approach to tackle loneliness to be discussed")
[11ty]     at Object.validateContentFile (/home/runner/work/site/site/eleventy/plugins/contentValidation.ts:46:11)
[11ty]     at async buildSite (/home/runner/work/site/site/scripts/build.ts:17:5)
[11ty] Wrote 0 files in 0.34 seconds (v3.1.8)

The build failed, and _site/ was left as it was. What to fix:

Error in the data schema for: ./content/news/2018-11-27-long.md (via \`eleventyDataSchema\`)
The front matter (the part between the --- lines) needs fixing:
content/news/2018-11-27-long.md: title: too long: 86 characters, at most 65 (a headline of up to 65 characters, for example "New approach to tackle loneliness to be discussed")
content/news/2018-11-27-long.md: colour: not a field of this kind of page (check its spelling; the fields here are: title, description, date, topics, related, draft, image)`;
    assert.deepEqual(annotate(output), [
      {
        owner: "content-file",
        severity: "error",
        file: "content/news/2018-11-27-long.md",
        message:
          'title: too long: 86 characters, at most 65 (a headline of up to 65 characters, for example "New approach to tackle loneliness to be discussed")',
      },
      {
        owner: "content-file",
        severity: "error",
        file: "content/news/2018-11-27-long.md",
        message:
          "colour: not a field of this kind of page (check its spelling; the fields here are: title, description, date, topics, related, draft, image)",
      },
    ]);
  });

  test("build errors with a line, a broken link and a file outside the content folders", () => {
    const output = `[11ty] 2. content/news/2018-11-27-md-missing.md:6: the image "images/summit.jpg" is not a file: there is no content/news/images/summit.jpg (check the spelling, capital letters included, and that the image was added in the same pull request)
[11ty] Original error stack trace: Error: content/news/2018-11-27-md-missing.md:6: the image "images/summit.jpg" is not a file: there is no content/news/images/summit.jpg (check the spelling, capital letters included, and that the image was added in the same pull request)

The build failed, and _site/ was left as it was. What to fix:

Having trouble rendering njk template ./content/news/2018-11-27-md-missing.md
content/news/2018-11-27-md-missing.md:6: the image "images/summit.jpg" is not a file: there is no content/news/images/summit.jpg (check the spelling, capital letters included, and that the image was added in the same pull request)
The front matter (the part between the --- lines) needs fixing:
content/news/2018-02-30-date.md:4: 2018-02-30 is not a real date (check the month and day; dates are written YYYY-MM-DD)
Broken links: fix each one in the file named, then build again.
content/news/2018-11-27-dead-link.md: the link "/news/2017/01/gone/" is not a page or file of this site: check the address
Error in the data schema for: ./content/stories/a-story.md (via \`eleventyDataSchema\`)
content/stories/a-story.md: this Markdown file is not in a content folder, so the site does not know what kind of page it is. Move it into one of: content/news, content/events, content/examples.`;
    assert.deepEqual(
      annotate(output).map(({ owner, file, line, message }) => [owner, file, line, message.slice(0, 30)]),
      [
        ["content-line", "content/news/2018-11-27-md-missing.md", 6, 'the image "images/summit.jpg" '],
        ["content-line", "content/news/2018-02-30-date.md", 4, "2018-02-30 is not a real date "],
        ["content-file", "content/news/2018-11-27-dead-link.md", undefined, 'the link "/news/2017/01/gone/"'],
        ["content-file", "content/stories/a-story.md", undefined, "this Markdown file is not in a"],
      ],
    );
  });

  test("front matter that is not valid YAML: an annotation on the line js-yaml names", () => {
    const output = `[11ty] 1. Having trouble reading front matter from template ./content/news/2018-11-27-indent.md (via TemplateContentFrontMatterError)
[11ty] 2. bad indentation of a mapping entry (4:6)

The build failed, and _site/ was left as it was. What to fix:

Having trouble reading front matter from template ./content/news/2018-11-27-indent.md
bad indentation of a mapping entry (4:6)

 1 | 
 2 | title: T
 3 | description: Short.
 4 |  date: 2018-11-26
----------^
What to do: The front matter (between the --- lines) is not valid YAML. Look at the line marked with ^ and the one before it: often a quote is not closed, or a value holding a colon needs quotes around it.`;
    assert.deepEqual(annotate(output), [
      {
        owner: "content-yaml",
        severity: "error",
        file: "content/news/2018-11-27-indent.md",
        line: 4,
        column: 6,
        message: "bad indentation of a mapping entry",
      },
    ]);
  });

  test("markdownlint: file, line, column when given, rule and message", () => {
    const output = `markdownlint-cli2 v0.22.1 (markdownlint v0.40.0)
Finding: content/news/2018-11-27-broken.md content/**/*.md README.md docs/**/*.md !node_modules/** !_site/** !_site.*/**
Linting: 10 file(s)
Summary: 2 error(s)
content/news/2018-11-27-broken.md:6 error MD025/single-title/single-h1 Multiple top-level headings in the same document [Context: "A heading at the wrong level"]
content/news/2018-11-27-broken.md:8:33 error MD009/no-trailing-spaces Trailing spaces [Expected: 0 or 2; Actual: 1]`;
    assert.deepEqual(annotate(output), [
      {
        owner: "markdownlint",
        severity: "error",
        file: "content/news/2018-11-27-broken.md",
        line: 6,
        code: "MD025/single-title/single-h1",
        message: 'Multiple top-level headings in the same document [Context: "A heading at the wrong level"]',
      },
      {
        owner: "markdownlint",
        severity: "error",
        file: "content/news/2018-11-27-broken.md",
        line: 8,
        column: 33,
        code: "MD009/no-trailing-spaces",
        message: "Trailing spaces [Expected: 0 or 2; Actual: 1]",
      },
    ]);
  });

  test("ESLint's stylish output: the file on one line, its problems under it", () => {
    // ESLint prints absolute paths; the runner makes them relative to the repository.
    const output = `
/home/runner/work/site/site/scripts/broken.ts
  1:7   error  'unused' is assigned a value but never used. Allowed unused vars must match /^_/u  @typescript-eslint/no-unused-vars
  3:22  error  Unexpected any. Specify a different type                                           @typescript-eslint/no-explicit-any

/home/runner/work/site/site/scripts/parse.ts
  1:17  error  Parsing error: Expression expected

/home/runner/work/site/site/scripts/warn.ts
  1:1  warning  Unused eslint-disable directive (no problems were reported from 'no-console')

✖ 4 problems (3 errors, 1 warning)
  0 errors and 1 warning potentially fixable with the \`--fix\` option.
`;
    assert.deepEqual(
      annotate(output).map(({ file, line, column, severity, code, message }) => [file, line, column, severity, code, message]),
      [
        [
          "/home/runner/work/site/site/scripts/broken.ts",
          1,
          7,
          "error",
          "@typescript-eslint/no-unused-vars",
          "'unused' is assigned a value but never used. Allowed unused vars must match /^_/u",
        ],
        [
          "/home/runner/work/site/site/scripts/broken.ts",
          3,
          22,
          "error",
          "@typescript-eslint/no-explicit-any",
          "Unexpected any. Specify a different type",
        ],
        ["/home/runner/work/site/site/scripts/parse.ts", 1, 17, "error", undefined, "Parsing error: Expression expected"],
        [
          "/home/runner/work/site/site/scripts/warn.ts",
          1,
          1,
          "warning",
          undefined,
          "Unused eslint-disable directive (no problems were reported from 'no-console')",
        ],
      ],
    );
  });

  test("the type check", () => {
    assert.deepEqual(annotate("scripts/broken.ts(2,14): error TS2322: Type 'string' is not assignable to type 'number'."), [
      {
        owner: "tsc",
        severity: "error",
        file: "scripts/broken.ts",
        line: 2,
        column: 14,
        code: "TS2322",
        message: "Type 'string' is not assignable to type 'number'.",
      },
    ]);
  });

  test("the output of checks that pass annotates nothing", () => {
    const output = `content lint: 5 files checked, 0 problems
Summary: 0 error(s)
[11ty] Copied 4 Wrote 22 files in 2.98 seconds (135.5ms each, v3.1.8)
Built the site into _site/ and indexed it for search.
Checking formatting...
All matched files use Prettier code style!
== Unit tests
✔ the site address defaults to the council's, and SITE_URL overrides it (0.5ms)
ℹ tests 3
  ✓  12 [chromium] › tests/browser/search.spec.ts:10:1 › search finds the summit (1.2s)
Serving _site/ at http://127.0.0.1:4173/
42 passed, 0 failed`;
    assert.deepEqual(annotate(output), []);
  });
});
