import path from "node:path";
import Image from "@11ty/eleventy-img";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { IMAGE_EXTENSIONS } from "../core/contentPaths.ts";
import { buildsPreview } from "../core/runMode.ts";
import { FrontMatterImages } from "../features/images/frontMatterImages.ts";
import { IMAGE_SIZES, IMAGE_URL_PATH, IMAGE_WIDTHS, IMAGE_FORMATS } from "../features/images/options.ts";
import { forgetUsedImages, removeUnusedImages, usedImageFilename } from "../features/images/reusedImages.ts";
import { finishSocialImages, prepareSocialImages } from "../features/images/socialImages.ts";
import { htmlTransformerOf } from "./htmlTransformer.ts";

// Eleventy Image 6 (the last for Node 20) is CommonJS, and its inferred types miss this named export.
const { eleventyImageTransformPlugin } = Image as unknown as {
  eleventyImageTransformPlugin: (config: UserConfig, options: object) => void;
};

/** Pages with no <img> skip Eleventy's HTML transform, unless a URL transform applies. */
function transformOnlyPagesWithImages(eleventyConfig: UserConfig): void {
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
}

/**
 * Images: every <img> the site's pages hold (from Markdown or a layout) is
 * turned by Eleventy Image's HTML transform into a <picture> of AVIF, WebP and
 * JPEG at several widths, with width, height, srcset and sizes, lazy-loaded
 * unless the <img> says otherwise (a page's lead image is eager). Files go to
 * /assets/images/generated/, named by a hash of their contents. Front-matter
 * images also get a social JPEG (features/images/socialImages.ts).
 */
export default function images(eleventyConfig: UserConfig): void {
  transformOnlyPagesWithImages(eleventyConfig);
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
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { input: string; output: string } }) => {
    forgetUsedImages();
    contentImages ??= new FrontMatterImages(directories.input);
    await prepareSocialImages(directories.output, contentImages);
  });
  // Eleventy waits for this before the build counts as done (and scripts/build.ts publishes it).
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    // A production build starts from the last one's images (scripts/build.ts). Under `npm start` a rebuild
    // renders only some pages, so it cannot tell which images are no longer used.
    if (!buildsPreview()) removeUnusedImages(directories.output);
    await finishSocialImages();
  });

  // A changed image rebuilds the site under `npm start`.
  const { input } = eleventyConfig.directories as { input: string };
  eleventyConfig.addWatchTarget(`${input}**/*.{${IMAGE_EXTENSIONS.join(",")}}`);
}
