/**
 * The site's own code in the CMS (assets/cms/site-cms.js), run here as the browser runs it, against the build's
 * reader and schemas: a save changes only what the editor changed; each collection lists only its own pages; and
 * an event's timing is refused on Save exactly when the event schema refuses it.
 */
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { markdownPages } from "../../eleventy/features/contentFolder/markdownPages.ts";
import { eventTimingSchema } from "../../eleventy/model/schemas/eventSchema.ts";
import { parseFrontMatter } from "../../eleventy/model/frontMatter/parseFrontMatter.ts";

interface InBrowser {
  KEPT: string;
  KIND: string;
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
  timingProblem(timing: Record<string, unknown>): string | undefined;
  whenProblem(data: Record<string, unknown>): string | undefined;
}

// As /admin/site/ holds it: the module beside the YAML library's browser build.
const folder = mkdtempSync(path.join(tmpdir(), "site-cms-"));
cpSync("assets/cms", folder, { recursive: true });
symlinkSync(path.resolve("node_modules/yaml/browser"), path.join(folder, "yaml"));
const cms = (await import(pathToFileURL(path.join(folder, "site-cms.js")).href)) as InBrowser;
after(() => rmSync(folder, { recursive: true, force: true }));

const pages = [...markdownPages("content"), ...markdownPages("tests/fixtures/content")];
const changedLines = (a: string, b: string) => {
  const before = a.split("\n");
  const later = b.split("\n");
  assert.equal(before.length, later.length, `the same number of lines:\n${b}`);
  return before.filter((line, index) => line !== later[index]).length;
};

describe("the CMS's front-matter format", () => {
  test("a page saved unchanged is written exactly as it was", () => {
    for (const file of pages) {
      const text = readFileSync(file, "utf8");
      assert.equal(cms.toFile(cms.fromFile(text)), text, file);
    }
  });

  test("a one-field edit is a one-line change, however long the other lines and whatever their order", () => {
    const text = [
      "---",
      "title: Summit on tackling loneliness",
      "date: 2018-11-26",
      `description: ${"A summit on tackling loneliness and social isolation, held at the University of Leicester ".repeat(1).trim()} with partners.`,
      "day: 2018-11-30",
      "venue:",
      "  name: University of Leicester",
      "organisers:",
      "  - Leicestershire County Council",
      "---",
      "",
      "Its text.",
      "",
    ].join("\n");
    const data = { ...cms.fromFile(text), title: "Summit on loneliness" };
    // The form's order differs from the file's: the file's own order is kept.
    const saved = cms.toFile(data, ["title", "description", "date", "topics", "day", "venue", "organisers"]);
    assert.equal(changedLines(text, saved), 1, saved);
    assert.match(saved, /^title: Summit on loneliness$/m);
    const parsed = parseFrontMatter(saved.split("---\n")[1]!);
    assert.deepEqual(parsed.problems, []);
    assert.ok(parsed.data["date"] instanceof Date, "a date is still a date to the site's reader");
  });

  test("a new page is written in the form's order, with no empty fields, dates as dates, long lines unwrapped", () => {
    const description = "x ".repeat(70).trim();
    const saved = cms.toFile(
      {
        body: "Its text.",
        description,
        title: "Road closures: what to expect",
        date: "2019-03-04",
        topics: [],
        image: { src: "", alt: "", decorative: false },
        draft: false,
      },
      ["title", "description", "date", "topics", "related", "draft", "image"],
    );
    assert.equal(
      saved,
      `---\ntitle: "Road closures: what to expect"\ndescription: ${description}\ndate: 2019-03-04\ndraft: false\n---\nIts text.`,
    );
    assert.ok(parseFrontMatter(saved.split("---\n")[1]!).data["date"] instanceof Date);
  });

  test("says what each file is, so that each collection lists only its own pages", () => {
    assert.equal(cms.fromFile(readFileSync("content/news/README.md", "utf8"))[cms.KIND], "other");
    assert.equal(cms.fromFile(readFileSync("content/campaigns/tackling-loneliness/index.md", "utf8"))[cms.KIND], "page");
    const page = readFileSync("content/campaigns/tackling-loneliness/social-workers.md", "utf8");
    assert.equal(cms.fromFile(page)[cms.KIND], "campaign-page");
    assert.equal(cms.toFile(cms.fromFile(page)).includes(cms.KIND), false, "the marks are never written");
  });
});

test("an event's timing is refused on Save exactly when the event schema refuses it", () => {
  const values = ["", "2018-11-30"];
  const times = ["", "2018-11-30 10:00", "2018-11-30 16:00"];
  for (const day of values) {
    for (const start of times) {
      for (const end of times) {
        const written = Object.fromEntries(Object.entries({ day, start, end }).filter(([, value]) => value !== "")) as Record<
          string,
          string
        >;
        // What the site's reader makes of the file: a day is a Date.
        const read = { ...written, ...(written["day"] ? { day: new Date(`${written["day"]}T00:00:00Z`) } : {}) };
        const schema = eventTimingSchema.safeParse(read).success;
        const form = cms.timingProblem({ day, start, end }) === undefined;
        assert.equal(form, schema, `day "${day}", start "${start}", end "${end}"`);
      }
    }
  }
});

test("an event's When, as the form holds it, is the file's day or start and end, and only one of them", () => {
  const text = "---\ntitle: Open day\nstart: 2019-03-09 10:00\nend: 2019-03-09 16:00\nvenue:\n  name: County Hall\n---\n";
  const data = cms.fromFile(text);
  assert.deepEqual(data["when"], [{ timing: "timed", start: "2019-03-09 10:00", end: "2019-03-09 16:00" }]);
  assert.equal(cms.toFile(data), text, "opened and saved, it is unchanged");
  const allDay = cms.toFile({ ...data, when: [{ timing: "all-day", day: "2019-03-09" }] });
  assert.match(allDay, /^day: 2019-03-09$/m);
  assert.doesNotMatch(allDay, /^(start|end|when|timing):/m);
  assert.match(
    cms.whenProblem({ when: [{ timing: "all-day", day: "2019-03-09" }, ...(data["when"] as unknown[])] })!,
    /only one/,
  );
  assert.equal(cms.whenProblem(data), undefined);
});
