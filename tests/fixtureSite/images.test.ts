/** The fixture article's banner, exactly as the article shows it. Run after the fixture build. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { readFixtureSite } from "./fixtureSite.ts";

const ARTICLE = "news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/index.html";
const BANNER_ALT = "A blue banner with the words “Loneliness campaign”";

test("the article shows the campaign banner under its title, described, as AVIF, WebP and JPEG", () => {
  const document = parseDocument(readFixtureSite(ARTICLE));
  const figure = DomUtils.findOne(
    (element) => element.name === "figure" && element.attribs["class"] === "lead-image",
    document.children,
  );
  assert.ok(figure, "a lead-image figure");
  const image = DomUtils.findOne((element) => element.name === "img", [figure]);
  assert.equal(image?.attribs["alt"], BANNER_ALT);
  assert.equal(image?.attribs["loading"], "eager");
  assert.equal(image?.attribs["fetchpriority"], "high");
  const types = DomUtils.getElementsByTagName("source", [figure]).map((source) => source.attribs["type"]);
  assert.deepEqual(types, ["image/avif", "image/webp"]);
  assert.match(image?.attribs["src"] ?? "", /\.jpeg$/);
  // Under the title: the figure comes after the <h1> in the article.
  const article = DomUtils.findOne((element) => element.name === "article", document.children)!;
  const order = DomUtils.getElementsByTagName((name) => name === "h1" || name === "figure", [article]).map(
    (element) => element.name,
  );
  assert.deepEqual(order, ["h1", "figure"]);
});
