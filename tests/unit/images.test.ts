import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { createMarkdown } from "../../eleventy/features/markdown/createMarkdown.ts";
import { FIXTURES, frontMatterOf, validationErrors, withField } from "./contentFile.ts";

const ARTICLE_FILE = `${FIXTURES}/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md`;
const article = frontMatterOf(ARTICLE_FILE);
const BANNER = "images/loneliness-campaign.svg";
const withImage = (lines: string) => validationErrors("news", withField(article, "image", lines));

describe("the image field of the front matter", () => {
  test("the fixture article has a described image, and is valid", () => {
    assert.match(article, /^image:\n {2}src: images\/loneliness-campaign\.svg\n {2}alt: \S/m);
    assert.equal(validationErrors("news", article), "");
  });

  test("an image without alt is refused, saying what alt is for", () => {
    assert.match(
      withImage(`image:\n  src: ${BANNER}`),
      /page\.md:\d+: image\.alt: required \(text that describes the image for people who cannot see it/,
    );
  });

  test('alt: "" is refused unless the image is marked decorative', () => {
    assert.match(
      withImage(`image:\n  src: ${BANNER}\n  alt: ""`),
      /image\.alt: is empty: describe the image; leave it empty only for a decorative image, with decorative: true/,
    );
    assert.match(withImage(`image:\n  src: ${BANNER}\n  alt: "   "`), /image\.alt: is empty/);
  });

  test('a decorative image is valid with alt: "", and only with it', () => {
    assert.equal(withImage(`image:\n  src: ${BANNER}\n  alt: ""\n  decorative: true`), "");
    assert.match(
      withImage(`image:\n  src: ${BANNER}\n  alt: A banner\n  decorative: true`),
      /image\.alt: must be empty \(alt: ""\) when decorative is true/,
    );
  });

  test("an image file that does not exist fails with the file, the line of src and the path looked for", () => {
    const message = withImage(`image:\n  src: images/no-such-banner.png\n  alt: A banner`);
    const line =
      withField(article, "image", "image:\n  src: images/no-such-banner.png")
        .split("\n")
        .findIndex((text) => text.includes("no-such-banner")) + 2;
    assert.match(
      message,
      new RegExp(
        `page\\.md:${line}: image\\.src: "images/no-such-banner\\.png" is not a file: there is no \\S*images/no-such-banner\\.png`,
      ),
    );
  });

  test("an image from another website, or a file that is not an image, is refused", () => {
    assert.match(
      withImage(`image:\n  src: https://example.com/banner.jpg\n  alt: A banner`),
      /image\.src: the text "https:\/\/example\.com\/banner\.jpg" is not an image file kept with the content/,
    );
    assert.match(
      withImage(`image:\n  src: /assets/images/favicon.svg\n  alt: A banner`),
      /image\.src: the text "\/assets\/images\/favicon\.svg" is not an image file kept with the content/,
    );
    assert.match(
      withImage(`image:\n  src: images/banner.pdf\n  alt: A banner`),
      /image\.src: the text "images\/banner\.pdf" is not an image file/,
    );
  });

  test("image written as a bare path, or with a misspelt field, says what it should look like", () => {
    assert.match(
      withImage(`image: ${BANNER}`),
      /image: the text "images\/loneliness-campaign\.svg" is not a group of fields \(a picture shown under the title .*\n {2}image:\n {4}src: images\/loneliness-campaign\.svg/,
    );
    assert.match(
      withImage(`image:\n  src: ${BANNER}\n  alt: A banner\n  caption: Hello`),
      /image\.caption: not a field of this kind of page \(check its spelling; the fields here are: src, alt, decorative\)/,
    );
  });

  test("events and campaign pages take the same field", () => {
    const image = `image:\n  src: ${BANNER}\n  alt: A blue banner`;
    assert.equal(
      validationErrors("event", withField(frontMatterOf(`${FIXTURES}/events/loneliness-summit.md`), "image", image)),
      "",
    );
    assert.equal(
      validationErrors(
        "campaign-page",
        withField(frontMatterOf(`${FIXTURES}/campaigns/tackling-loneliness/social-workers.md`), "image", image),
      ),
      "",
    );
    assert.match(
      validationErrors(
        "event",
        withField(frontMatterOf(`${FIXTURES}/events/loneliness-summit.md`), "image", `image:\n  src: ${BANNER}`),
      ),
      /image\.alt: required/,
    );
  });
});

/** A Markdown file in a scratch folder beside the fixture images/, rendered as Eleventy renders it (with the page's data as env). */
// Inside a folder named content/, as every content file is: an image must be inside it.
const scratchRoot = mkdtempSync(path.join(tmpdir(), "markdown-images-"));
const scratch = path.join(scratchRoot, "content/news");
mkdirSync(scratch, { recursive: true });
symlinkSync(path.resolve(FIXTURES, "news/images"), path.join(scratch, "images"), "dir");
after(() => rmSync(scratchRoot, { recursive: true, force: true }));

function renderMarkdownFile(body: string, data: Record<string, unknown> = {}): string {
  const file = path.join(scratch, "story.md");
  writeFileSync(file, `---\ntitle: A story\ndate: 2018-11-27\n---\n${body}`);
  return createMarkdown().render(body, { ...data, page: { inputPath: file } });
}
const renderError = (body: string, data?: Record<string, unknown>) => {
  try {
    renderMarkdownFile(body, data);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
};

describe("images in Markdown", () => {
  test("an image without a description fails, naming the file and its line, and says what to do", () => {
    // Line 5 of the file: 4 lines of front matter, then the body's first line.
    const message = renderError(`![](${BANNER})\n`);
    assert.match(
      message,
      /story\.md:5: The image "images\/loneliness-campaign\.svg" has no description \(alt text\)\. Write what it shows between the square brackets/,
    );
    assert.match(
      renderError(`Some text.\n\nMore text,\nand ![ ](${BANNER}) here.\n`),
      /story\.md:8: The image .* has no description/,
    );
  });

  test("an image file that does not exist fails, naming the path looked for", () => {
    assert.match(
      renderError("![A photo](images/missing.jpg)\n"),
      /story\.md:5: the image "images\/missing\.jpg" is not a file: there is no \S*images\/missing\.jpg/,
    );
  });

  test("an image from another website fails: the site's security settings would block it", () => {
    assert.match(
      renderError("![A photo](https://example.com/photo.jpg)\n"),
      /story\.md:5: the image "https:\/\/example\.com\/photo\.jpg" is not a file kept with the site's content/,
    );
  });

  test("an image that opens a page with no front-matter image is its lead: eager, high priority; every other is lazy", () => {
    const html = renderMarkdownFile(`![A blue banner](${BANNER})\n\nText.\n\n![Another](${BANNER})\n`);
    const images = [...html.matchAll(/<img [^>]*>/g)].map(([tag]) => tag);
    assert.equal(images.length, 2);
    assert.equal(images[0], `<img src="${BANNER}" alt="A blue banner" loading="eager" fetchpriority="high">`);
    assert.equal(images[1], `<img src="${BANNER}" alt="Another" loading="lazy">`);
  });

  test("with a front-matter image above it, an image opening the text is lazy", () => {
    const html = renderMarkdownFile(`![A blue banner](${BANNER})\n`, { image: { src: BANNER, alt: "Banner" } });
    assert.match(html, /loading="lazy"/);
    assert.doesNotMatch(html, /fetchpriority/);
  });

  test("an image inside a sentence is not a lead image", () => {
    assert.match(renderMarkdownFile(`Look: ![A blue banner](${BANNER})\n`), /<p>Look: <img [^>]*loading="lazy">/);
  });

  test("the description is escaped, and Markdown rendered without a page (as the tests do) still works", () => {
    const html = createMarkdown().render(`![A "quoted" <b>banner</b> & more](${BANNER})`);
    assert.match(html, /alt="A &quot;quoted&quot; &lt;b&gt;banner&lt;\/b&gt; &amp; more"/);
  });
});

describe("the campaign banner", () => {
  const svg = readFileSync(`content/news/${BANNER}`, "utf8");

  test("is 1200×630, the shape social networks show", () => {
    assert.match(svg, /<svg [^>]*width="1200" height="630" viewBox="0 0 1200 630"/);
  });

  test("draws its words as shapes, so it looks the same on a machine without fonts", () => {
    assert.doesNotMatch(svg, /<text|<image|href=/);
  });

  test("uses only the site's colours", () => {
    const colours = new Set([...svg.matchAll(/#[0-9a-f]{3,6}\b/gi)].map(([colour]) => colour.toLowerCase()));
    assert.deepEqual(
      [...colours].filter((colour) => !["#1d4f91", "#0b0c0c", "#ffdd00", "#ffffff", "#fff"].includes(colour)),
      [],
    );
  });
});
