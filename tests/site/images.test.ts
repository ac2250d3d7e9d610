/**
 * Every image in the built site is responsive and described: an <img> has
 * width, height, alt and srcset (or sits in a <picture> with AVIF and WebP
 * sources), every file it names exists, and only a page's first image may load
 * eagerly. Run after `npm run build`.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { assertLeadImage } from "./leadImage.ts";
import { publishedPages } from "./publishedPages.ts";

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const SITE = "_site";
const GENERATED = /^\/assets\/images\/generated\/[A-Za-z0-9_-]{10}-\d+\.(avif|webp|jpeg|png|gif)$/;

const pages = readdirSync(SITE, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
  .sort();

function imagesOf(file: string): Element[] {
  const document = parseDocument(readFileSync(path.join(SITE, file), "utf8"));
  return DomUtils.getElementsByTagName("img", document.children, true);
}

/** Every URL an <img> or its <picture>'s <source>s point at. */
function urlsOf(image: Element): string[] {
  const elements =
    image.parent && (image.parent as Element).name === "picture"
      ? DomUtils.getElementsByTagName(() => true, [image.parent], true)
      : [image];
  return elements.flatMap((element) => [
    ...(element.attribs["src"] ? [element.attribs["src"]] : []),
    ...(element.attribs["srcset"] ?? "")
      .split(",")
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
      .filter(Boolean),
  ]);
}

test("the build wrote pages to check", () => {
  assert.ok(pages.length > 0, `No HTML pages in ${SITE}/: run "npm run build" first.`);
});

for (const file of pages) {
  const images = imagesOf(file);
  if (!images.length) continue;

  test(`${file}: every image has width, height, alt and responsive sources, and the files exist`, () => {
    for (const image of images) {
      const { width, height, alt, srcset, src } = image.attribs;
      const label = `<img src="${src}">`;
      assert.match(width ?? "", /^[1-9]\d*$/, `${label} has a width`);
      assert.match(height ?? "", /^[1-9]\d*$/, `${label} has a height`);
      assert.notEqual(alt, undefined, `${label} has alt text (alt="" only for a decorative image)`);
      const picture = image.parent as Element | null;
      const sourceTypes =
        picture?.name === "picture"
          ? picture.children
              .filter((child): child is Element => (child as Element).name === "source")
              .map((source) => source.attribs["type"])
          : [];
      assert.ok(
        srcset || (sourceTypes.includes("image/avif") && sourceTypes.includes("image/webp")),
        `${label} has a srcset, or AVIF and WebP sources`,
      );
      if (srcset?.includes("w,") || / \d+w$/.test(srcset ?? ""))
        assert.ok(image.attribs["sizes"], `${label} has sizes for its width descriptors`);
      for (const url of urlsOf(image)) {
        assert.match(url, GENERATED, `${url} is a generated image with a hashed name`);
        assert.ok(existsSync(path.join(SITE, url)), `${url} exists`);
      }
    }
  });

  test(`${file}: only the first image may load eagerly`, () => {
    for (const [index, image] of images.entries()) {
      if (index > 0)
        assert.equal(image.attribs["loading"], "lazy", `image ${index + 1} (${image.attribs["src"]}) is loading="lazy"`);
    }
    const first = images[0]!;
    let figure = first.parent as Element | null;
    while (figure && figure.name !== "figure") figure = figure.parent as Element | null;
    if (figure?.attribs["class"] === "lead-image") {
      assert.equal(first.attribs["loading"], "eager", "a lead image loads at once: it is above the fold");
      assert.equal(first.attribs["fetchpriority"], "high");
    }
  });
}

/** Every published page with an image in its front matter: the lead image the page must show, whatever editors have published. */
const withLeadImage = publishedPages().filter(
  (page): page is typeof page & { data: { image: { alt: string } } } => typeof page.data["image"] === "object",
);

for (const page of withLeadImage) {
  test(`${page.url}: its front-matter image is shown under its title, described, as AVIF, WebP and JPEG`, () => {
    // Under the title: the figure comes after the <h1> in the article.
    const order = assertLeadImage(readFileSync(path.join(SITE, page.url, "index.html"), "utf8"), page.data.image.alt);
    assert.deepEqual(order.slice(0, 2), ["h1", "figure"]);
  });
}

test("every page's social image (og:image), where it has one, is a generated JPEG that exists", () => {
  for (const file of pages) {
    const document = parseDocument(readFileSync(path.join(SITE, file), "utf8"));
    const content = DomUtils.findOne(
      (element) => element.name === "meta" && element.attribs["property"] === "og:image",
      document.children,
    )?.attribs["content"];
    if (!content) continue;
    const { pathname } = new URL(content);
    assert.match(pathname, /^\/assets\/images\/generated\/[A-Za-z0-9_-]{10}-\d+-social\.jpeg$/, `${file}: og:image ${content}`);
    assert.ok(existsSync(path.join(SITE, pathname)), `${file}: og:image ${pathname} exists`);
  }
});
