import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { timed } from "../../core/buildTimings.ts";
import { buildsPreview } from "../../core/runMode.ts";
import { contentRootOf, GENERATED_PAGE_FOLDERS, projectPath } from "../../core/contentPaths.ts";
import { pathPrefix } from "../../core/siteUrl.ts";
import { formatProblem, printable, type ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { SITE_SETTINGS_FILE } from "../../model/settings/siteSettings.ts";
import { checkPageLinks, type BrokenLink, type SiteFiles } from "./checkInternalLinks.ts";
import type { PageLinks } from "./pageLinks.ts";
import { listSiteFiles } from "./siteFiles.ts";

/** What Eleventy's eleventy.after event says of each file a build wrote. */
export interface BuildResult {
  inputPath: string;
  outputPath: string | false;
}

export interface BuildLinkCheck {
  /** Settles once the links have passed; rejects, naming the content file of each broken link, if any is broken. */
  passed: Promise<void>;
  /**
   * Whether this is a rebuild after a save under `npm start` (Eleventy's --incremental), which checks only the pages
   * it wrote. The build does not fail on such a check's broken link: it reports it, and the browser shows the save.
   */
  incremental: boolean;
}

/** The output folders built so far by this process: `npm start` builds one many times. */
const builds = new Set<string>();

/** Each output folder's link check in its latest build. */
const latestChecks = new Map<string, Promise<void>>();

/**
 * Checks the internal links of the pages a build has just written to `root`
 * (`pages`, read as Eleventy rendered them). The production build, and the
 * first build of `npm start`, have written every page, and list the site's
 * files once; a later build of `npm start` wrote a few pages, whose links are
 * looked for on disk one by one rather than listing thousands of files.
 */
export function checkBuildLinks(root: string, pages: ReadonlyMap<string, PageLinks>, results: BuildResult[]): BuildLinkCheck {
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
  const incremental = buildsPreview() && builds.has(path.resolve(root));
  builds.add(path.resolve(root));
  const files: SiteFiles = incremental ? filesOnDisk(root) : listSiteFiles(root);
  const passed = timed("linkCheckSeconds", () => {
    const { broken } = checkPageLinks(root, pages, files);
    if (broken.length) throw brokenLinksError(broken, sourceOf);
  });
  latestChecks.set(path.resolve(root), passed);
  return { passed, incremental };
}

/** A site's files as the disk has them now, asked one at a time. */
function filesOnDisk(root: string): SiteFiles {
  return { has: (file) => statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile() ?? false };
}

/**
 * The latest build's link check of an output folder, settled if it has had
 * none: `npm start`'s background search index is made a while after the build
 * that asked for it, and waits on the check of the build that is latest then.
 */
export function latestLinkCheck(outputDir: string): Promise<void> {
  return latestChecks.get(path.resolve(outputDir)) ?? Promise.resolve();
}

/** The file an editor or the web team changes: a generated page's template is in _includes/, not where Eleventy says. */
function sourceFile(inputPath: string | undefined): string | undefined {
  const relative = inputPath === undefined ? undefined : projectPath(inputPath);
  const generated = GENERATED_PAGE_FOLDERS.find((folder) => relative?.startsWith(`content/${folder}/`));
  return generated ? relative!.replace(/^content\//, "_includes/") : relative;
}

/** A file's lines, read once however many of its links are broken. */
type Lines = (file: string) => string[] | undefined;

/**
 * The lines of a content file (or settings file) that write the link, from 1: where an editor fixes it. The built
 * page's address is the one written, but for the path prefix the build puts before it and the escapes markdown-it
 * puts in it; none when the file does not write it (the link is in a menu or listing the templates make).
 */
function linesWriting(lines: string[] | undefined, url: string): number[] {
  if (!lines) return [];
  const prefix = pathPrefix();
  const unprefixed = prefix !== "/" && url.startsWith(prefix) ? `/${url.slice(prefix.length)}` : url;
  const written = new Set([url, unprefixed, safeDecode(url), safeDecode(unprefixed)]);
  const found: number[] = [];
  for (const [index, line] of lines.entries()) {
    if ([...written].some((form) => line.includes(form))) found.push(index + 1);
  }
  return found;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * One problem a broken link, on the line of the content file that writes it (or of the menu in the site's
 * settings); a link that no content file writes is the templates' own (a listing's, a menu's), told once, with how
 * many pages hold it, rather than blamed on each page whose layout holds it.
 */
function brokenLinksError(broken: BrokenLink[], sourceOf: Map<string, string>): Error {
  const cache = new Map<string, string[] | undefined>();
  const linesOf: Lines = (file) => {
    if (!cache.has(file)) cache.set(file, existsSync(file) ? readFileSync(file, "utf8").split(/\r?\n/) : undefined);
    return cache.get(file);
  };
  const problems = new Map<string, ContentProblem>();
  const templates = new Map<string, { url: string; problem: string; pages: string[] }>();
  for (const { page, url, problem } of broken) {
    const inputPath = sourceOf.get(page);
    const source = sourceFile(inputPath);
    const written = inputPath?.endsWith(".md") ? linesWriting(linesOf(inputPath), url) : [];
    const settings = inputPath === undefined ? SITE_SETTINGS_FILE : path.join(contentRootOf(inputPath), "settings/site.yml");
    const inMenu = written.length ? [] : linesWriting(linesOf(settings), url);
    for (const line of written)
      problems.set(`${source}:${line}:${url}`, { file: source!, line, message: `the link "${url}" ${problem}` });
    for (const line of inMenu)
      problems.set(`${settings}:${line}:${url}`, {
        file: projectPath(settings),
        line,
        message: `the link "${url}" (in the menu, on every page) ${problem}`,
      });
    if (written.length || inMenu.length) continue;
    const key = `${url} ${problem}`;
    const known = templates.get(key) ?? { url, problem, pages: [] };
    known.pages.push(`/${page.replace(/(^|\/)index\.html$/, "$1")}`);
    templates.set(key, known);
  }
  const lines = [...problems.values()]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
    .map(formatProblem);
  for (const { url, problem, pages } of templates.values()) {
    const some = pages.slice(0, 3);
    const where =
      pages.length === 1 ? pages[0] : `${pages.length} pages, such as ${some.slice(0, -1).join(", ")} and ${some.at(-1)}`;
    lines.push(
      printable(
        `_includes/: the link "${url}" ${problem}. No content file writes it: the site's templates put it on ${where}, so it is for the web team to fix`,
      ),
    );
  }
  return new Error(`Broken links: fix each one in the file named, then build again.\n${lines.join("\n")}`);
}
