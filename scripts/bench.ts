/**
 * `npm run bench -- --pages N [--json FILE]`: how the site's build and pages
 * fare with N news articles. In a temporary copy of the project, beside the
 * real content, it writes N synthetic articles (scripts/bench/articles.ts),
 * then measures, each step three times (medians reported):
 *
 *   1. the production build (scripts/build.ts, as `npm run build`): wall time,
 *      peak memory of its process tree, and the Eleventy and Pagefind parts;
 *   2. the floor of this stack: a bare Eleventy build of the same Markdown with a one-line layout (the
 *      baseline), then a bare Pagefind run (its CLI) over what it wrote: the least any Eleventy + Pagefind
 *      site can cost (runs of 1 and 2 take turns, each once the disk has caught up, so that both meet the
 *      same machine);
 *   3. Pagefind alone, through its Node API, over the built site;
 *   4. in headless Chromium, opening /search/?q=<two words> to its first
 *      result: the bytes transferred (gzipped as a CDN would send them) and the time;
 *   5. an article page's HTML, CSS and JavaScript, gzipped, and its scripts;
 *   6. `npm start`: the time from saving an edited article to the server
 *      sending the changed page (skip with --no-edit).
 *
 * It prints a Markdown table with the budgets (docs/performance.md) and, with
 * --json FILE, writes the figures. Options: --runs N (3), --port N (4190), --keep (leave the copy),
 * --history N: the copy gets a git history of N commits that add the articles, with renames and deletions among them
 * (scripts/bench/history.ts), so that the build pays for the redirects it derives from history; each production build
 * then starts without the redirects' cache (a first deploy), and the table adds what reading the history cost, with
 * the cache and without (scripts/bench/historyOnly.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { HISTORY_CACHE } from "../eleventy/features/redirects/historyCache.ts";
import { TOPICS_FILE } from "../eleventy/model/settings/topicList.ts";
import { ProjectCopy } from "./lib/projectCopy.ts";
import { generateArticles, SEARCH_QUERY, topicsFileWith } from "./bench/articles.ts";
import { BASELINE_COMMAND, BARE_PAGEFIND_COMMAND, baselineProject } from "./bench/baseline.ts";
import { measurePageWeight, measureSearch } from "./bench/browser.ts";
import { writeHistory } from "./bench/history.ts";
import { measure, median, repeat, run, settleDisk, type Measured } from "./bench/measure.ts";
import { measureEdits } from "./bench/serveEdit.ts";
import { npmScriptNodeArgs } from "./lib/npmScript.ts";
import { withSiteInChromium } from "./lib/siteInChromium.ts";

/** The budgets of docs/performance.md. */
export const BUDGETS = {
  /** The whole production build, every check included, against the floor (issue 15). */
  buildOverFloor: 1.3,
  /** Its peak memory, Pagefind's program included, against the floor's. */
  memoryOverFloor: 1.2,
  articlePageBytes: 14 * 1024,
  articlePageScripts: 0,
  searchBytes: 300 * 1024,
  searchFirstResultMs: 1000,
  editSeconds: 2,
};

/** The real article of the site, whose page is weighed (it has an image, topics and related pages). */
const ARTICLE = {
  file: "content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md",
  url: "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/",
};

