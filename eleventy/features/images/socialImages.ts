import path from "node:path";
import Image from "@11ty/eleventy-img";
import { projectPath } from "../../core/contentPaths.ts";
import type { FrontMatterImages } from "./frontMatterImages.ts";
import { resolveImage } from "./imagePath.ts";
import { IMAGE_URL_PATH, SOCIAL_IMAGE_WIDTH } from "./options.ts";
import { markImageUsed } from "./reusedImages.ts";

/*
 * Each front-matter image's social JPEG, for Open Graph and Twitter tags: its URL is known before the pages are
 * rendered (a template filter cannot wait), and its file is written only when a published page asks for it, so that a
 * draft's picture is not published.
 */

interface GeneratedImage {
  url: string;
  width: number;
}
type ImageResults = Record<string, GeneratedImage[] | undefined>;

/** The URL of each front-matter image's social JPEG, by source file. */
const socialImages = new Map<string, string>();
/** Social JPEGs being written: only for pages that are rendered. */
const socialWrites = new Map<string, Promise<Error | undefined>>();
let outputDir = "";

/** One set of options for the URL and for the file, so that both give the same hashed name. */
function socialOptions(statsOnly: boolean) {
  return {
    widths: [SOCIAL_IMAGE_WIDTH],
    formats: ["jpeg"],
    urlPath: IMAGE_URL_PATH,
    outputDir: path.join(outputDir, IMAGE_URL_PATH),
    statsOnly,
    // Its own name: the page's pictures may hold a 1200px JPEG of the same image, made without the white background.
    filenameFormat: (hash: string, _src: string, width: number, format: string) => `${hash}-${width}-social.${format}`,
    // JPEG has no transparency: a transparent image is shown on white, as on the page, not on black.
    transform: (sharp: { flatten: (options: { background: string }) => unknown }) => sharp.flatten({ background: "#ffffff" }),
  };
}

/** The JPEG of the width social networks ask for, or the widest there is when the source is narrower. */
function socialJpeg(results: ImageResults): string {
  const jpegs = results["jpeg"] ?? [];
  const fitting = jpegs.filter((entry) => entry.width <= SOCIAL_IMAGE_WIDTH);
  const chosen = fitting.at(-1) ?? jpegs[0];
  if (!chosen) throw new Error("Eleventy Image made no JPEG");
  return chosen.url;
}

/** Before a build's pages are rendered: works out the URL (and size) of every front-matter image's social JPEG. */
export async function prepareSocialImages(output: string, contentImages: FrontMatterImages): Promise<void> {
  socialImages.clear();
  socialWrites.clear();
  outputDir = output;
  for (const { inputPath, src } of contentImages.list()) {
    const { file, shown } = resolveImage(src, inputPath);
    if (socialImages.has(file)) continue;
    try {
      socialImages.set(file, socialJpeg((await Image(file, socialOptions(true))) as ImageResults));
    } catch (error) {
      throw new Error(
        `${projectPath(inputPath)}: image.src: ${shown} could not be read as an image (${(error as Error).message})`,
      );
    }
  }
}

/**
 * The site-relative URL of a 1200px-wide JPEG of a page's front-matter image,
 * for Open Graph and Twitter tags: `{% set socialImage = image | socialImageUrl(page.inputPath) %}`.
 * "" when the page has no image.
 */
export function socialImageUrl(image: unknown, inputPath: unknown): string {
  const src = (image as { src?: unknown } | null | undefined)?.src;
  if (typeof src !== "string" || typeof inputPath !== "string") return "";
  const { file, shown } = resolveImage(src.trim(), inputPath);
  const url = socialImages.get(file);
  if (url === undefined) {
    throw new Error(
      `${inputPath}: the image ${shown} has no social media version: only an image in a content file's front matter (image: src:) has one`,
    );
  }
  if (!socialWrites.has(file)) {
    markImageUsed(path.basename(url));
    socialWrites.set(
      file,
      // Settles to the error, if any, so that a failure is reported by the build rather than as an unhandled rejection.
      Image(file, socialOptions(false)).then(
        () => undefined,
        (error: unknown) =>
          new Error(`${inputPath}: image.src: ${shown} could not be made into a JPEG (${(error as Error).message})`),
      ),
    );
  }
  return url;
}

/** Once the pages are rendered: waits for the social JPEGs they asked for, and throws what could not be made. */
export async function finishSocialImages(): Promise<void> {
  const failures = (await Promise.all(socialWrites.values())).filter((failure) => failure !== undefined);
  if (failures.length) throw new Error(failures.map((failure) => failure.message).join("\n"));
}
