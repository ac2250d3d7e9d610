import assert from "node:assert/strict";
import { test } from "node:test";
import { absoluteLink, absoluteLinks } from "../../eleventy/filters/absoluteLinks.ts";

const BASE = "https://www.leicestershire.gov.uk/";
const PAGE = "/news/2018/11/story/";

test("links are made absolute as Eleventy's renderTransforms makes them for the feed", () => {
  assert.equal(
    absoluteLink("/events/loneliness-summit/", PAGE, BASE),
    "https://www.leicestershire.gov.uk/events/loneliness-summit/",
  );
  assert.equal(absoluteLink("../other/", PAGE, BASE), "https://www.leicestershire.gov.uk/news/2018/11/other/");
  assert.equal(absoluteLink("#part", PAGE, BASE), "https://www.leicestershire.gov.uk/news/2018/11/story/#part");
  assert.equal(absoluteLink(" /news/ ", PAGE, BASE), "https://www.leicestershire.gov.uk/news/");
  assert.equal(absoluteLink("https://example.org/a?b=1", PAGE, BASE), "https://example.org/a?b=1");
  assert.equal(absoluteLink("mailto:news@example.org", PAGE, BASE), "mailto:news@example.org");
});

test("every <a href> of Markdown's HTML is rewritten, and nothing else", () => {
  const html = '<p>See <a href="/news/">news</a> and <a href="https://example.org/">elsewhere</a>: href="/not-a-link/".</p>';
  assert.equal(
    absoluteLinks(html, PAGE, BASE),
    '<p>See <a href="https://www.leicestershire.gov.uk/news/">news</a> and <a href="https://example.org/">elsewhere</a>: href="/not-a-link/".</p>',
  );
});

test("HTML with an image is refused: it needs renderTransforms, which makes its <picture>", () => {
  assert.throws(() => absoluteLinks('<p><img src="images/a.jpg" alt="A"></p>', PAGE, BASE), /renderTransforms/);
});
