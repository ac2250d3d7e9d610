/** The fixture article's banner, exactly as the article shows it. Run after the fixture build. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertLeadImage } from "../site/leadImage.ts";
import { readFixtureSite } from "./fixtureSite.ts";

const ARTICLE = "news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/index.html";
const BANNER_ALT = "A blue banner with the words “Loneliness campaign”";

test("the article shows the campaign banner under its title, described, as AVIF, WebP and JPEG", () => {
  // Under the title: the figure comes after the <h1> in the article.
  const order = assertLeadImage(readFixtureSite(ARTICLE), BANNER_ALT);
  assert.deepEqual(order, ["h1", "figure"]);
});
