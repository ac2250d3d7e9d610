import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Article } from "./articles.ts";

/**
 * The baseline: Eleventy 3 alone, building the same Markdown articles with a
 * one-line layout and no plugins, filters, collections or checks. What our
 * build costs beyond it is the cost of what the site does.
 */
export function baselineProject(articles: Article[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "site-baseline-"));
  symlinkSync(path.resolve("node_modules"), path.join(root, "node_modules"), "dir");
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  writeFileSync(
    path.join(root, "eleventy.config.js"),
    [
      'export default function (eleventyConfig) { eleventyConfig.addGlobalData("layout", "page.njk"); }',
      'export const config = { dir: { input: "content", includes: "_includes" } };',
      "",
    ].join("\n"),
  );
  mkdirSync(path.join(root, "content/_includes"), { recursive: true });
  writeFileSync(
    path.join(root, "content/_includes/page.njk"),
    '<!DOCTYPE html><html lang="en"><title>{{ title }}</title><main>{{ content | safe }}</main></html>\n',
  );
  mkdirSync(path.join(root, "content/news"), { recursive: true });
  for (const article of articles) writeFileSync(path.join(root, article.file), article.text);
  return root;
}

/** The command that builds it, run in its folder. */
export const BASELINE_COMMAND = ["node_modules/@11ty/eleventy/cmd.cjs", "--quiet"];

/** Pagefind's own command over what the baseline wrote, with its defaults: the floor's search index. */
export const BARE_PAGEFIND_COMMAND = ["node_modules/pagefind/lib/runner/bin.cjs", "--site", "_site", "--silent"];
