import { existsSync } from "node:fs";
import path from "node:path";
import type { CollectionItem } from "../../core/collectionItem.ts";
import { withdrawalOf } from "../../registry/publicationStatus.ts";

// Built once per build's collection rather than once per page: thousands of pages each call this.
const indexes = new WeakMap<CollectionItem[], Map<string, CollectionItem>>();

function indexByPath(all: CollectionItem[]): Map<string, CollectionItem> {
  let index = indexes.get(all);
  if (!index) {
    index = new Map(all.map((item) => [path.posix.normalize(item.inputPath).replace(/^(\.\/)?content\//, ""), item]));
    indexes.set(all, index);
  }
  return index;
}

/** What an editor is told about a `related:` entry that names no file: by the content check, and here if one gets past it. */
export function relatedNotFoundMessage(reference: string): string {
  return (
    `related: "${reference}" is not a page of this site. ` +
    "Write the path of a file inside content/, for example events/loneliness-summit.md, and check its spelling."
  );
}

/**
 * Resolves a page's `related:` list (file paths inside content/) to the pages
 * themselves, so a link is written once and never goes stale. A path that
 * names no file stops the build, naming both files. A withdrawn page is left
 * out: it is no longer current, and the page that names it need not change.
 */
export function relatedPages(references: string[] | undefined, all: CollectionItem[], fromInputPath: string): CollectionItem[] {
  const byPath = indexByPath(all);
  return (references ?? []).flatMap((reference) => {
    const item = byPath.get(reference);
    // A draft or scheduled page exists but is not published yet: link to it once it is.
    if (!item && existsSync(path.join("content", reference))) return [];
    if (!item) throw new Error(`${path.relative(process.cwd(), fromInputPath)}: ${relatedNotFoundMessage(reference)}`);
    return withdrawalOf(item.data) ? [] : [item];
  });
}
