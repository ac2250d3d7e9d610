import type UserConfig from "@11ty/eleventy/UserConfig";
import { pageDate } from "../core/dates.ts";
import { contentTypeOf, contentTypes, type PageLocation } from "../registry/contentTypes.ts";

/**
 * What makes a Markdown file in content/ a page: its type, its address and its
 * layout all come from the content-type registry (contentTypes.ts), by the
 * folder the file is in, so that content/ needs no data files (which Eleventy
 * would run as JavaScript) and a type is defined in one place.
 */
export default function contentPages(eleventyConfig: UserConfig): void {
  // No directory or template data files (*.11tydata.js, *.json beside a page): Eleventy would run them.
  eleventyConfig.setDataFileSuffixes([]);
  // A `date:` with a time of day (a news article published at 07:00) is London's time, as every time on the site is;
  // a date alone stays the day it names (core/dates.ts).
  eleventyConfig.addDateParsing((value: unknown) => pageDate(value));
  // Every content page's layout picks its type's own (_includes/layouts/content.njk); generated pages name their own.
  eleventyConfig.addGlobalData("layout", "layouts/content.njk");
  // A function-valued global is called once, and what it returns is the data: here, a permalink function.
  eleventyConfig.addGlobalData("permalink", () => (data: { page: PageLocation }) => {
    const type = contentTypeOf(data.page.inputPath);
    // A file in no type's folder is reported by the content check (plugins/contentValidation.ts).
    return type ? contentTypes[type].permalink(data.page) : false;
  });
  eleventyConfig.addGlobalData("eleventyComputed", {
    contentType: (data: { page: PageLocation }) => contentTypeOf(data.page.inputPath),
  });
}
