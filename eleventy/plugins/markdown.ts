import type UserConfig from "@11ty/eleventy/UserConfig";
import { createMarkdown } from "../features/markdown/createMarkdown.ts";

/** Markdown is the site's own markdown-it: no HTML, pictures checked and made responsive, links' addresses in print. */
export default function markdown(eleventyConfig: UserConfig): void {
  eleventyConfig.setLibrary("md", createMarkdown());
}