const { values } = parseArgs({
  options: {
    pages: { type: "string", default: "1000" },
    json: { type: "string" },
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "4190" },
    "no-edit": { type: "boolean", default: false },
    history: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const pages = Number(values.pages);
const historyCommits = values.history === undefined ? 0 : Number(values.history);
if (!Number.isInteger(historyCommits) || historyCommits < 0)
  throw new Error("--history must be a number of commits, such as 6000");
const runs = Number(values.runs);
const port = Number(values.port);
if (!Number.isInteger(pages) || pages < 1) throw new Error(`--pages must be a whole number of articles, such as 1000`);

const node = process.execPath;
const seconds = (value: number) => `${value.toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? "within" : "**over**");

console.error(`Benchmark: ${pages} synthetic articles, each step ${runs} times.`);
const articles = generateArticles(pages);
const project = new ProjectCopy("site-bench-");
const history = historyCommits ? writeHistory(project.root, articles, historyCommits) : undefined;
if (!history) for (const article of articles) project.write(article.file, article.text);
project.write(TOPICS_FILE, topicsFileWith(project.read(TOPICS_FILE)));
const baselineRoot = baselineProject(articles);
const scratch = mkdtempSync(path.join(tmpdir(), "site-bench-timings-"));

try {
  // 1 and 2. The production build and the baseline, taking turns, each after the disk has settled: on a shared
  // machine both then meet the same conditions, and neither pays for the other's deleted files (see settleDisk).
  const productionBuild = async (number: number) => {
    const timingsFile = path.join(scratch, `build-${number}.json`);
    // A first deploy, or one whose cache CI lost: the whole history is read (historyOnly.ts measures the cached case).
    rmSync(path.join(project.root, HISTORY_CACHE), { force: true });
    const result = await measure(node, npmScriptNodeArgs(project.root, "build"), {
      cwd: project.root,
      env: { BENCH_TIMINGS_FILE: timingsFile },
    });
    if (!result.ok) throw new Error(`The production build failed:\n${result.output}`);
    const timings = JSON.parse(readFileSync(timingsFile, "utf8")) as Record<string, number>;
    return {
      ...result,
      pagefind: timings["pagefindSeconds"] ?? 0,
      linkCheck: timings["linkCheckSeconds"] ?? 0,
      redirects: timings["redirectsSeconds"] ?? 0,
    };
  };
  /** The floor: bare Eleventy, then bare Pagefind over its output, one after the other as a build would. */
  const floorBuild = async () => {
    const eleventy = await measure(node, BASELINE_COMMAND, { cwd: baselineRoot });
    if (!eleventy.ok) throw new Error(`The baseline build failed:\n${eleventy.output}`);
    const search = await measure(node, BARE_PAGEFIND_COMMAND, { cwd: baselineRoot });
    if (!search.ok) throw new Error(`Bare Pagefind failed:\n${search.output}`);
    return {
      eleventy,
      seconds: eleventy.seconds + search.seconds,
      peakMemoryMB: Math.max(eleventy.peakMemoryMB, search.peakMemoryMB),
    };
  };
  const builds: Array<Awaited<ReturnType<typeof productionBuild>>> = [];
  const floors: Array<Awaited<ReturnType<typeof floorBuild>>> = [];
  for (let number = 1; number <= runs; number++) {
    await settleDisk(project.root);
    builds.push(await run(`production build: run ${number} of ${runs}`, () => productionBuild(number)));
    rmSync(path.join(baselineRoot, "_site"), { recursive: true, force: true });
    await settleDisk(project.root);
    floors.push(await run(`floor (bare Eleventy, then bare Pagefind): run ${number} of ${runs}`, floorBuild));
  }
  const baselines: Measured[] = floors.map((floor) => floor.eleventy);
  // The build prints only what editors must fix, so its pages are counted in what it wrote.
  const builtPages = readdirSync(path.join(project.root, "_site"), { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".html"),
  ).length;

  // 3. Pagefind on its own.
  const indexes = await repeat(runs, "Pagefind alone", async () => {
    const result = await measure(node, ["scripts/run.js", "scripts/bench/indexOnly.ts", "_site"], { cwd: project.root });
    if (!result.ok) throw new Error(`Pagefind failed:\n${result.output}`);
    return JSON.parse(result.output.trim().split("\n").at(-1)!) as { seconds: number; pages: number };
  });

  // The redirects' reading of history, with its cache and without.
  const historyCosts = history
    ? await repeat(runs, "redirects from history", async () => {
        const result = await measure(node, ["scripts/run.js", "scripts/bench/historyOnly.ts"], { cwd: project.root });
        if (!result.ok) throw new Error(`Reading the history failed:\n${result.output}`);
        return JSON.parse(result.output.trim().split("\n").at(-1)!) as Record<string, number>;
      })
    : [];

  // 4 and 5. In the browser, from the site as a CDN would serve it.
  const { searches, weights } = await withSiteInChromium({ cwd: project.root, port }, async (browser, server) => ({
    searches: await repeat(runs, "search in Chromium", () => measureSearch(browser, server.url, SEARCH_QUERY)),
    weights: await repeat(runs, "article page weight", () => measurePageWeight(browser, `${server.url}${ARTICLE.url}`)),
  }));

  // 6. npm start.
  const edits = !values["no-edit"] ? await measureEdits(project.root, ARTICLE, port + 1, runs) : undefined;

  const result = {
    pages,
    eleventySeconds: median(builds.map((build) => build.seconds - build.pagefind)),
    baselineSeconds: median(baselines.map((baseline) => baseline.seconds)),
    searchIndexSeconds: median(indexes.map((index) => index.seconds)),
    totalBuildSeconds: median(builds.map((build) => build.seconds)),
    floorSeconds: median(floors.map((floor) => floor.seconds)),
    peakMemoryMB: Math.round(median(builds.map((build) => build.peakMemoryMB))),
    floorPeakMemoryMB: Math.round(median(floors.map((floor) => floor.peakMemoryMB))),
    searchBytes: Math.round(median(searches.map((search) => search.bytes))),
    searchFirstResultMs: Math.round(median(searches.map((search) => search.firstResultMs))),
    articlePageBytes: Math.round(median(weights.map((weight) => weight.bytes))),
  };
  const ratio = result.eleventySeconds / result.baselineSeconds;
  const buildRatio = result.totalBuildSeconds / result.floorSeconds;
  const memoryRatio = result.peakMemoryMB / result.floorPeakMemoryMB;
  const scripts = Math.max(...weights.map((weight) => weight.scripts));
  const editSeconds = edits ? median(edits.editSeconds) : undefined;
  const searchFiles = searches[0]!.transfers;
  const pagefindBytes = searchFiles
    .filter((transfer) => new URL(transfer.url).pathname.startsWith("/pagefind/"))
    .reduce((sum, transfer) => sum + transfer.bytes, 0);

  const rows = [
    ["Articles generated (HTML pages written by the build)", `${pages} (${builtPages} pages)`, "", ""],
    [
      "Production build (`npm run build`, every check), wall time",
      `${seconds(result.totalBuildSeconds)} (${buildRatio.toFixed(2)}× floor)`,
      `≤ ${BUDGETS.buildOverFloor}× floor; linear in pages`,
      verdict(buildRatio <= BUDGETS.buildOverFloor),
    ],
    ["… of which Eleventy (all but Pagefind)", `${seconds(result.eleventySeconds)} (${ratio.toFixed(2)}× baseline)`, "", ""],
    [
      "… of which the internal link check, once every page was written (each page's links are read as Eleventy renders it)",
      seconds(median(builds.map((build) => build.linkCheck))),
      "",
      "",
    ],
    [
      "… of which Pagefind (its command, once the links have passed)",
      seconds(median(builds.map((build) => build.pagefind))),
      "",
      "",
    ],
    ...(history
      ? [
          [
            `… of which the redirects from history (${historyCosts[0]!["commits"]} commits, ${history.renames} renames, ${history.deletions} deletions, ${historyCosts[0]!["formerPages"]} former pages), no cache`,
            seconds(median(builds.map((build) => build.redirects))),
            "",
            "",
          ],
          [
            "Redirects from history alone: its git log; no cache; cache at HEAD; cache one commit behind",
            ["gitLog", "cold", "cached", "oneCommit"]
              .map((key) => seconds(median(historyCosts.map((cost) => cost[key]!))))
              .join("; "),
            "grows with new commits only",
            "",
          ],
        ]
      : []),
    [
      "Production build, peak memory (process tree, Pagefind's program included)",
      `${result.peakMemoryMB} MB (${memoryRatio.toFixed(2)}× floor)`,
      `≤ ${BUDGETS.memoryOverFloor}× floor`,
      verdict(memoryRatio <= BUDGETS.memoryOverFloor),
    ],
    ["Floor: bare Eleventy, then bare Pagefind, wall time", seconds(result.floorSeconds), "", ""],
    ["… of which bare Eleventy (baseline)", seconds(result.baselineSeconds), "", ""],
    ["Floor: peak memory", `${result.floorPeakMemoryMB} MB`, "", ""],
    ["Pagefind alone (Node API)", `${seconds(result.searchIndexSeconds)} (${indexes[0]!.pages} pages indexed)`, "", ""],
    [
      `Search "${SEARCH_QUERY}": bytes to first result`,
      `${kb(result.searchBytes)} (Pagefind ${kb(pagefindBytes)}, ${searchFiles.length} requests)`,
      `≤ ${kb(BUDGETS.searchBytes)} (aim 150 KB)`,
      verdict(result.searchBytes <= BUDGETS.searchBytes),
    ],
    [
      "Search: time to first result",
      `${result.searchFirstResultMs} ms`,
      `≤ ${BUDGETS.searchFirstResultMs} ms`,
      verdict(result.searchFirstResultMs <= BUDGETS.searchFirstResultMs),
    ],
    [
      "Article page: HTML + CSS + JS, gzip",
      `${kb(result.articlePageBytes)} (${weights[0]!.transfers.length} files)`,
      `≤ ${kb(BUDGETS.articlePageBytes)}`,
      verdict(result.articlePageBytes <= BUDGETS.articlePageBytes),
    ],
    ["Article page: scripts", String(scripts), "0", verdict(scripts === BUDGETS.articlePageScripts)],
    ...(edits
      ? [
          ["`npm start`: first build, to the page served", seconds(edits.startSeconds), "", ""],
          [
            "`npm start`: saved edit to changed page served",
            seconds(editSeconds!),
            `≤ ${seconds(BUDGETS.editSeconds)}`,
            verdict(editSeconds! <= BUDGETS.editSeconds),
          ],
        ]
      : []),
  ];
  console.log(`\n| ${pages} articles, medians of ${runs} | value | budget | |\n| --- | --- | --- | --- |`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log("\nSearch transfers (first run):");
  for (const transfer of searchFiles) console.log(`  ${kb(transfer.bytes).padStart(9)}  ${new URL(transfer.url).pathname}`);

  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
    console.error(`Wrote ${values.json}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(baselineRoot, { recursive: true, force: true });
  if (values.keep) console.error(`Kept the project copy in ${project.root}`);
  else if (existsSync(project.root)) project.remove();
}
