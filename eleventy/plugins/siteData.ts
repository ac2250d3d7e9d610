import type UserConfig from "@11ty/eleventy/UserConfig";
import cacheControl from "../features/headers/cacheControl.json" with { type: "json" };
import { metaContentSecurityPolicy } from "../features/headers/metaContentSecurityPolicy.ts";
import securityHeaders from "../features/headers/securityHeaders.json" with { type: "json" };
import { siteSettings, SITE_SETTINGS_FILE } from "../model/settings/siteSettings.ts";

/**
 * The data every template sees: the editors' settings (content/settings/site.yml, checked on every build) and the
 * web team's HTTP headers (eleventy/features/headers/), which are code, not content.
 */
export default function siteData(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("site", () => siteSettings());
  eleventyConfig.addGlobalData("securityHeaders", securityHeaders);
  eleventyConfig.addGlobalData(
    "metaContentSecurityPolicy",
    metaContentSecurityPolicy(securityHeaders["Content-Security-Policy"]),
  );
  eleventyConfig.addGlobalData("cacheControl", cacheControl);
  eleventyConfig.addWatchTarget(SITE_SETTINGS_FILE);
}
