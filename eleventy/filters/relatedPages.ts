import path from "node:path";

export interface CollectionItem {
  url: string;
  inputPath: string;
  date: Date;
  data: Record<string, unknown> & { title?: string; description?: string; contentType?: string };
}

/**
 * Resolves a page's `related:` list (file paths inside content/) to the pages
 * themselves, so a link is written once and never goes stale. A path that
 * names no page stops the build, naming both files.
 */
export function relatedPages(references: string[] | undefined, all: CollectionItem[], fromInputPath: string): CollectionItem[] {
  const byPath = new Map(all.map((item) => [path.posix.normalize(item.inputPath).replace(/^(\.\/)?content\//, ""), item]));
  return (references ?? []).map((reference) => {
    const item = byPath.get(reference);
    if (!item) {
      const from = path.relative(process.cwd(), fromInputPath);
      throw new Error(
        `${from}: related: "${reference}" is not a page of this site. ` +
          `Write the path of a file inside content/, for example events/loneliness-summit.md, and check its spelling.`,
      );
    }
    return item;
  });
}
