/**
 * The pages a production build publishes from a content folder, each with its
 * file, type, address, date and front matter. They are read through the site's
 * own registry (eleventy/registry/contentTypes.ts) and publication rule (drafts and
 * scheduled news, eleventy/plugins/drafts.ts), so that the checks of the built
 * site can check every page editors have published, however many there are,
 * without naming any of them.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { contentTypeOf, contentTypes, type ContentTypeName } from "../../eleventy/registry/contentTypes.ts";
import { addressOf } from "../../eleventy/registry/pageAddress.ts";
import { readContentFile } from "../../eleventy/model/frontMatter/readContentFile.ts";
import { pageHistory } from "../../eleventy/registry/pageHistory.ts";
import { publicationStatus, type Withdrawal } from "../../eleventy/registry/publicationStatus.ts";
import { siteNow } from "../../eleventy/core/clock.ts";
import { pageDate } from "../../eleventy/core/dates.ts";

export interface PublishedPage {
  /** The Markdown file, such as content/news/2018-11-26-x.md. */
  file: string;
  type: ContentTypeName;
  /** Its address on the site, such as /news/2018/11/x/. */
  url: string;
  /** Its `date:`, which Eleventy gives the page (schemas/fields.ts requires it of every page). */
  date: Date;
  /** The day it last changed for readers: its newest update, or its withdrawal (registry/pageHistory.ts). */
  modified: Date;
  /** When and why it was withdrawn, if it has been: it is built, but in no listing, topic or feed. */
  withdrawn: Withdrawal | undefined;
  data: Record<string, unknown> & { title?: string; description?: string };
}

/** Every page built from `root` (README.md notes for editors are not pages), by file name. */
export function publishedPages(root = "content", now = siteNow()): PublishedPage[] {
  const pages: PublishedPage[] = [];
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(root, file).split(path.sep).join("/"))
    .filter((file) => file.endsWith(".md") && path.basename(file) !== "README.md")
    .sort();
  for (const file of files) {
    const type = contentTypeOf(file);
    if (!type) continue;
    const data = readContentFile(file).data;
    const date = pageDate(data["date"]);
    if (!date) continue; // the build refuses such a file, and says why
    const page = { inputPath: file };
    const status = publicationStatus({ ...data, page }, now);
    if (status.state !== "published") continue;
    const url = addressOf(file, data)!;
    pages.push({
      file,
      type,
      url,
      date,
      modified: pageHistory({ ...data, page }, now).modified,
      withdrawn: status.withdrawn,
      data,
    });
  }
  return pages;
}

/** The published pages of one type, withdrawn ones too, in their collection's order (news: newest first). */
export function publishedOfType(type: ContentTypeName, root = "content"): PublishedPage[] {
  return publishedPages(root)
    .filter((page) => page.type === type)
    .sort((a, b) => contentTypes[type].order({ ...a, inputPath: a.file }, { ...b, inputPath: b.file }));
}

/** The current pages of one type (published and not withdrawn), as listings and the feeds have them, in the same order. */
export function currentOfType(type: ContentTypeName, root = "content"): PublishedPage[] {
  return publishedOfType(type, root).filter((page) => !page.withdrawn);
}
