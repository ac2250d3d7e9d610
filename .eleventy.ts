import { EleventyHtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import rss from "@11ty/eleventy-plugin-rss";
import { RUNNING_COMPILED } from "./eleventy/core/nodeScript.ts";
import { isServing } from "./eleventy/core/runMode.ts";
import { COPIED_FOLDERS } from "./eleventy/core/siteFolders.ts";
import { pathPrefix } from "./eleventy/core/siteUrl.ts";
import { stopWhenParentEnds } from "./eleventy/core/stopWhenParentEnds.ts";
import { WATCH_OPTIONS } from "./eleventy/core/watchOptions.ts";
import cmsAdmin from "./eleventy/plugins/cmsAdmin.ts";
import collections from "./eleventy/plugins/collections.ts";
import contentFolderCheck from "./eleventy/plugins/contentFolderCheck.ts";
import contentPages from "./eleventy/plugins/contentPages.ts";
import contentValidation from "./eleventy/plugins/contentValidation.ts";
import drafts from "./eleventy/plugins/drafts.ts";
import filters from "./eleventy/plugins/filters.ts";
import generatedPages from "./eleventy/plugins/generatedPages.ts";
import hashedAssets from "./eleventy/plugins/hashedAssets.ts";
import images from "./eleventy/plugins/images.ts";
import linkCheckAndSearchIndex from "./eleventy/plugins/linkCheckAndSearchIndex.ts";
import markdown from "./eleventy/plugins/markdown.ts";
import notices from "./eleventy/plugins/notices.ts";
import redirects from "./eleventy/plugins/redirects.ts";
import siteData from "./eleventy/plugins/siteData.ts";
import statutoryPages from "./eleventy/plugins/statutoryPages.ts";

/**
 * The table of contents of the build. Each part is a plugin in eleventy/plugins/, the only code that takes Eleventy's
 * configuration; what they wire lives in the layers beneath (eleventy/README.md).
 */
export default function (eleventyConfig: UserConfig) {
  // `npm start` ends with the npm process that started it, however npm is ended.
  if (isServing()) stopWhenParentEnds();
  // First, before Eleventy reads a file: content/ holds words, pictures and settings, nothing that runs.
  eleventyConfig.addPlugin(contentFolderCheck);
  eleventyConfig.addPlugin(markdown);
  eleventyConfig.addPlugin(contentValidation);
  // Each Markdown file's type, address and layout, from the content-type registry (eleventy/registry/contentTypes.ts).
  eleventyConfig.addPlugin(contentPages);
  // The home page, listings, search, feeds and the rest: templates in _includes/pages/ and _includes/feeds/.
  eleventyConfig.addPlugin(generatedPages);
  eleventyConfig.addPlugin(siteData);
  // The accessibility statement, privacy and contact pages' data: the council's settings and the checks' figures.
  eleventyConfig.addPlugin(statutoryPages);
  eleventyConfig.addPlugin(drafts);
  // Before filters: the feed plugin brings its own absoluteUrl filter, which the site's must replace.
  eleventyConfig.addPlugin(rss);
  eleventyConfig.addPlugin(filters);
  eleventyConfig.addPlugin(collections);
  // A page at every address the site once published: renamed pages redirect, deleted ones say so (features/redirects/).
  eleventyConfig.addPlugin(redirects);
  // Notices at the top of the pages they cover, while they are up (content/settings/notices.yml).
  eleventyConfig.addPlugin(notices);
  // Every <img> becomes a <picture> of AVIF, WebP and JPEG; front-matter images get a social JPEG.
  eleventyConfig.addPlugin(images);

  // Under a path prefix (PATH_PREFIX, or SITE_URL's path: a preview, a GitHub Pages project address), every
  // root-relative link of the built HTML starts with it. Off, at no cost, when the site is at the root of its address.
  // (The feed plugin adds it too, for its renderTransforms filter; a plugin is added once.)
  eleventyConfig.addPlugin(EleventyHtmlBasePlugin);
  // CSS and JavaScript are published under names that carry a hash of their contents (plugins/hashedAssets.ts).
  eleventyConfig.addPlugin(hashedAssets);
  for (const folder of COPIED_FOLDERS) eleventyConfig.addPassthroughCopy(folder);
  // The CMS for staff at /admin/, its configuration made from the content-type registry (plugins/cmsAdmin.ts).
  eleventyConfig.addPlugin(cmsAdmin);
  // Last, for it reads each page as it is written: links are checked, and the search index is written only once they
  // have passed, so a broken site is never indexed.
  eleventyConfig.addPlugin(linkCheckAndSearchIndex);
  // Each content folder's README.md is a note for editors on GitHub, not a page.
  eleventyConfig.ignores.add("content/**/README.md");
  // Templates in content/ are refused before the build starts (plugins/contentFolderCheck.ts); were one to get past,
  // Eleventy would still not read it. The generated pages are virtual templates, which this does not touch.
  eleventyConfig.ignores.add("content/**/*.{njk,liquid,html,11ty.js,11ty.cjs,11ty.mjs}");
  eleventyConfig.addWatchTarget("eleventy/");
  // Eleventy reloads its configuration when the file it loaded changes; compiled (scripts/run.js), that file is in
  // .compiled/, which is git-ignored, so Eleventy does not watch it: the source stands for it.
  if (RUNNING_COMPILED) eleventyConfig.addWatchTarget("./.eleventy.ts", { resetConfig: true });
  // Under `npm start`, Eleventy would read the imports of JavaScript data files to watch them; there are none, and
  // eleventy/ is watched as a whole above.
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.setChokidarConfig(WATCH_OPTIONS);

  return {
    // Output is Eleventy's default, _site/, left unset so that scripts/build.ts can stage a build elsewhere.
    // Global data comes from code (plugins/siteData.ts), never from files: Eleventy runs JavaScript it finds in its data
    // folder, so that folder is one that does not exist, outside content/.
    dir: { input: "content", includes: "../_includes", data: "../eleventy/no-data-files" },
    pathPrefix: pathPrefix(),
    // Markdown is Markdown only: not run through Nunjucks first, so that content cannot run template code, and no
    // article's text is compiled as a template (at thousands of articles, that compiling was seconds of every build).
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    // Nunjucks for the generated pages only: a .njk file in content/ is refused before the build reads it.
    templateFormats: ["md", "njk"],
  };
}
