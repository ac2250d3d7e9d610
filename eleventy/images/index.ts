import path from "node:path";
import Image from "@11ty/eleventy-img";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { FrontMatterImages } from "./frontMatterImages.ts";
import { htmlTransformerOf } from "./htmlTransformer.ts";
import { resolveImage } from "./imagePath.ts";
import { IMAGE_EXTENSIONS, IMAGE_FORMATS, IMAGE_SIZES, IMAGE_URL_PATH, IMAGE_WIDTHS, SOCIAL_IMAGE_WIDTH } from "./options.ts";
import { forgetUsedImages, markImageUsed, removeUnusedImages, usedImageFilename } from "./reusedImages.ts";
import { buildsPreview } from "../plugins/drafts.ts";

interface GeneratedImage {
  url: string;
  width: number;
}
type ImageResults = Record<string, GeneratedImage[] | undefined>;

// Eleventy Image 6 (the last for Node 20) is CommonJS, and its inferred types miss this named export.
const { eleventyImageTransformPlugin } = Image as unknown as {
  eleventyImageTransformPlugin: (config: UserConfig, options: object) => void;
};

/** The URL of each front-matter image's social JPEG, by source file, known before the pages are rendered. */
const socialImages = new Map<string, string>();
/** Social JPEGs being written: only for pages that are rendered, so a draft's image is not published. */
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

/**
 * Images: every <img> the site's pages hold (from Markdown or a layout) is
 * turned by Eleventy Image's HTML transform into a <picture> of AVIF, WebP and
 * JPEG at several widths, with width, height, srcset and sizes, lazy-loaded
 * unless the <img> says otherwise (a page's lead image is eager). Files go to
 * /assets/images/generated/, named by a hash of their contents.
 */
export default function images(eleventyConfig: UserConfig): void {
  const htmlTransformer = htmlTransformerOf(eleventyConfig);
  // The transform re-writes every page through posthtml, which would turn `hidden` into `hidden=""`: keep boolean attributes bare.
  htmlTransformer.setPosthtmlProcessOptions({ recognizeNoValueAttribute: true });
  // Parsing and re-writing a page through posthtml costs about a millisecond: on a page with no <img> the image
  // transform has nothing to do, so unless a URL transform applies (as `renderTransforms` in the feed asks), skip it.
  // Eleventy offers no hook for this: its own method is replaced, which htmlTransformerOf checked is still there.
  const transformContent = htmlTransformer.transformContent.bind(htmlTransformer);
  htmlTransformer.transformContent = (outputPath, content, context) => {
    const extension = typeof outputPath === "string" ? path.extname(outputPath).slice(1) : "";
    if (!content.includes("<img") && htmlTransformer.getCallbacks(extension, context).length === 0)
      return Promise.resolve(content);
    return transformContent(outputPath, content, context);
  };
  eleventyConfig.addPlugin(eleventyImageTransformPlugin, {
    urlPath: IMAGE_URL_PATH,
    widths: IMAGE_WIDTHS,
    formats: [...IMAGE_FORMATS],
    // Written into the build as in production, also under `npm start`, so that the link check finds every file.
    transformOnRequest: false,
    failOnError: true,
    // Eleventy Image's own names, noted so that a production build can remove the images it no longer uses.
    filenameFormat: usedImageFilename,
    htmlOptions: { imgAttributes: { loading: "lazy", decoding: "async", sizes: IMAGE_SIZES } },
  });

  let contentImages: FrontMatterImages | undefined;
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles: string[]) => contentImages?.changed(changedFiles));
  // Before the pages are rendered, so that a template filter (which cannot wait) knows each social image's URL.
  // Only the URL and size: the file is written when a page that is published asks for it.
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { input: string; output: string } }) => {
    socialImages.clear();
    socialWrites.clear();
    forgetUsedImages();
    outputDir = directories.output;
    contentImages ??= new FrontMatterImages(directories.input);
    for (const { inputPath, src } of contentImages.list()) {
      const { file, shown } = resolveImage(src, inputPath);
      if (socialImages.has(file)) continue;
      try {
        socialImages.set(file, socialJpeg((await Image(file, socialOptions(true))) as ImageResults));
      } catch (error) {
        throw new Error(
          `${path.relative(process.cwd(), inputPath)}: image.src: ${shown} could not be read as an image (${(error as Error).message})`,
        );
      }
    }
  });
  // Eleventy waits for this before the build counts as done (and scripts/build.ts publishes it).
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    // A production build starts from the last one's images (scripts/build.ts). Under `npm start` a rebuild
    // renders only some pages, so it cannot tell which images are no longer used.
    if (!buildsPreview()) removeUnusedImages(directories.output);
    const failures = (await Promise.all(socialWrites.values())).filter((failure) => failure !== undefined);
    if (failures.length) throw new Error(failures.map((failure) => failure.message).join("\n"));
  });

  eleventyConfig.addFilter("socialImageUrl", socialImageUrl);
  // A changed image rebuilds the site under `npm start`.
  const { input } = eleventyConfig.directories as { input: string };
  eleventyConfig.addWatchTarget(`${input}**/*.{${IMAGE_EXTENSIONS.join(",")}}`);
}
