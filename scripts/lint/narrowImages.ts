/**
 * A warning, not an error, for an image narrower than the column it fills:
 * it is published, but looks blurred, most of all on phones' sharp screens.
 */
import { parseFrontMatter } from "../../eleventy/model/frontMatter/parseFrontMatter.ts";
import { splitContentFile } from "../../eleventy/model/frontMatter/splitContentFile.ts";
import { resolveImage } from "../../eleventy/features/images/imagePath.ts";
import { COLUMN_WIDTH } from "../../eleventy/features/images/options.ts";
import { pictureSize } from "../../eleventy/features/images/pictureSize.ts";
import { createMarkdown } from "../../eleventy/features/markdown/createMarkdown.ts";
import type { Finding } from "./contentRules.ts";

/** Every image a page shows, with the file line that names it: its front-matter image, then those in the text. */
function imagesOf(text: string): Array<{ src: string; line: number }> {
  const { frontMatter, frontMatterLine, body, bodyLine } = splitContentFile(text);
  const found: Array<{ src: string; line: number }> = [];
  if (frontMatter !== undefined) {
    const parsed = parseFrontMatter(frontMatter, frontMatterLine);
    const src = (parsed.data["image"] as { src?: unknown } | undefined)?.src;
    if (typeof src === "string") found.push({ src, line: parsed.lineOf(["image", "src"]) ?? 1 });
  }
  for (const token of createMarkdown().parse(body, {})) {
    for (const child of token.children ?? []) {
      if (child.type === "image")
        found.push({ src: written(child.attrGet("src") ?? ""), line: bodyLine + (token.map?.[0] ?? 0) });
    }
  }
  return found;
}

/** The path as the editor wrote it: markdown-it percent-encodes it, and a % of the editor's own may not decode. */
function written(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

export function narrowImageWarnings(file: string, text: string): Finding[] {
  const warnings: Finding[] = [];
  for (const { src, line } of imagesOf(text)) {
    const resolved = resolveImage(src, file);
    // A missing or refused image is an error the build and the lint report; a drawing (SVG) is sharp at any width.
    if (resolved.problem || /\.svg$/i.test(src)) continue;
    // From the picture's header: a picture too large to decode is refused by the content check, not read here.
    const width = pictureSize(resolved.file)?.width;
    if (width !== undefined && width < COLUMN_WIDTH) {
      warnings.push({
        file,
        line,
        message: `The image "${src}" is ${width} pixels wide, narrower than the ${COLUMN_WIDTH} pixels of the column it fills, so it will look blurred. Use a copy at least ${COLUMN_WIDTH * 2} pixels wide if you have one.`,
      });
    }
  }
  return warnings;
}
