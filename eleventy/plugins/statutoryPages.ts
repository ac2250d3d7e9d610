import type UserConfig from "@11ty/eleventy/UserConfig";
import { siteNow } from "../core/clock.ts";
import { readCheckReports } from "../features/checkReports/checkReports.ts";
import { formatProblem } from "../model/frontMatter/contentProblem.ts";
import { ACCESSIBILITY_SETTINGS_FILE, accessibilitySettings } from "../model/settings/accessibilitySettings.ts";
import { CONTACT_SETTINGS_FILE, contactSettings } from "../model/settings/contactSettings.ts";
import { settingsWarnings } from "../model/settings/settingsWarnings.ts";

/**
 * The data of the statutory pages (_includes/pages/accessibility.njk, privacy.njk, contact.njk): the council's
 * contact details and the accessibility statement's dates (content/settings/), read on every build, and the figures
 * of the every-page checks (checkReports/), read once, as the build starts.
 *
 * The details still to be given are warned of once, as the configuration loads: once a production build, and once
 * an `npm start`, not again on each of its rebuilds. The pages themselves say how to reach the council meanwhile.
 */
export default function statutoryPages(eleventyConfig: UserConfig): void {
  for (const warning of settingsWarnings()) console.log(`Warning: ${formatProblem(warning)}`);
  eleventyConfig.addGlobalData("contact", () => contactSettings());
  eleventyConfig.addGlobalData("accessibility", () => accessibilitySettings());
  const checks = readCheckReports();
  eleventyConfig.addGlobalData("checks", checks);
  // The day this copy of the site was built, for the statement's figures while the checks have not run on it.
  eleventyConfig.addGlobalData("builtAt", siteNow());
  eleventyConfig.addWatchTarget(CONTACT_SETTINGS_FILE);
  eleventyConfig.addWatchTarget(ACCESSIBILITY_SETTINGS_FILE);
}
