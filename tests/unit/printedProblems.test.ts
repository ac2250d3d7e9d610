import assert from "node:assert/strict";
import { test } from "node:test";
import { formatProblem } from "../../eleventy/model/frontMatter/contentProblem.ts";

test("a problem is printed on one line that shows what it says, whatever the file's name holds", () => {
  // A name with a line break would print as two lines (the second read as a problem of its own), and one with a
  // right-to-left override (U+202E) as another name: "gnp.md" backwards.
  assert.equal(
    formatProblem({ file: "content/news/two\nlines\u202Egnp.md", line: 1, message: 'The file name "lines\u202Egnp.md" …' }),
    'content/news/two\\nlines\\u202Egnp.md:1: The file name "lines\\u202Egnp.md" …',
  );
  // A message's own line breaks are kept: some end with an example of fields written over several lines.
  assert.equal(formatProblem({ file: "a.md", message: "for example:\n  venue:" }), "a.md: for example:\n  venue:");
  // Tabs, other control characters and characters that take no room are shown too.
  assert.equal(formatProblem({ file: "a\tb\u0007c\u200bd.md", message: "m" }), "a\\tb\\u0007c\\u200Bd.md: m");
  // Ordinary words, accents and curly quotes are printed as they are.
  assert.equal(
    formatProblem({ file: "content/news/café.md", line: 2, message: "“Quoted” – fine" }),
    "content/news/café.md:2: “Quoted” – fine",
  );
});
