import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { Parser } from "htmlparser2";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { timed } from "../buildTimings.ts";
import { buildsPreview } from "./drafts.ts";

export interface BrokenLink {
  /** The built page, relative to the output folder, such as news/index.html. */
  page: string;
  url: string;
  problem: string;
}

export interface LinkReport {
  pagesChecked: number;
  linksChecked: number;
  broken: BrokenLink[];
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  link: ["href"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  script: ["src"],
  iframe: ["src"],
  form: ["action"],
};
const SAFE_SCHEMES = /^(https?|mailto|tel):/i;

interface ParsedPage {
  ids: Set<string>;
  urls: string[];
}

function parsePage(html: string): ParsedPage {
  const page: ParsedPage = { ids: new Set(), urls: [] };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes["id"]) page.ids.add(attributes["id"]);
      for (const attribute of URL_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value === undefined) continue;
        if (attribute === "srcset")
          page.urls.push(...value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? ""));
        else page.urls.push(value.trim());
      }
    },
  });
  parser.end(html);
  return page;
}

/**
 * Every file of the built site, relative to it, with / between folders: read
 * once, so that no link costs a file system call. Pagefind's folder is left
 * out: the index is written after the check (pagefindIndex.ts), and no page
 * links into it.
 */
function siteFiles(root: string): Set<string> {
  const files = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const file = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory() && file !== "pagefind") walk(file);
      else if (entry.isFile()) files.add(file);
    }
  };
  walk("");
  return files;
}

/** The file a URL path is served from, as a static host would find it. */
function servedFile(files: Set<string>, urlPath: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath).replace(/^\/+/, "");
  } catch {
    return undefined;
  }
  const candidates = urlPath.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => files.has(path.posix.normalize(candidate)));
}

/**
 * Checks that every internal href and src in the built site names a file that
 * exists, every #fragment an element id on its page, and that no link uses a
 * script-running scheme such as javascript: or data:.
 *
 * It runs in every build, so it is made for thousands of pages: each page is
 * parsed once, the site's files are listed once, and a root-relative address
 * (the nav, the footer, listings) is resolved once, however many pages hold it.
 * `only` limits it to some pages (relative to root, such as news/index.html).
 */
export function checkInternalLinks(root: string, only?: Iterable<string>): LinkReport {
  const files = siteFiles(root);
  // Given `only` (the pages an incremental build wrote), just those pages' links are checked, against every file.
  const chosen = only ? new Set(only) : undefined;
  const htmlFiles = [...files].filter((file) => file.endsWith(".html") && (!chosen || chosen.has(file)));
  const pages = new Map(htmlFiles.map((file) => [file, parsePage(readFileSync(path.join(root, file), "utf8"))]));
  const idsOf = (file: string) => pages.get(file)?.ids ?? parsePage(readFileSync(path.join(root, file), "utf8")).ids;
  const report: LinkReport = { pagesChecked: pages.size, linksChecked: 0, broken: [] };
  /** Root-relative addresses already resolved: the same for every page. */
  const resolved = new Map<string, { pathname: string; hash: string; file: string | undefined }>();
  const resolve = (url: string, pageUrl: URL) => {
    const absolute = url.startsWith("/");
    let target = absolute ? resolved.get(url) : undefined;
    if (!target) {
      const { pathname, hash } = new URL(url, pageUrl);
      target = { pathname, hash, file: servedFile(files, pathname) };
      if (absolute) resolved.set(url, target);
    }
    return target;
  };

  for (const [file, { urls }] of pages) {
    const pageUrl = new URL(`/${file.replace(/index\.html$/, "")}`, "http://site.invalid");
    for (const url of urls) {
      report.linksChecked += 1;
      const broken = (problem: string) => report.broken.push({ page: file, url, problem });
      if (url === "" || url === "#") {
        broken("is empty: give the address of a page");
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !SAFE_SCHEMES.test(url)) {
        broken("uses a scheme that is not allowed: link to a web page (https://…) or a page of this site");
        continue;
      }
      if (SAFE_SCHEMES.test(url) || url.startsWith("//")) continue;

      const target = resolve(url, pageUrl);
      if (!target.file) {
        broken(`is not a page or file of this site: check the address`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && target.file.endsWith(".html") && !idsOf(target.file).has(fragment)) {
        broken(`points at #${fragment}, which is not a part of ${target.pathname}: check the part after #`);
      }
    }
  }
  return report;
}

/**
 * checkInternalLinks in a worker thread (linkCheckWorker.mjs), so that the
 * build's other work, Pagefind's indexing, goes on meanwhile on the other
 * core; in this thread if a worker cannot start.
 */
export function checkInternalLinksInWorker(root: string, only?: string[]): Promise<LinkReport> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./linkCheckWorker.mjs", import.meta.url), { workerData: { root, only } });
    } catch {
      resolve(checkInternalLinks(root, only));
      return;
    }
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`The link check stopped before it finished (exit code ${code})`)));
  });
}

/** The output folders built so far by this process: `npm start` builds one many times. */
const builds = new Set<string>();

/** Each output folder's link check in the latest build, for the search index to wait on. */
const checks = new Map<string, Promise<void>>();

/**
 * Settles when the latest build's link check of a folder has passed (or
 * rejects if it found a broken link): pagefindIndex.ts indexes the site
 * while the links are checked, but writes the index only after they pass,
 * so a broken site is never indexed.
 */
export function linksChecked(outputDir: string): Promise<void> {
  return checks.get(path.resolve(outputDir)) ?? Promise.resolve();
}

interface BuildResult {
  inputPath: string;
  outputPath: string | false;
}

/** Fails the build on a broken internal link, naming the content file that holds it. */
export default function internalLinks(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", ({ directories, results }: { directories: { output: string }; results: BuildResult[] }) => {
    const root = directories.output;
    const sourceOf = new Map(
      results
        .filter((result) => typeof result.outputPath === "string")
        .map((result) => [
          path
            .relative(root, result.outputPath as string)
            .split(path.sep)
            .join("/"),
          result.inputPath,
        ]),
    );
    // Under `npm start`, a rebuild after a save (Eleventy's --incremental) checks the pages it wrote, without holding
    // up the browser's reload; the production build checks them all.
    const incremental = buildsPreview() && builds.has(path.resolve(root));
    builds.add(path.resolve(root));
    const only = incremental ? [...sourceOf.keys()].filter((file) => file.endsWith(".html")) : undefined;
    const checking = timed("linkCheckSeconds", () => checkInternalLinksInWorker(root, only)).then(({ broken }) => {
      if (!broken.length) return;
      const lines = broken.map(({ page, url, problem }) => {
        const source = sourceOf.get(page)?.replace(/^\.\//, "") ?? `${root}/${page}`;
        return `${source}: the link "${url}" ${problem}`;
      });
      throw new Error(`Broken links: fix each one in the file named, then build again.\n${lines.join("\n")}`);
    });
    checks.set(path.resolve(root), checking);
    if (incremental) {
      // Not waited for, so that a save shows in the browser at once; a link it broke is reported a moment later (and
      // the search index waits for the check, pagefindIndex.ts). The production build waits, and fails.
      checking.catch((error: unknown) => console.error(`[links] ${(error as Error).message}`));
      return undefined;
    }
    return checking;
  });
}
