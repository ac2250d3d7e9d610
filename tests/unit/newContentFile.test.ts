import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { splitContentFile } from "../../eleventy/model/frontMatter/splitContentFile.ts";
import { parseFrontMatter } from "../../eleventy/model/frontMatter/parseFrontMatter.ts";
import { contentTypes, type ContentTypeName } from "../../eleventy/registry/contentTypes.ts";
import { readContentFile } from "../../eleventy/model/frontMatter/readContentFile.ts";
import { validateContentFile } from "../../eleventy/features/contentFolder/contentFileProblems.ts";
import { newContentFile, NewFileError } from "../../scripts/new.ts";
import { lintMarkdown } from "../../scripts/lint/contentRules.ts";
import { FIXTURE_CONTENT } from "../../scripts/lib/projectCopy.ts";

/** A scratch folder holding a copy of the fixture content (the seed's pages, frozen), standing in for the project. */
function scratchProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), "new-content-"));
  cpSync(FIXTURE_CONTENT, path.join(root, "content"), { recursive: true });
  return root;
}

const root = scratchProject();
after(() => rmSync(root, { recursive: true, force: true }));

const NOON = new Date("2025-06-10T12:00:00Z");

/** The campaign a new campaign page goes in. */
const CAMPAIGN = "tackling-loneliness";

/** The front matter of a new file's text, as the build reads it. */
const dataOf = (text: string) => parseFrontMatter(splitContentFile(text).frontMatter!).data;

function created(type: ContentTypeName, title: string, now = NOON) {
  const args = "inCampaign" in contentTypes[type].scaffold ? [type, CAMPAIGN, title] : [type, title];
  const result = newContentFile(args, { root, now });
  const full = path.join(root, result.file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, result.text);
  return { ...result, full };
}

function refusal(args: string[]): string {
  try {
    newContentFile(args, { root, now: NOON });
  } catch (error) {
    assert.ok(error instanceof NewFileError, String(error));
    return error.message;
  }
  assert.fail(`npm run new -- ${args.join(" ")} was not refused`);
}

