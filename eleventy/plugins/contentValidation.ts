import type UserConfig from "@11ty/eleventy/UserConfig";
import { frontMatterEngines } from "../model/frontMatter/frontMatterEngines.ts";

/**
 * Front matter is read by the site's one YAML reader, and front matter in any other language is refused. Every page's
 * front matter is checked once a build, all together, before Eleventy reads a file (plugins/contentFolderCheck.ts):
 * checking each again as Eleventy renders it read every file a second time.
 */
export default function contentValidation(eleventyConfig: UserConfig): void {
  eleventyConfig.setFrontMatterParsingOptions({ language: "yaml", engines: frontMatterEngines() } as object);
}
