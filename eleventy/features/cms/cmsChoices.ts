import path from "node:path";
import { contentTypeOf, labelOf } from "../../registry/contentTypes.ts";
import { CONTENT_FOLDER, contentPath } from "../../core/contentPaths.ts";
import { markdownPages } from "../contentFolder/markdownPages.ts";
import { readContentFile } from "../../model/frontMatter/readContentFile.ts";
import { siteSettings } from "../../model/settings/siteSettings.ts";
import { topicList } from "../../model/settings/topicList.ts";
import { campaignFolders } from "./cmsConfig.ts";
import type { FieldChoices } from "./decapFields.ts";

/**
 * What the CMS's form offers, read from content/ as the build reads it: the
 * topics of topics.yml, the teams of site.yml that own pages, and every page (drafts too, since a page being written
 * may link to another not yet published) for `related:`, by its file.
 */
export function cmsChoices(root = "."): FieldChoices {
  const pages = markdownPages(path.join(root, CONTENT_FOLDER)).flatMap((file) => {
    const type = contentTypeOf(file);
    if (!type) return [];
    const title = readContentFile(file).data["title"];
    const value = contentPath(file);
    return [{ label: `${labelOf(type, file)}: ${typeof title === "string" ? title : value}`, value }];
  });
  return { topics: topicList(root).map((topic) => topic.name), teams: siteSettings(root).teams, pages };
}

/** Each campaign's folder and its hub's title, which names its collections in the CMS. */
export function cmsCampaigns(root = "."): Array<{ folder: string; title: string }> {
  return campaignFolders(root).map((folder) => {
    const title = readContentFile(path.join(root, CONTENT_FOLDER, "campaigns", folder, "index.md")).data["title"];
    return { folder, title: typeof title === "string" ? title : folder };
  });
}
