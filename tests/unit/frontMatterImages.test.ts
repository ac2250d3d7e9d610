/** Which content files have a front-matter image: read once, then only the files a save changed. */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { FrontMatterImages } from "../../eleventy/features/images/frontMatterImages.ts";

// A folder named content/, as the site's is: an image must be inside it.
const scratch = mkdtempSync(path.join(tmpdir(), "front-matter-images-"));
const root = path.join(scratch, "content");
after(() => rmSync(scratch, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const withImage = (src: string) => `---\ntitle: A page\nimage:\n  src: ${src}\n  alt: A picture\n---\nText.\n`;
const sources = (images: FrontMatterImages) =>
  images
    .list()
    .map(({ inputPath, src }) => `${path.relative(root, inputPath)} ${src}`)
    .sort();

test("lists the images of content files that name an existing file, and follows saves, additions and deletions", () => {
  write("news/images/photo.png", "not really a PNG: only its existence matters here");
  write("news/with-image.md", withImage("images/photo.png"));
  write("news/without-image.md", "---\ntitle: No picture\n---\nText.\n");
  write("news/missing-image.md", withImage("images/no-such-file.png"));
  write("news/README.md", withImage("images/photo.png"));
  const images = new FrontMatterImages(root);
  assert.deepEqual(sources(images), ["news/with-image.md images/photo.png"]);

  // Saved without `changed`, as a file no watcher reported: the list stays as it was read.
  write("news/without-image.md", withImage("images/photo.png"));
  assert.deepEqual(sources(images), ["news/with-image.md images/photo.png"]);

  // The missing image is added later: the page that names it needs no save to be listed.
  write("news/images/no-such-file.png", "added after the page that names it");
  assert.deepEqual(sources(images), ["news/missing-image.md images/no-such-file.png", "news/with-image.md images/photo.png"]);
  rmSync(path.join(root, "news/images/no-such-file.png"));

  write("events/new.md", withImage("../news/images/photo.png"));
  rmSync(path.join(root, "news/with-image.md"));
  images.changed([
    `./${path.relative(process.cwd(), path.join(root, "news/without-image.md"))}`,
    path.join(root, "events/new.md"),
    path.join(root, "news/with-image.md"),
  ]);
  assert.deepEqual(sources(images), ["events/new.md ../news/images/photo.png", "news/without-image.md images/photo.png"]);
});
