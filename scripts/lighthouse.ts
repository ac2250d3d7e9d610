/**
 * `npm run lighthouse`: Lighthouse's four scores (performance, accessibility,
 * best practices, SEO) for the home, article, event and search pages of the
 * built site, served as a CDN would serve it (scripts/serve.ts, with the
 * production headers of _site/_headers). Run `npm run build` first. Needs
 * Chromium, found as the browser tests find it; runs offline.
 *
 *   npm run lighthouse [-- --port 4191] [-- --json FILE]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromiumCommand } from "./lib/chromium.ts";
import { startSiteServer } from "./lib/startSiteServer.ts";

const PAGES = {
  home: "/",
  article: "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/",
  event: "/events/loneliness-summit/",
  search: "/search/?q=loneliness",
};
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface LighthouseResult {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string }>;
}

const { values } = parseArgs({ options: { port: { type: "string", default: "4191" }, json: { type: "string" } } });
const chrome = chromiumCommand();
const server = await startSiteServer({ port: Number(values.port) });

const scratch = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
const results: Record<string, Record<string, number | null>> = {};
const lost: string[] = [];
try {
  for (const [name, urlPath] of Object.entries(PAGES)) {
    const report = path.join(scratch, `${name}.json`);
    // Lighthouse sometimes fails to record a trace (NO_NAVSTART) on a loaded machine: one more try.
    const lighthouse = () =>
      spawnSync(
        process.execPath,
        [
          "node_modules/lighthouse/cli/index.js",
          `${server.url}${urlPath}`,
          "--output=json",
          `--output-path=${report}`,
          `--only-categories=${CATEGORIES.join(",")}`,
          "--quiet",
          // Chromium as the browser tests start it: headless, and never reaching Google's services.
          `--chrome-flags=${chrome.flags}`,
        ],
        { env: { ...process.env, CHROME_PATH: chrome.path }, encoding: "utf8" },
      );
    let run = lighthouse();
    if (run.status !== 0) run = lighthouse();
    if (run.status !== 0) throw new Error(`Lighthouse failed on ${urlPath}:\n${run.stderr}`);
    const result = JSON.parse(readFileSync(report, "utf8")) as LighthouseResult;
    results[name] = Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        result.categories[category].score === null ? null : Math.round(result.categories[category].score * 100),
      ]),
    );
    // What cost points: every scored audit that did not pass.
    for (const [id, audit] of Object.entries(result.audits)) {
      if (audit.score !== null && audit.score < 1 && ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode)) {
        lost.push(
          `${name}: ${id} (${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ""}) scored ${Math.round(audit.score * 100)}`,
        );
      }
    }
  }
} finally {
  await server.stop();
  rmSync(scratch, { recursive: true, force: true });
}

console.log("| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |");
for (const [name, scores] of Object.entries(results)) {
  console.log(
    `| ${name} (${PAGES[name as keyof typeof PAGES]}) | ${CATEGORIES.map((category) => scores[category] ?? "n/a").join(" | ")} |`,
  );
}
console.log(
  lost.length ? `\nAudits that cost points:\n${lost.map((line) => `- ${line}`).join("\n")}` : "\nNo audit cost a point.",
);
if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
