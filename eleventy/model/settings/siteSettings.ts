import { existsSync } from "node:fs";
import path from "node:path";
import { ContentError } from "../frontMatter/contentProblem.ts";
import { readSettingsFile } from "./readSettingsFile.ts";
import { siteSettingsSchema, type SiteSettings } from "./siteSettingsSchema.ts";

export const SITE_SETTINGS_FILE = "content/settings/site.yml";

/** Every page is in British English: for the `lang` attribute, feeds and search. Not a setting: the site's words are. */
const LANGUAGE = "en-GB";

/** The site's settings, read and checked; a mistake stops the build with the file's line and what was expected. */
export function siteSettings(root = "."): SiteSettings {
  const { data, lineOf, problems } = readSettingsFile(
    root,
    SITE_SETTINGS_FILE,
    siteSettingsSchema,
    "The site's settings file is missing. Restore it from the repository's history.",
  );
  for (const [index, name] of (data?.homeCampaigns ?? []).entries()) {
    if (!existsSync(path.join(root, "content/campaigns", name, "index.md"))) {
      problems.push({
        file: SITE_SETTINGS_FILE,
        line: lineOf(["homeCampaigns", index]),
        message: `homeCampaigns: there is no campaign "${name}" (no file content/campaigns/${name}/index.md). Write the name of a folder in content/campaigns/, or delete the line.`,
      });
    }
  }
  if (problems.length || !data) throw new ContentError(problems);
  return { ...data, language: LANGUAGE };
}
