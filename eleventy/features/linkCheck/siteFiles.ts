import { readdirSync } from "node:fs";
import path from "node:path";
import { PAGEFIND_FOLDER } from "../../core/siteFolders.ts";

/**
 * Every file of the built site, relative to it, with / between folders: read
 * once, so that no link costs a file system call. Pagefind's folder is left
 * out: the index is written after the check (plugins/linkCheckAndSearchIndex.ts),
 * and no page links into it.
 */
export function listSiteFiles(root: string): Set<string> {
  const files = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const file = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory() && file !== PAGEFIND_FOLDER) walk(file);
      else if (entry.isFile()) files.add(file);
    }
  };
  walk("");
  return files;
}
