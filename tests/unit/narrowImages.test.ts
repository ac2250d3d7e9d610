import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import sharp from "sharp";
import { narrowImageWarnings } from "../../scripts/lint/narrowImages.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "narrow-images-"));
const folder = path.join(scratch, "content/news");
after(() => rmSync(scratch, { recursive: true, force: true }));

const picture = (name: string, width: number) =>
  sharp({ create: { width, height: 100, channels: 3, background: "#336699" } })
    .png()
    .toFile(path.join(folder, "images", name));

test("an image narrower than the text column is a warning on the line that names it; a wide one, or a drawing, is not", async () => {
  mkdirSync(path.join(folder, "images"), { recursive: true });
  await picture("narrow.png", 300);
  await picture("wide.png", 1600);
  const file = path.join(folder, "2018-11-27-pictures.md");
  const text = [
    "---",
    "title: Pictures",
    "image:",
    "  src: images/narrow.png",
    "  alt: A blue square",
    "---",
    "Text.",
    "",
    "![A wide blue band](images/wide.png)",
    "",
    "![A narrow blue band](images/narrow.png)",
    "",
  ].join("\n");
  const warnings = narrowImageWarnings(file, text);
  assert.deepEqual(
    warnings.map(({ line, message }) => `${line}: ${message}`),
    [4, 11].map(
      (line) =>
        `${line}: The image "images/narrow.png" is 300 pixels wide, narrower than the 640 pixels of the column it fills, so it will look blurred. Use a copy at least 1280 pixels wide if you have one.`,
    ),
  );
});

test("a picture the content check refuses, or a path that does not decode, is no warning and no crash", () => {
  const file = path.join(folder, "2018-11-27-refused.md");
  mkdirSync(path.join(folder, "images"), { recursive: true });
  writeFileSync(path.join(folder, "images", "not-a-picture.png"), "text");
  const text = "---\ntitle: T\n---\n![Not a picture](images/not-a-picture.png)\n\n![Odd](images/%E0%A4%A.png)\n";
  assert.deepEqual(narrowImageWarnings(file, text), []);
});
