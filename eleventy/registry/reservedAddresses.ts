import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { GENERATED_PAGE_FOLDERS, INCLUDES_FOLDER } from "../core/contentPaths.ts";
import { ADMIN_URL, COPIED_FOLDERS, HASHED_FOLDERS, PAGEFIND_FOLDER, PREVIEWS_FOLDER } from "../core/siteFolders.ts";
import { splitContentFile } from "../model/frontMatter/splitContentFile.ts";
import { contentTypeNames, contentTypes } from "./contentTypes.ts";
import { topicPageUrl } from "./topics.ts";

/** An address of the built site that code fills, which no content may take. */
export interface ReservedAddress {
  /** A page's address (/search/), a file's (/robots.txt), or a folder's (/assets/), always starting with /. */
  address: string;
  /** Whether everything under the address is the site's too: a folder no kind of content publishes pages in. */
  folder: boolean;
  /** What the site keeps there, in editors' words: `the site's own page "Search"`. */
  what: string;
}

/*
 * Where these come from: the permalinks of the pages the site makes itself (the front matter of _includes/pages/*.njk
 * and _includes/feeds/*.njk, which plugins/generatedPages.ts adds to the build), and the folders of the built site that
 * code fills (core/siteFolders.ts). A generated page's top folder is the site's as a whole (/search/, /contact/…),
 * except where a kind of content publishes its own pages (/news/2018/11/…, /events/…, /topics/<topic>/): there, only
 * the generated pages' own addresses are kept.
 */

/** The folders of the built site that code fills, and what they hold. */
const CODE_FOLDERS: Array<[string[], string]> = [
  [
    [...HASHED_FOLDERS, ...COPIED_FOLDERS],
    "the site's own stylesheets, scripts and pictures (browsers and CDNs keep them for a year)",
  ],
  [[ADMIN_URL], "the CMS for staff"],
  [[PAGEFIND_FOLDER], "the search index"],
  [[PREVIEWS_FOLDER], "the previews of pull requests"],
];

/** `/assets/` for "assets/css", "/admin/" for "/admin/index.html"; undefined for an address at the top (/, /robots.txt). */
function topFolderOf(address: string): string | undefined {
  const first = /^\/?([^/]+)\//.exec(address)?.[1];
  return first === undefined ? undefined : `/${first}/`;
}

/** The top folders that a kind of content, or the topics, publish pages in: /news/, /events/, /topics/. */
function contentFolders(): Set<string> {
  const folders = new Set<string>();
  for (const name of contentTypeNames) {
    const type = contentTypes[name];
    // A campaign's pages are at /<campaign>/…, a folder of their own: they take none of the site's.
    if (type.place !== "folder") continue;
    const sample = type.permalink({ inputPath: `${type.folder}/x.md`, fileSlug: "x", date: new Date(0) });
    const folder = topFolderOf(sample);
    if (folder) folders.add(folder);
  }
  const topics = topFolderOf(topicPageUrl("x", 0));
  if (topics) folders.add(topics);
  return folders;
}

/** A generated page's title as far as it is written out: "News" of "News{% if … %} (page 2 of 3){% endif %}". */
function writtenTitle(data: Record<string, unknown> | null): string | undefined {
  const computed = data?.["eleventyComputed"] as Record<string, unknown> | undefined;
  const title = data?.["title"] ?? computed?.["title"];
  const written = typeof title === "string" ? title.split(/\{[{%]/)[0]!.trim() : "";
  return written || undefined;
}

/** The pages the site makes itself: each template's permalink as far as it is written out (/news/ of "/news/{% if … %}"). */
function generatedPages(root: string): Array<{ address: string; title: string | undefined }> {
  const pages: Array<{ address: string; title: string | undefined }> = [];
  for (const folder of GENERATED_PAGE_FOLDERS) {
    const templates = path.join(root, INCLUDES_FOLDER, folder);
    // A project without templates (a copy of content/ alone, as some tests make) generates no pages.
    if (!existsSync(templates)) continue;
    for (const name of readdirSync(templates)
      .filter((file) => file.endsWith(".njk"))
      .sort()) {
      const { frontMatter } = splitContentFile(readFileSync(path.join(templates, name), "utf8"));
      const data = (frontMatter === undefined ? {} : parse(frontMatter)) as Record<string, unknown> | null;
      const permalink = data?.["permalink"];
      if (typeof permalink !== "string") continue;
      // A permalink made wholly of data ("{{ moved.from }}", a topic's or an event's address) is content's own.
      const written = permalink.split(/\{[{%]/)[0]!;
      if (!written.startsWith("/")) continue;
      pages.push({ address: written, title: writtenTitle(data) });
    }
  }
  return pages;
}

const known = new Map<string, ReservedAddress[]>();

/**
 * Every address the site keeps for itself, read once for each project (under `npm start`, a change to a generated
 * page's template shows after a restart, as the page itself does: plugins/generatedPages.ts).
 */
export function reservedAddresses(root = "."): ReservedAddress[] {
  const key = path.resolve(root);
  const remembered = known.get(key);
  if (remembered) return remembered;
  const owned = contentFolders();
  const reserved = new Map<string, ReservedAddress>();
  const reserve = (entry: ReservedAddress) => {
    if (!reserved.has(entry.address)) reserved.set(entry.address, entry);
  };
  for (const [folders, what] of CODE_FOLDERS) {
    for (const folder of folders) {
      const top = topFolderOf(folder.startsWith("/") ? folder : `/${folder}/`)!;
      reserve({ address: top, folder: true, what: `the folder of ${what}` });
    }
  }
  for (const { address, title } of generatedPages(root)) {
    const page = address.replace(/\/index\.html$/, "/");
    const what = title
      ? `the site's own page "${title}"`
      : page.endsWith("/")
        ? "a page the site makes itself"
        : "a file the site makes itself";
    const top = topFolderOf(page);
    if (top && !owned.has(top)) {
      reserve({ address: top, folder: true, what: top === page ? what : `the folder of ${what}, ${page}` });
    }
    reserve({ address: page, folder: false, what });
  }
  const list = [...reserved.values()];
  known.set(key, list);
  return list;
}

/** The reserved address that `address` (of a page, a redirect or a topic) would take, if any. */
export function reservedAddressAt(address: string, root = "."): ReservedAddress | undefined {
  // Empty parts of an address (a campaign folder whose name has no letters: "//") are no parts.
  const normal = address.replace(/\/{2,}/g, "/").replace(/\/index\.html$/, "/");
  return reservedAddresses(root).find((reserved) =>
    reserved.folder ? normal.startsWith(reserved.address) : normal === reserved.address,
  );
}
