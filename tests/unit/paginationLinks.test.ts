import assert from "node:assert/strict";
import { test } from "node:test";
import { paginationLinks } from "../../eleventy/features/filters/paginationLinks.ts";

const hrefs = (count: number) => Array.from({ length: count }, (_, index) => (index ? `/news/page-${index + 1}/` : "/news/"));
/** 1, 2, [3], 4, …, 9 as text. */
const shown = (count: number, current: number) =>
  paginationLinks(hrefs(count), current)
    .map((link) => ("gap" in link ? "…" : link.current ? `[${link.number}]` : String(link.number)))
    .join(" ");

test("a short listing links every page", () => {
  assert.equal(shown(3, 0), "[1] 2 3");
  assert.equal(shown(3, 1), "1 [2] 3");
  assert.equal(shown(4, 1), "1 [2] 3 4");
});

test("a long listing links the first, last, current and neighbouring pages, with a gap for the rest", () => {
  assert.equal(shown(1000, 0), "[1] 2 … 1000");
  assert.equal(shown(1000, 4), "1 … 4 [5] 6 … 1000");
  assert.equal(shown(1000, 999), "1 … 999 [1000]");
  assert.equal(shown(9, 2), "1 2 [3] 4 … 9");
});

test("each link keeps its page's address", () => {
  assert.deepEqual(paginationLinks(hrefs(20), 10)[2], { number: 10, href: "/news/page-10/", current: false });
});