describe("npm run new: the file it makes", () => {
  for (const type of Object.keys(contentTypes) as ContentTypeName[]) {
    test(`a new ${type} passes the build's check of its front matter as it is`, () => {
      const { full } = created(type, `A new ${type} page`);
      assert.doesNotThrow(() => validateContentFile({ page: { inputPath: full } }));
    });

    test(`a new ${type} has every required field, each under a note saying what it is`, () => {
      const { text } = created(type, `Another ${type} page`);
      const lines = text.split("\n");
      const shape = (
        contentTypes[type].schema as unknown as { shape: Record<string, { safeParse(value: unknown): { success: boolean } }> }
      ).shape;
      for (const [name, field] of Object.entries(shape)) {
        if (field.safeParse(undefined).success) continue;
        const at = lines.findIndex((line) => line.startsWith(`${name}:`));
        assert.ok(at > 0, `${name} is written`);
        assert.match(lines[at - 1]!, /^# /, `${name} has a note above it`);
      }
    });

    test(`a new ${type} is a draft, so it cannot be published by accident`, () => {
      assert.equal(dataOf(created(type, `A draft ${type}`).text)["draft"], true);
    });
  }

  test("news goes in content/news/, named with today's London date", () => {
    assert.equal(created("news", "Summit on loneliness").file, "content/news/2025-06-10-summit-on-loneliness.md");
    // 23:30 UTC on 10 June is already 11 June in London.
    assert.equal(created("news", "Late news", new Date("2025-06-10T23:30:00Z")).file, "content/news/2025-06-11-late-news.md");
    assert.equal(
      String((readContentFile(path.join(root, "content/news/2025-06-11-late-news.md")).data["date"] as Date).toISOString()).slice(
        0,
        10,
      ),
      "2025-06-11",
    );
  });

  test("events and campaign pages are named with the title's slug; a campaign is a folder with its hub, index.md", () => {
    assert.equal(created("event", "Coffee & Chat: Melton").file, "content/events/coffee-and-chat-melton.md");
    assert.equal(created("campaign-page", "Community Cafés").file, `content/campaigns/${CAMPAIGN}/community-cafes.md`);
    assert.equal(created("campaign", "Road safety").file, "content/campaigns/road-safety/index.md");
  });

  test("a new campaign page goes at the end of its campaign's list: order one more than the highest", () => {
    const folder = path.join(root, "content/campaigns", CAMPAIGN);
    const orders = readdirSync(folder)
      .filter((name) => name !== "index.md" && name.endsWith(".md"))
      .map((name) => Number(readContentFile(path.join(folder, name)).data["order"]));
    const first = dataOf(created("campaign-page", "Befriending calls").text)["order"] as number;
    const second = dataOf(created("campaign-page", "Walking groups").text)["order"] as number;
    assert.ok(first > Math.max(...orders));
    assert.equal(second, first + 1);
  });

  test("a campaign page names a campaign there is", () => {
    assert.match(
      refusal(["campaign-page", "no-such-campaign", "A page"]),
      /There is no campaign "no-such-campaign".*Name one of: .*tackling-loneliness.*npm run new -- campaign "Its title"/,
    );
  });

  test("a title YAML would misread is quoted, and reads back as written", () => {
    for (const title of ["Loneliness: a summit", "Yes", "2025", "#1 for care", 'A "quoted" word', "It's time"]) {
      const { text } = created("news", title);
      assert.equal(dataOf(text)["title"], title);
    }
  });

  test("its notes are YAML comments; content lint passes the draft, and finds only the placeholders once it is not one", () => {
    const { file, text } = created("event", "Lint check");
    const lines = text.split("\n");
    const frontMatter = lines.slice(1, lines.indexOf("---", 1));
    for (const line of frontMatter) assert.match(line, /^$|^# |^[a-z]+:|^ {2}\S/, "each line is a note, a field or part of one");
    assert.ok(frontMatter.filter((line) => line.startsWith("#")).length > 10);
    // A new file is a draft, and a draft is ordinary work: it passes every check.
    assert.deepEqual(lintMarkdown(file, text), []);
    const findings = lintMarkdown(file, text.replace(/^draft: true$/m, "draft: false"));
    assert.ok(findings.length > 0);
    for (const finding of findings) assert.match(finding.message, /placeholder text that npm run new wrote/);
  });
});

describe("npm run new: the fields of a page's life after it is published", () => {
  /** The lines under a heading of a new file's notes, up to the next blank line. */
  const section = (text: string, heading: string) => {
    const lines = text.split("\n");
    const start = lines.indexOf(heading);
    assert.ok(start > 0, `a section "${heading}"`);
    const end = lines.indexOf("", start);
    return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
  };
  const LATER = "# Fields for later, once the page is published, to say what has happened to it (see docs/editing.md):";

  test("expiry, review and owner are offered as fields to add; updates, a withdrawal and an event's status for later", () => {
    const { text } = created("event", "A concert in the park");
    const now = section(text, "# Fields you can add, if you need them:");
    for (const name of ["expires", "reviewBy", "owner"]) assert.match(now, new RegExp(`^# - ${name}: `, "m"), name);
    const later = section(text, LATER);
    for (const name of ["updates", "status", "previousDate", "withdrawn"])
      assert.match(later, new RegExp(`^# - ${name}: `, "m"), name);
    assert.match(later, /^# {7}- date: 2018-12-03\n# {9}note: Added the address of the venue\.$/m, "with an example to copy");
    assert.doesNotMatch(section(created("news", "A story for later").text, LATER), /status:/, "only an event has a status");
  });

  test("a campaign's page says when it is due for review without a reviewBy", () => {
    assert.match(
      created("campaign-page", "Befriending by phone").text,
      /^# - reviewBy: .*\n# {3}Without it, the page is due for review a year after it was published or last updated\.$/m,
    );
    assert.doesNotMatch(created("news", "Another story").text, /Without it, the page is due for review/);
  });
});

describe("npm run new: what it refuses", () => {
  test("a slug that already exists", () => {
    assert.match(
      refusal(["event", "Loneliness Summit"]),
      /^content\/events\/loneliness-summit\.md already exists.*Give the new page a different title, or edit that file instead\./,
    );
    // A news article with the same slug on another day would be just as confusing.
    assert.match(
      refusal(["news", "New approach to tackle loneliness to be discussed"]),
      /2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed\.md already exists/,
    );
  });

  test("a title over 65 characters, saying the limit", () => {
    assert.match(refusal(["news", "a".repeat(66)]), /The title is 66 characters long, and the most it can be is 65\. Shorten it/);
    assert.doesNotThrow(() => newContentFile(["news", "b".repeat(65)], { root, now: NOON }));
  });

  test("an unknown kind of page, or none, or no title: the usage", () => {
    assert.match(
      refusal(["blog", "A title"]),
      /^"blog" is not a kind of page this site has\.\n\nUsage: npm run new -- <news\|event\|campaign\|campaign-page> "<Title>"/,
    );
    assert.match(refusal([]), /^Usage: npm run new/);
    assert.match(refusal(["news"]), /^The title is missing\.\n\nUsage:/);
    assert.match(refusal(["news", "   "]), /The title is missing/);
  });

  test("a title with nothing to make a file name from", () => {
    assert.match(refusal(["news", "!!!"]), /has no letters or numbers/);
  });
});

describe("npm run new on the command line", () => {
  const project = scratchProject();
  symlinkSync(path.resolve("node_modules"), path.join(project, "node_modules"), "dir");
  after(() => rmSync(project, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.resolve("scripts/run.js"), path.resolve("scripts/new.ts"), ...args], {
      cwd: project,
      encoding: "utf8",
    });

  test("prints the new file's path, and the file is there", () => {
    const result = run("event", "Tea dance");
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.split("\n")[0], "content/events/tea-dance.md");
    assert.ok(existsSync(path.join(project, "content/events/tea-dance.md")));
  });

  test("refuses to overwrite, with exit code 1 and a message", () => {
    const before = readFileSync(path.join(project, "content/events/loneliness-summit.md"), "utf8");
    const result = run("event", "Loneliness summit");
    assert.equal(result.status, 1);
    assert.match(result.stderr, /content\/events\/loneliness-summit\.md already exists/);
    assert.equal(readFileSync(path.join(project, "content/events/loneliness-summit.md"), "utf8"), before);
  });

  test("an unknown type prints the usage and exits with 1", () => {
    const result = run("page", "A title");
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Usage: npm run new/);
  });
});
