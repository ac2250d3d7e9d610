import assert from "node:assert/strict";
import { test } from "node:test";
import { contentFates } from "../../eleventy/features/redirects/contentFates.ts";
import { parseContentLog, type FileChange } from "../../eleventy/features/redirects/historyLog.ts";

// What `git log` with CONTENT_LOG_ARGUMENTS prints: newest commit first, a blank line after each header.
const LOG = [
  "commit 3333333333333333333333333333333333333333 1700000300",
  "",
  "R100\tcontent/news/b.md\tcontent/news/c.md",
  "commit 2222222222222222222222222222222222222222 1700000200",
  "",
  "D\tcontent/events/gone.md",
  "R087\tcontent/news/a.md\tcontent/news/b.md",
  'D\t"content/news/tab\\there.md"',
  "commit 1111111111111111111111111111111111111111 1700000100",
  "",
  "M\tcontent/news/unchanged.md",
  "",
].join("\n");

test("the log gives each rename and deletion with its commit and time, newest first", () => {
  assert.deepEqual(parseContentLog(LOG), [
    {
      kind: "renamed",
      commit: "3333333333333333333333333333333333333333",
      time: new Date(1700000300_000),
      path: "content/news/b.md",
      to: "content/news/c.md",
    },
    {
      kind: "deleted",
      commit: "2222222222222222222222222222222222222222",
      time: new Date(1700000200_000),
      path: "content/events/gone.md",
    },
    {
      kind: "renamed",
      commit: "2222222222222222222222222222222222222222",
      time: new Date(1700000200_000),
      path: "content/news/a.md",
      to: "content/news/b.md",
    },
  ]);
});

test("an empty log, as a repository without renames gives, has no changes", () => {
  assert.deepEqual(parseContentLog(""), []);
});

const change = (kind: "renamed" | "deleted", path: string, to?: string): FileChange =>
  kind === "renamed" ? { kind, commit: "c", time: new Date(0), path, to: to! } : { kind, commit: "c", time: new Date(0), path };
const fates = (changes: FileChange[], today: string[]) =>
  Object.fromEntries(contentFates(changes, (file) => today.includes(file)).map((file) => [file.path, file.fate]));

test("a chain of renames: every old path goes to where the file is today", () => {
  assert.deepEqual(fates([change("renamed", "b.md", "c.md"), change("renamed", "a.md", "b.md")], ["c.md"]), {
    "a.md": { kind: "moved", path: "c.md" },
    "b.md": { kind: "moved", path: "c.md" },
  });
});

test("renamed, then deleted: both old paths are removed", () => {
  assert.deepEqual(fates([change("deleted", "b.md"), change("renamed", "a.md", "b.md")], []), {
    "a.md": { kind: "removed" },
    "b.md": { kind: "removed" },
  });
});

test("renamed away and back: the old path is today's file again, and the other goes to it", () => {
  assert.deepEqual(fates([change("renamed", "b.md", "a.md"), change("renamed", "a.md", "b.md")], ["a.md"]), {
    "b.md": { kind: "moved", path: "a.md" },
    "a.md": { kind: "moved", path: "a.md" },
  });
});

test("a file renamed to a path that later changes no more, but is not there today, is removed", () => {
  assert.deepEqual(fates([change("renamed", "a.md", "b.md")], []), { "a.md": { kind: "removed" } });
});
