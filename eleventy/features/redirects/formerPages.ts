import { existsSync } from "node:fs";
import path from "node:path";
import { contentTypeOf, contentTypes } from "../../registry/contentTypes.ts";
import { parseFrontMatter } from "../../model/frontMatter/parseFrontMatter.ts";
import { splitContentFile } from "../../model/frontMatter/splitContentFile.ts";
import { addressOf } from "../../registry/pageAddress.ts";
import { publicationStatus } from "../../registry/publicationStatus.ts";
import { reservedAddressAt } from "../../registry/reservedAddresses.ts";
import { contentFates, type Fate } from "./contentFates.ts";
import { missingHistory } from "./gitRepository.ts";
import { contentChanges } from "./historyCache.ts";
import { readOldVersions, versionBefore } from "./oldVersions.ts";

/** An address the site published once, for a file that has since been renamed or deleted. */
export interface FormerPage {
  address: string;
  /** Its title then, for the page that says it was removed. */
  title: string | undefined;
  /** The file it was built from, relative to the project: content/news/2018-11-26-x.md. */
  file: string;
  /** Where that file is now: moved to a file of today's content/, or removed. */
  fate: Fate;
}

export type PageHistory = { pages: FormerPage[] } | { missing: string };

/**
 * Every address that a renamed or deleted content file was published at, from the repository's history: one `git log`
 * for every change (of the commits since the last build, with the cache of historyCache.ts), one `git cat-file` for every file's last version, however many there are. The address is worked
 * out from that version's path and front matter by today's registry (pageAddress.ts), as today's pages' are. A file
 * that was a draft, or a news article not yet due, when it moved or went was never at its address, and gives none.
 * When one address was several files' over the years, the newest is the one that counts.
 */
export function readPageHistory(root: string): PageHistory {
  const missing = missingHistory(root);
  if (missing) return { missing };
  const changes = contentChanges(root);
  const former = contentFates(changes, (file) => existsSync(path.join(root, file))).filter(
    (file) => file.path.endsWith(".md") && contentTypeOf(path.join(root, file.path)) !== undefined,
  );
  const texts = readOldVersions(
    root,
    former.map((file) => versionBefore(file.commit, file.path)),
  );
  const pages = new Map<string, FormerPage>();
  for (const file of former) {
    const text = texts.get(versionBefore(file.commit, file.path));
    const frontMatter = text === undefined ? undefined : splitContentFile(text).frontMatter;
    if (frontMatter === undefined) continue;
    const { data } = parseFrontMatter(frontMatter);
    const inputPath = path.join(root, file.path);
    // A campaign page's status also hangs on its hub's as it is today, which says nothing of the day it moved.
    const type = contentTypeOf(inputPath);
    const page = type && contentTypes[type].place === "campaignPage" ? undefined : { inputPath };
    if (publicationStatus({ draft: data["draft"], date: data["date"], page }, file.time).state !== "published") continue;
    const address = addressOf(inputPath, data);
    // An address the site keeps for itself (/assets/…, /search/) is the site's now, whatever content once took it.
    if (!address || pages.has(address) || reservedAddressAt(address)) continue;
    const title = typeof data["title"] === "string" ? data["title"] : undefined;
    pages.set(address, { address, title, file: file.path, fate: file.fate });
  }
  return { pages: [...pages.values()] };
}
