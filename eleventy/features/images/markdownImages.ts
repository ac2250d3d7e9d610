import { readFileSync } from "node:fs";
import { projectPath } from "../../core/contentPaths.ts";
import { altTextProblem, missingAltMessage } from "../../model/schemas/altText.ts";
import { splitContentFile } from "../../model/frontMatter/splitContentFile.ts";
import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { resolveImage } from "./imagePath.ts";

/** What Eleventy passes markdown-it as `env`: the page's data. Absent when the Markdown is rendered on its own (as in tests). */
interface PageEnv {
  page?: { inputPath?: string };
  image?: unknown;
}

interface ImageMeta {
  /** The line of the body it is on, from 0. */
  bodyLine?: number;
  /** It opens the page's text and the page has no front-matter image: it is the lead image, shown above the fold. */
  lead?: boolean;
}

/** Notes, on every image token, the body line it is on and whether it opens the page. */
function annotateImages(state: { tokens: Token[]; env: PageEnv }): void {
  for (const [index, block] of state.tokens.entries()) {
    if (block.type !== "inline" || !block.children) continue;
    let line = block.map?.[0];
    const images = block.children.filter((child) => child.type === "image");
    // The page's first paragraph holds nothing but one image: it sits at the top, like a lead image.
    const opensPage =
      index === 1 &&
      state.tokens[0]?.type === "paragraph_open" &&
      images.length === 1 &&
      block.children.every(
        (child) => child.type === "image" || child.type === "softbreak" || (child.type === "text" && !child.content.trim()),
      );
    for (const child of block.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") line = line === undefined ? undefined : line + 1;
      if (child.type !== "image") continue;
      const meta: ImageMeta = { lead: opensPage && !state.env?.image };
      if (line !== undefined) meta.bodyLine = line;
      child.meta = meta;
    }
  }
}

/** The file, and line in it, that a body line is on: `content/news/x.md:14`. */
function locate(env: PageEnv | undefined, bodyLine: number | undefined): string {
  const inputPath = env?.page?.inputPath;
  if (!inputPath) return bodyLine === undefined ? "The text" : `Line ${bodyLine + 1} of the text`;
  const file = projectPath(inputPath);
  if (bodyLine === undefined) return file;
  try {
    // The body starts after the front matter: count its lines to give the line in the file.
    return `${file}:${splitContentFile(readFileSync(inputPath, "utf8")).bodyLine + bodyLine}`;
  } catch {
    return file;
  }
}

/** The path as the editor wrote it: markdown-it percent-encodes spaces and other characters. */
function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Images in Markdown: each must describe itself (`![what it shows](images/x.jpg)`)
 * and name a file kept beside the page, or the build stops and says where.
 * It is written as a plain <img> that Eleventy Image (eleventy/plugins/images.ts)
 * turns into a <picture> of AVIF, WebP and JPEG at several widths; it loads
 * lazily unless it opens a page that has no front-matter image.
 */
export function markdownImages(md: MarkdownIt): void {
  md.core.ruler.push("image_notes", (state) => {
    annotateImages(state as unknown as { tokens: Token[]; env: PageEnv });
    return true;
  });

  md.renderer.rules.image = (tokens, index, options, env: PageEnv | undefined, self) => {
    const token = tokens[index]!;
    const meta = (token.meta ?? {}) as ImageMeta;
    const src = token.attrGet("src") ?? "";
    const written = safeDecode(src);
    const alt = self.renderInlineAsText(token.children ?? [], options, env).trim();
    const where = locate(env, meta.bodyLine);
    if (!alt) {
      throw new Error(`${where}: ${missingAltMessage(written)}`);
    }
    const altProblem = altTextProblem(alt);
    if (altProblem) throw new Error(`${where}: ${altProblem}`);
    const inputPath = env?.page?.inputPath;
    if (inputPath) {
      const { problem } = resolveImage(written, inputPath);
      if (problem) throw new Error(`${where}: the image ${problem}`);
    }
    const title = token.attrGet("title");
    const loading = meta.lead ? ' loading="eager" fetchpriority="high"' : ' loading="lazy"';
    return `<img src="${escape(src)}" alt="${escape(alt)}"${title ? ` title="${escape(title)}"` : ""}${loading}>`;
  };
}
