import assert from "node:assert/strict";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import sharp from "sharp";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

const BANNER = "images/loneliness-campaign.svg";
const PHOTO = "content/news/images/fixture-photo.png";

const news = (frontMatter: string, body: string) => `---
title: A story with pictures
description: A valid description.
date: 2018-11-29
${frontMatter}---
${body}`;

/** A raster narrower than the 1200px social width, so that nothing may be enlarged. */
async function writePhoto(project: ProjectCopy, name = PHOTO, background = "#1d4f91"): Promise<void> {
  const file = path.join(project.root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp({ create: { width: 800, height: 420, channels: 3, background } })
    .composite([{ input: Buffer.from('<svg width="800" height="420"><circle cx="400" cy="210" r="150" fill="#ffdd00"/></svg>') }])
    .png()
    .toFile(file);
}

const imgTags = (html: string) => [...html.matchAll(/<img [^>]*>/g)].map(([tag]) => tag);

/*
 * One copy of the fixture content with pictures of its own: its first build is checked for how pictures are
 * published, then the photo is replaced and it is built again, to check how that build reuses and removes images.
 */
const project = new ProjectCopy({ content: "fixtures" });
const ARTICLE = "content/news/2018-11-29-with-images.md";
after(() => project.remove());

describe("images are published as responsive pictures", () => {
  before(async () => {
    await writePhoto(project);
    await writePhoto(project, "content/news/images/draft-photo.png", "#0b0c0c");
    project
      // A draft is not published, and neither is its image.
      .write(
        "content/news/2018-11-29-draft.md",
        news("draft: true\nimage:\n  src: images/draft-photo.png\n  alt: A draft's picture\n", "Not yet.\n"),
      )
      .write(
        ARTICLE,
        news(
          "image:\n  src: images/fixture-photo.png\n  alt: A yellow circle on blue\n",
          "Some text.\n\n![A yellow circle, again](images/fixture-photo.png)\n\nMore text.\n\n![The campaign banner](../news/images/loneliness-campaign.svg)\n",
        ),
      )
      .write(
        "content/news/2018-11-30-lead-in-body.md",
        news(
          "",
          `![The campaign banner, opening the text](${BANNER})\n\nText.\n\n![A yellow circle](images/fixture-photo.png)\n`,
        ).replace("2018-11-29", "2018-11-30"),
      )
      // The exact call the page's <head> makes for Open Graph tags, on a page with an image and on one without.
      .write(
        "_includes/pages/social-check.njk",
        "---\npermalink: /social-check.txt\nlayout: false\neleventyExcludeFromCollections: true\nimage:\n  src: ../news/images/fixture-photo.png\n  alt: A yellow circle on blue\n---\n" +
          "{% set socialImage = image | socialImageUrl(page.inputPath) %}{{ socialImage }}|{% set noImage = noSuchImage | socialImageUrl(page.inputPath) %}[{{ noImage }}]|" +
          '{{ { src: "../news/images/loneliness-campaign.svg" } | socialImageUrl(page.inputPath) }}',
      );
    const build = project.build();
    assert.ok(build.ok, build.output);
  });

  test("a front-matter image is the lead: a figure under the title, eager; the text's images are lazy", () => {
    const html = project.read("_site/news/2018/11/with-images/index.html");
    const [lead, ...rest] = imgTags(html);
    assert.match(
      html,
      /<h1[^>]*>A story with pictures<\/h1>[\s\S]*<figure class="lead-image"[^>]*>\s*<picture><source type="image\/avif"/,
    );
    assert.match(lead ?? "", /loading="eager"/);
    assert.match(lead ?? "", /fetchpriority="high"/);
    assert.match(lead ?? "", /alt="A yellow circle on blue"/);
    assert.equal(rest.length, 2);
    for (const tag of rest) {
      assert.match(tag, /loading="lazy"/);
      assert.match(tag, /decoding="async"/);
      assert.doesNotMatch(tag, /fetchpriority/);
    }
  });

  test("an image opening the text of a page without a front-matter image is its lead", () => {
    const [lead, second] = imgTags(project.read("_site/news/2018/11/lead-in-body/index.html"));
    assert.match(lead ?? "", /loading="eager"[\s\S]*fetchpriority="high"|fetchpriority="high"[\s\S]*loading="eager"/);
    assert.match(second ?? "", /loading="lazy"/);
  });

  test("a raster is never enlarged: an 800px photo is published at 400 and 800px only", () => {
    const html = project.read("_site/news/2018/11/with-images/index.html");
    const lead = imgTags(html)[0] ?? "";
    assert.match(lead, /width="800" height="420"/);
    const photoUrls = [...html.matchAll(/\/assets\/images\/generated\/([\w-]{10})-(\d+)\.(avif|webp|jpeg)/g)].filter(
      ([, , width]) => Number(width) <= 800,
    );
    assert.deepEqual([...new Set(photoUrls.map(([, , width]) => width))].sort(), ["400", "800"]);
  });

  test("socialImageUrl gives the JPEG nearest 1200px wide, which exists, and '' for a page without an image", async () => {
    const text = project.read("_site/social-check.txt").trim();
    const match = /^(\/assets\/images\/generated\/[\w-]{10}-800-social\.jpeg)\|\[\]\|/.exec(text);
    assert.ok(match, text);
    const metadata = await sharp(path.join(project.root, "_site", match[1]!)).metadata();
    assert.deepEqual([metadata.format, metadata.width, metadata.height], ["jpeg", 800, 420]);
  });

  test("every generated file belongs to a published page: a draft's image is not published", () => {
    const hashOf = (url: string) => /([\w-]{10})-\d+\.\w+$/.exec(url)?.[1];
    const published = project
      .list("_site")
      .filter((file) => file.endsWith(".html") || file === "social-check.txt")
      .flatMap((file) =>
        [...project.read(path.join("_site", file)).matchAll(/\/assets\/images\/generated\/[\w-]+\.\w+/g)].map(([url]) =>
          hashOf(url),
        ),
      );
    const generated = project.list("_site/assets/images/generated").map(hashOf);
    assert.ok(generated.length > 0);
    assert.deepEqual(
      [...new Set(generated)].filter((hash) => !published.includes(hash)),
      [],
    );
    assert.ok(!project.list("_site/news").some((file) => file.includes("draft")), "the draft has no page");
  });

  test("the banner's social image is a 1200×630 JPEG", async () => {
    const url = project.read("_site/social-check.txt").trim().split("|")[2] ?? "";
    assert.match(url, /^\/assets\/images\/generated\/[\w-]{10}-1200-social\.jpeg$/);
    const metadata = await sharp(path.join(project.root, "_site", url)).metadata();
    assert.deepEqual([metadata.format, metadata.width, metadata.height], ["jpeg", 1200, 630]);
  });
});

describe("a build reuses the images the last one made, and removes those no page uses any more", () => {
  const generated = () =>
    new Map(
      project
        .list("_site/assets/images/generated")
        .map((name) => [name, statSync(path.join(project.root, "_site/assets/images/generated", name)).mtimeMs]),
    );
  let first: Map<string, number>;
  let second: Map<string, number>;

  before(async () => {
    // The first build is the one the tests above read.
    first = generated();
    // The photo is replaced: its files get new names, and the old ones are no longer used.
    await writePhoto(project, PHOTO, "#00703c");
    const secondBuild = project.build();
    assert.ok(secondBuild.ok, secondBuild.output);
    second = generated();
  });

  test("the banner, unchanged, is not made again: its files are the first build's", () => {
    const banner = [...first].filter(([name]) => second.has(name));
    assert.ok(banner.length > 0, "some files are in both builds");
    // To the millisecond: a copy keeps its file's time only that closely.
    for (const [name, modified] of banner) {
      assert.ok(Math.abs(second.get(name)! - modified) < 1, `${name} was not written again`);
    }
  });

  test("the site the second build replaced is deleted, in the background", async () => {
    const replaced = () => readdirSync(project.root).filter((entry) => entry.startsWith("_site.previous-"));
    for (let tries = 0; replaced().length && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(replaced(), []);
  });

  test("the replaced photo's old files are gone, and the page uses the new ones", () => {
    const gone = [...first.keys()].filter((name) => !second.has(name));
    const added = [...second.keys()].filter((name) => !first.has(name));
    assert.ok(gone.length > 0 && added.length > 0, "the photo's files changed");
    const html = project.read("_site/news/2018/11/with-images/index.html");
    for (const name of gone) assert.ok(!html.includes(name), `${name} is not used`);
    for (const name of added) assert.ok(html.includes(name) || name.endsWith("-social.jpeg"), `${name} is used by the page`);
  });
});
