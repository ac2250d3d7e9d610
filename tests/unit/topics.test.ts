import assert from "node:assert/strict";
import { test } from "node:test";
import { topicsOf } from "../../eleventy/collections.ts";
import type { CollectionItem } from "../../eleventy/filters/relatedPages.ts";

const page = (title: string, date: string, topics: string[]): CollectionItem => ({
  url: `/${title}/`,
  inputPath: `./content/news/${title}.md`,
  date: new Date(date),
  data: { title, topics },
});

test("topics are listed alphabetically, each with its pages newest first", () => {
  const topics = topicsOf([page("a", "2018-01-01", ["Social care", "Communities"]), page("b", "2019-01-01", ["Social care"])]);
  assert.deepEqual(
    topics.map((topic) => [topic.name, topic.slug, topic.items.map((item) => item.data.title)]),
    [
      ["Communities", "communities", ["a"]],
      ["Social care", "social-care", ["b", "a"]],
    ],
  );
});

test("the same topic written in another case is one topic, not two pages at one address", () => {
  const topics = topicsOf([page("a", "2018-01-01", ["Social care"]), page("b", "2019-01-01", ["social care"])]);
  assert.equal(topics.length, 1);
  assert.equal(topics[0]?.name, "Social care");
  assert.equal(topics[0]?.items.length, 2);
});
