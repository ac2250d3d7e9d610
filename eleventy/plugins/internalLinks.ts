import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";
import type UserConfig from "@11ty/eleventy/UserConfig";

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

function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith(`pagefind${path.sep}`))
    .map((file) => file.split(path.sep).join("/"));
}

/** The file a URL path is served from, as a static host would find it. */
function servedFile(root: string, urlPath: string): string | undefined {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, "");
  const candidates = urlPath.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => {
    const full = path.join(root, candidate);
    return existsSync(full) && statSync(full).isFile();
  });
}

/**
 * Checks that every internal href and src in the built site names a file that
 * exists, every #fragment an element id on its page, and that no link uses a
 * script-running scheme such as javascript: or data:.
 */
export function checkInternalLinks(root: string): LinkReport {
  const pages = new Map(htmlFiles(root).map((file) => [file, parsePage(readFileSync(path.join(root, file), "utf8"))]));
  const idsOf = (file: string) => pages.get(file)?.ids ?? parsePage(readFileSync(path.join(root, file), "utf8")).ids;
  const report: LinkReport = { pagesChecked: pages.size, linksChecked: 0, broken: [] };

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

      const target = new URL(url, pageUrl);
      const targetFile = servedFile(root, target.pathname);
      if (!targetFile) {
        broken(`is not a page or file of this site: check the address`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith(".html") && !idsOf(targetFile).has(fragment)) {
        broken(`points at #${fragment}, which is not a part of ${target.pathname}: check the part after #`);
      }
    }
  }
  return report;
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
    const { broken } = checkInternalLinks(root);
    if (broken.length) {
      const lines = broken.map(({ page, url, problem }) => {
        const source = sourceOf.get(page)?.replace(/^\.\//, "") ?? `${root}/${page}`;
        return `${source}: the link "${url}" ${problem}`;
      });
      throw new Error(`Broken links: fix each one in the file named, then build again.\n${lines.join("\n")}`);
    }
  });
}
