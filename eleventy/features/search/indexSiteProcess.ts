/**
 * `npm start`'s search index, made in a process of its own (started by
 * indexInLowPriorityProcess.ts at the lowest CPU priority, which the Pagefind
 * program it starts inherits), so that it never slows the rebuild after a save.
 * Usage: node scripts/run.js eleventy/features/search/indexSiteProcess.ts <output folder>; prints the number of pages indexed.
 */
import { stopWhenParentEnds } from "../../core/stopWhenParentEnds.ts";
import { indexSite } from "./indexSite.ts";

// An index nobody will serve is not worth the cores: it stops with `npm start`.
stopWhenParentEnds();

const outputDir = process.argv[2];
if (!outputDir) throw new Error("Name the built site's folder, such as _site");
console.log(await indexSite(outputDir));
