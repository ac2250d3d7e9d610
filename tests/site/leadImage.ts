import assert from "node:assert/strict";
import { DomUtils, parseDocument } from "htmlparser2";

/**
 * Checks a page's lead image as the page shows it: a lead-image figure whose <img> has `alt`, loads at once (it is
 * above the fold), and is offered as AVIF and WebP with a JPEG fallback. Returns the order of the article's <h1>s
 * and figures, for the caller to check that the image comes under the title.
 */
export function assertLeadImage(html: string, alt: string): string[] {
  const document = parseDocument(html);
  const figure = DomUtils.findOne(
    (element) => element.name === "figure" && element.attribs["class"] === "lead-image",
    document.children,
  );
  assert.ok(figure, "a lead-image figure");
  const image = DomUtils.findOne((element) => element.name === "img", [figure]);
  assert.equal(image?.attribs["alt"], alt);
  assert.equal(image?.attribs["loading"], "eager");
  assert.equal(image?.attribs["fetchpriority"], "high");
  const types = DomUtils.getElementsByTagName("source", [figure]).map((source) => source.attribs["type"]);
  assert.deepEqual(types, ["image/avif", "image/webp"]);
  assert.match(image?.attribs["src"] ?? "", /\.jpeg$/);
  const article = DomUtils.findOne((element) => element.name === "article", document.children)!;
  return DomUtils.getElementsByTagName((name) => name === "h1" || name === "figure", [article]).map((element) => element.name);
}
