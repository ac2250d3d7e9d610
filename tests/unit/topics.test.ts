import assert from "node:assert/strict";
import { test } from "node:test";
import { topicPagesOf } from "../../eleventy/features/listings/listingPages.ts";
import { topicsOf } from "../../eleventy/registry/topics.ts";
import type { CollectionItem } from "../../eleventy/core/collectionItem.ts";

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

/** `count` pages on one topic, "p0" the oldest, a day apart. */
const onOneTopic = (count: number) =>
  topicsOf(
    Array.from({ length: count }, (_, index) =>
      page(`p${index}`, new Date(Date.UTC(2015, 0, 1 + index)).toISOString(), ["Social care"]),
    ),
  );

test("a topic's listing is cut into pages of the given size, each linking the others", () => {
  const topics = onOneTopic(7);
  const pages = topicPagesOf(topics, 3);
  assert.deepEqual(
    pages.map((topicPage) => topicPage.items.length),
    [3, 3, 1],
  );
  assert.deepEqual(
    pages.flatMap((topicPage) => topicPage.items),
    topics[0]?.items,
    "every page on the topic once, in the topic's order",
  );
  assert.deepEqual(pages[0]?.hrefs, ["/topics/social-care/", "/topics/social-care/page-2/", "/topics/social-care/page-3/"]);
  assert.deepEqual(
    pages.map((topicPage) => [topicPage.pageNumber, topicPage.href.previous ?? null, topicPage.href.next ?? null]),
    [
      [0, null, "/topics/social-care/page-2/"],
      [1, "/topics/social-care/", "/topics/social-care/page-3/"],
      [2, "/topics/social-care/page-2/", null],
    ],
  );
});

test("each topic starts its own pages, and a small topic has one", () => {
  const topics = topicsOf([page("a", "2018-01-01", ["Communities"]), page("b", "2019-01-01", ["Social care"])]);
  const pages = topicPagesOf(topics, 50);
  assert.deepEqual(
    pages.map((topicPage) => [topicPage.topic.name, topicPage.pageNumber, topicPage.hrefs]),
    [
      ["Communities", 0, ["/topics/communities/"]],
      ["Social care", 0, ["/topics/social-care/"]],
    ],
  );
});

test("with a limit, a topic's pages stop at its newest `limit`, and say how many they list of how many", () => {
  const topics = onOneTopic(12);
  const pages = topicPagesOf(topics, 5, 10);
  assert.equal(pages.length, 2);
  assert.deepEqual(
    pages.flatMap((topicPage) => topicPage.items),
    topics[0]?.items.slice(0, 10),
  );
  assert.equal(pages[1]?.listed, 10);
  assert.equal(pages[1]?.topic.items.length, 12);
});
