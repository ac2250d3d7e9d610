import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "../frontMatter/contentProblem.ts";
import { parseFrontMatter } from "../frontMatter/parseFrontMatter.ts";
import { schemaProblems } from "../schemas/schemaProblems.ts";
import { siteSettingsSchema, type SiteSettings } from "./siteSettingsSchema.ts";

export const SITE_SETTINGS_FILE = "content/settings/site.yml";

/** Every page is in British English: for the `lang` attribute, feeds and search. Not a setting: the site's words are. */
const LANGUAGE = "en-GB";

/** The site's settings, read and checked; a mistake stops the build with the file's line and what was expected. */
export function siteSettings(root = "."): SiteSettings {
  const file = path.join(root, SITE_SETTINGS_FILE);
  if (!existsSync(file)) {
    throw new ContentError([
      { file: SITE_SETTINGS_FILE, message: "The site's settings file is missing. Restore it from the repository's history." },
    ]);
  }
  const parsed = parseFrontMatter(readFileSync(file, "utf8"), 1);
  const problems: ContentProblem[] = parsed.problems.map((problem) => ({ ...problem, file: SITE_SETTINGS_FILE }));
  const result = siteSettingsSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) problems.push(...schemaProblems(SITE_SETTINGS_FILE, siteSettingsSchema, result.error, parsed.lineOf));
  for (const [index, name] of (result.data?.homeCampaigns ?? []).entries()) {
    if (!existsSync(path.join(root, "content/campaigns", name, "index.md"))) {
      problems.push({
        file: SITE_SETTINGS_FILE,
        line: parsed.lineOf(["homeCampaigns", index]),
        message: `homeCampaigns: there is no campaign "${name}" (no file content/campaigns/${name}/index.md). Write the name of a folder in content/campaigns/, or delete the line.`,
      });
    }
  }
  if (problems.length || !result.success) throw new ContentError(problems);
  return { ...result.data, language: LANGUAGE };
}
