import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";

const SEED = "../shared/seed/000_f2f0181930832186.txt";
const SOURCE = "content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md";
const ARTICLE = "_site/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/index.html";
// Lines of the seed that were the council page's furniture, not the article: the site has its own.
const NOT_ARTICLE = new Set(["Skip to main content", "Top of page", "Loneliness campaign WEB"]);

const squash = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

test(
  "the article reproduces every line of the original, word for word",
  {
    // The seed's words are protected while the article is published; editors may one day retire it.
    skip: !existsSync(SOURCE)
      ? `${SOURCE} has been deleted, so there is no article to hold the seed's words`
      : !existsSync(SEED) && `${SEED} is not beside the project`,
  },
  () => {
    const seedLines = readFileSync(SEED, "utf8")
      .replace("Top of page", "\nTop of page")
      .split("\n")
      .map((line) => squash(line.replace(/^\s*•\s*/, "")))
      .filter((line) => line && !NOT_ARTICLE.has(line));

    const document = parseDocument(readFileSync(ARTICLE, "utf8"));
    const article = DomUtils.findOne((element) => element.name === "article", document.children);
    assert.ok(article, "the article page has an <article>");
    const shown = squash(DomUtils.textContent(article));

    const missing = seedLines.filter((line) => !shown.includes(line));
    assert.deepEqual(missing, []);
    assert.doesNotMatch(DomUtils.textContent(article), /\u00a0/, "no stray non-breaking spaces");
  },
);
