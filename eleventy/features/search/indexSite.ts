import * as pagefind from "pagefind";
import { PAGEFIND_FOLDER } from "../../core/siteFolders.ts";
import { stopPagefind } from "./pagefindProgram.ts";

/**
 * Indexes a built site with Pagefind's Node API and writes the index into its
 * pagefind/ folder: `npm start`'s index, made in the background. Returns the
 * number of pages indexed, once Pagefind's program has ended. (The production
 * build runs Pagefind's command instead: search/pagefindCommand.ts.)
 */
export async function indexSite(outputDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${outputDir}/${PAGEFIND_FOLDER}` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await index.deleteIndex();
    await stopPagefind();
  }
}
