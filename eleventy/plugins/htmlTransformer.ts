import type UserConfig from "@11ty/eleventy/UserConfig";

/** Eleventy's HTML transformer (src/Util/HtmlTransformer.js), which its types leave out of UserConfig. */
export interface HtmlTransformer {
  setPosthtmlProcessOptions(options: Record<string, unknown>): void;
  getCallbacks(extension: string, context: unknown): unknown[];
  transformContent(outputPath: unknown, content: string, context: unknown): Promise<string>;
}

/** The Eleventy whose internals the site's use of the transformer was written against (package.json pins it). */
const WRITTEN_FOR = "3.1.8";
const METHODS = ["setPosthtmlProcessOptions", "getCallbacks", "transformContent"] as const;

/**
 * Eleventy's HTML transformer, once it is sure to have the methods the site
 * calls and replaces (images/index.ts). They are Eleventy's internals, not
 * its documented API, and may change in any release: without this check, a
 * change would show as a TypeError deep in a build, or, for the replaced
 * method, as a build that is quietly slower.
 */
export function htmlTransformerOf(eleventyConfig: UserConfig): HtmlTransformer {
  const transformer = (eleventyConfig as unknown as { htmlTransformer?: Record<string, unknown> }).htmlTransformer;
  const missing = METHODS.filter((method) => typeof transformer?.[method] !== "function");
  if (missing.length) {
    throw new Error(
      `eleventy/plugins/images.ts uses Eleventy's internal eleventyConfig.htmlTransformer as it was in Eleventy ${WRITTEN_FOR}, ` +
        `and this Eleventy's has no function ${missing.map((method) => `${method}()`).join(", ")}. ` +
        "Eleventy has changed: see how its src/Util/HtmlTransformer.js now works, then update eleventy/features/images/.",
    );
  }
  return transformer as unknown as HtmlTransformer;
}
