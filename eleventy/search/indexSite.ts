import * as pagefind from "pagefind";
import { stopPagefind } from "./pagefindProgram.ts";

/**
 * Indexes a built site with Pagefind and writes the index into its pagefind/
 * folder, once `beforeWrite` has settled: if that rejects, nothing is written.
 * Returns the number of pages indexed (0 when nothing was written), once
 * Pagefind's program has ended.
 */
export async function indexSite(outputDir: string, beforeWrite: () => Promise<unknown> = async () => undefined): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const checksPassed = await beforeWrite().then(
      () => true,
      () => false,
    );
    // The build says what is wrong (a broken link): write no index of a broken site.
    if (!checksPassed) return 0;
    const written = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await index.deleteIndex();
    await stopPagefind();
  }
}
