import { readdirSync, readFileSync } from "node:fs";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { GENERATED_PAGE_FOLDERS, INCLUDES_FOLDER } from "../core/contentPaths.ts";

/**
 * The site's pages that are made from code rather than written by editors:
 * Nunjucks templates kept in _includes/pages/ and _includes/feeds/, which the
 * web team reviews, added to the build as Eleventy 3 virtual templates so that
 * content/ holds no template an editor could change into code.
 *
 * Under `npm start`, a change to one of them shows after a restart: Eleventy reads
 * virtual templates with its configuration.
 */
export default function generatedPages(eleventyConfig: UserConfig): void {
  for (const folder of GENERATED_PAGE_FOLDERS) {
    for (const name of readdirSync(`${INCLUDES_FOLDER}/${folder}`).filter((file) => file.endsWith(".njk"))) {
      eleventyConfig.addTemplate(`${folder}/${name}`, readFileSync(`${INCLUDES_FOLDER}/${folder}/${name}`, "utf8"), {});
    }
  }
}
