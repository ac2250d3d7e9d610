/**
 * Pagefind on its own, through its Node API, over a built site: prints the
 * seconds it took and the pages it indexed, as JSON.
 *   node scripts/run.js scripts/bench/indexOnly.ts SITE_FOLDER
 */
import { indexSite } from "../../eleventy/features/search/indexSite.ts";

const site = process.argv[2];
if (!site) throw new Error("Usage: indexOnly.ts SITE_FOLDER");
const started = performance.now();
const pages = await indexSite(site);
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, pages }));
