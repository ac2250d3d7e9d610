import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { cmsBackend, localProxyOrigin } from "../features/cms/cmsBackend.ts";
import { cmsCampaigns, cmsChoices } from "../features/cms/cmsChoices.ts";
import { cmsContentSecurityPolicy } from "../features/cms/cmsContentSecurityPolicy.ts";
import { cmsConfig } from "../features/cms/cmsConfig.ts";
import { bundlePreview, previewData } from "../features/cms/cmsPreview.ts";
import { adminUnderNpmStart } from "../features/cms/adminUnderNpmStart.ts";
import { startLocalProxy } from "../features/cms/localProxy.ts";
import { buildsPreview, isServing } from "../core/runMode.ts";
import { ADMIN_URL } from "../core/siteFolders.ts";
import { pathPrefix, siteUrl } from "../core/siteUrl.ts";

/** Decap CMS's prebuilt bundle: its main file, the parts it loads when they are needed, and its WebAssembly. */
const BUNDLE = "node_modules/decap-cms/dist";
const BUNDLE_FILES = "{decap-cms.js,*.decap-cms.js,*.wasm,decap-cms.js.LICENSE.txt}";

/**
 * The CMS at /admin/ (_includes/pages/admin.njk): Decap CMS served from the
 * site's own address, with its configuration made by each build from the
 * content-type registry (_includes/feeds/cms-config.njk, eleventy/features/cms/).
 * Under `npm start` it also runs Decap's local proxy, which edits the
 * working copy with no sign-in.
 */
export default function cmsAdmin(eleventyConfig: UserConfig): void {
  const preview = buildsPreview();
  const folder = ADMIN_URL.slice(1);
  eleventyConfig.addPassthroughCopy({ [`${BUNDLE}/${BUNDLE_FILES}`]: folder });
  // The site's own additions (assets/cms/site-cms.js, a module) and the YAML library they write front matter with,
  // the same as the build reads it with, as its browser build ships it.
  eleventyConfig.addPassthroughCopy({ "assets/cms": `${folder}site` });
  eleventyConfig.addPassthroughCopy({ "node_modules/yaml/browser": `${folder}site/yaml` });

  eleventyConfig.addGlobalData("cms", () => ({
    url: ADMIN_URL,
    // The admin page's own policy (_includes/feeds/headers.njk): it reaches the local proxy under `npm start` only.
    contentSecurityPolicy: cmsContentSecurityPolicy(preview ? localProxyOrigin() : undefined),
  }));
  // The configuration as JSON, which is YAML too: Decap reads /admin/config.yml. Made again by every build, so that
  // a new topic, page or campaign is offered by the next one.
  eleventyConfig.addGlobalData("cmsConfigJson", () =>
    JSON.stringify(
      // Under npm start, "View live" links to the local site, whatever its port: the address of /admin/'s own site.
      cmsConfig(cmsBackend(preview), cmsChoices(), cmsCampaigns(), { url: preview ? pathPrefix() : siteUrl() }),
      null,
      2,
    ),
  );

  // The preview pane's script (eleventy/features/cms/previewTemplates.ts), bundled by every build with the build's own
  // date and event functions and what it knows of the pages, so that it shows each page as its layout does.
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    await bundlePreview(path.join(directories.output, folder, "site", "page-preview.js"), previewData(cmsCampaigns()));
  });

  if (isServing()) {
    startLocalProxy(process.cwd(), cmsBackend(preview).branch);
    const output = () => (eleventyConfig.directories as { output?: string }).output ?? "_site";
    eleventyConfig.setServerOptions({ onRequest: adminUnderNpmStart(output) });
  }
}
