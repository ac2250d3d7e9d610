import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ContentError } from "../../eleventy/model/frontMatter/contentProblem.ts";
import { TOPICS_FILE, topicList } from "../../eleventy/model/settings/topicList.ts";
import { topicProblems } from "../../eleventy/model/settings/topicProblems.ts";

const LIST = [
  { name: "Loneliness and social isolation", description: "D." },
  { name: "Social care", description: "D." },
  { name: "Communities", description: "D." },
];
const problems = (topics: unknown) => topicProblems("content/news/x.md", topics, LIST, (path) => 5 + Number(path[1]));

test("a topic on the list passes, whatever its capital letters", () => {
  assert.deepEqual(problems(["Social care", "social care", "Loneliness and social isolation"]), []);
});

test("a misspelt topic is named on its line, with the topic it was probably meant to be", () => {
  assert.deepEqual(problems(["Communities", "Lonliness and social isolation"]), [
    {
      file: "content/news/x.md",
      line: 6,
      message:
        'topics: "Lonliness and social isolation" is not one of the site\'s topics. Did you mean "Loneliness and social isolation"? To file the page under a new topic, add the topic to content/settings/topics.yml first.',
    },
  ]);
});

test("two topics that a wrongly indented list made one are told apart", () => {
  assert.match(
    problems(["Communities - Social care"])[0]!.message,
    /^topics: "Communities - Social care" is 2 topics on one line\. Put each on a line of its own, starting with two spaces, a hyphen and a space: " {2}- Communities" and " {2}- Social care"\.$/,
  );
});

test("a topic like none on the list is named with the whole list", () => {
  assert.match(
    problems(["Highways"])[0]!.message,
    /"Highways" is not one of the site's topics\. The topics are: "Loneliness and social isolation", "Social care", "Communities"\./,
  );
});

test("a topic whose name has no letters or numbers is refused on its line in topics.yml: its page would have no address", () => {
  const root = mkdtempSync(path.join(tmpdir(), "topics-"));
  try {
    mkdirSync(path.join(root, "content/settings"), { recursive: true });
    writeFileSync(
      path.join(root, TOPICS_FILE),
      "topics:\n  - name: Social care\n    description: D.\n  - name: '!!!'\n    description: Nothing.\n",
    );
    assert.throws(
      () => topicList(root),
      (error: unknown) =>
        error instanceof ContentError &&
        error.message ===
          `content/settings/topics.yml:4: "!!!" has no letters or numbers, and a topic's page is at /topics/ followed by its name's words (Social care is at /topics/social-care/), so it would have no address of its own. Give it a name in words, for example name: Road safety`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
