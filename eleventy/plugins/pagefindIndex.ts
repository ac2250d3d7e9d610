import * as pagefind from "pagefind";
import type UserConfig from "@11ty/eleventy/UserConfig";

/** Indexes the built site with Pagefind after every build, so search works in `npm start` as well as in production. */
export async function indexSite(outputDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await index.deleteIndex();
  }
}

export default function pagefindIndex(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    await indexSite(directories.output.replace(/\/$/, ""));
  });
}
