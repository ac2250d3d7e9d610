import type { CollectionItem } from "../../core/collectionItem.ts";
import { projectPath } from "../../core/contentPaths.ts";
import { newestFirst } from "../../core/pageOrder.ts";
import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { readContentFile } from "../../model/frontMatter/readContentFile.ts";
import { FEATURED_MAX } from "../../model/schemas/newsArticleSchema.ts";
import { fieldsOf, jsonSchemaOf } from "../../model/schemas/jsonSchema.ts";
import { contentTypeOf, contentTypes } from "../../registry/contentTypes.ts";
import { pageHistory } from "../../registry/pageHistory.ts";
import { publicationStatus } from "../../registry/publicationStatus.ts";
import { markdownPages } from "../contentFolder/markdownPages.ts";

/*
 * Featured news: an editor's `featured: true` puts an article at the top of the home page and of the news page. Up
 * to FEATURED_MAX, the newest first: a fourth is left out, and every build and content check warns which.
 */

/** The featured articles of a list of current news, newest first: at most FEATURED_MAX of them. */
export function featuredArticles(news: CollectionItem[]): CollectionItem[] {
  return news.filter((item) => item.data["featured"] === true).slice(0, FEATURED_MAX);
}

/**
 * A warning for each featured article left out, because more than FEATURED_MAX current articles are featured: the
 * oldest, on its `featured:` line, naming the ones shown. Drafts, scheduled and withdrawn articles do not count.
 */
export function featuredWarnings(root: string, now?: Date): ContentProblem[] {
  const featured = markdownPages(root).flatMap((file) => {
    const type = contentTypeOf(file);
    // News: the type whose schema has the field (model/schemas/newsArticleSchema.ts).
    if (!type || !("featured" in fieldsOf(jsonSchemaOf(contentTypes[type].schema)))) return [];
    const parsed = readContentFile(file);
    const { data } = parsed;
    if (data["featured"] !== true || !(data["date"] instanceof Date)) return [];
    const page = { inputPath: file };
    if (publicationStatus({ ...data, page }, now).state !== "published") return [];
    if (pageHistory({ ...data, page }, now).withdrawn) return [];
    const item = { url: "", inputPath: file, date: data["date"], data: { ...data, title: String(data["title"] ?? "") } };
    return [{ item, line: parsed.lineOf(["featured"]) }];
  });
  if (featured.length <= FEATURED_MAX) return [];
  featured.sort((a, b) => newestFirst(a.item, b.item));
  const shown = featured.slice(0, FEATURED_MAX).map(({ item }) => projectPath(item.inputPath));
  return featured.slice(FEATURED_MAX).map(({ item, line }) => ({
    file: projectPath(item.inputPath),
    line,
    message:
      `featured: ${featured.length} news articles are featured, and the home page and the news page show the newest ${FEATURED_MAX}, ` +
      `so this one, older than them, is left out. Delete its featured: true, or the one of: ${shown.join(", ")}, that should make way for it.`,
  }));
}
