import path from "node:path";
import { withoutFileNameDate } from "../core/contentPaths.ts";
import { pageDate } from "../core/dates.ts";
import { contentTypeOf, contentTypes } from "./contentTypes.ts";

/** Eleventy's fileSlug: the name without extension or leading YYYY-MM-DD-; the folder's name for an index.md. */
export function fileSlugOf(file: string): string {
  const name = path.basename(file, ".md");
  return name === "index" ? path.basename(path.dirname(file)) : withoutFileNameDate(name);
}

/**
 * The address a content file is published at, from its path and its front matter's `date:` (what Eleventy gives the
 * page), by its type's permalink in the registry: the same code for today's files and for a file's version in the
 * repository's history. Undefined for a file in no type's folder, or without a date.
 */
export function addressOf(file: string, data: Record<string, unknown>): string | undefined {
  const type = contentTypeOf(file);
  const date = pageDate(data["date"]);
  if (!type || !date) return undefined;
  return contentTypes[type].permalink({ inputPath: file, fileSlug: fileSlugOf(file), date });
}
