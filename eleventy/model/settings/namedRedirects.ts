import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "../frontMatter/contentProblem.ts";
import { readSettingsFile } from "./readSettingsFile.ts";
import { redirectsSchema, type NamedRedirectSetting } from "./redirectsSchema.ts";

export const REDIRECTS_FILE = "content/settings/redirects.yml";

/** An entry of the file, with the lines of its two fields, for the checks that need the built site's addresses. */
export interface NamedRedirect extends NamedRedirectSetting {
  fromLine: number | undefined;
  toLine: number | undefined;
}

/** The list as last read, and the file's size and time then: the content check and the build both ask for it. */
let read: { stamp: string; redirects: NamedRedirect[] } | undefined;

/**
 * The replacements editors name for old addresses, in content/settings/redirects.yml, checked as far as the file
 * alone can tell: each address written as one, no address listed twice, no entry that leads back to itself. Whether
 * `from` is a page today and `to` a page at all is known once the site's pages are (redirects/movedPages.ts).
 * No file means no replacements.
 */
export function namedRedirects(root = "."): NamedRedirect[] {
  const file = path.join(root, REDIRECTS_FILE);
  if (!existsSync(file)) return [];
  const stats = statSync(file);
  const stamp = `${path.resolve(file)}:${stats.size}:${stats.mtimeMs}`;
  if (read?.stamp === stamp) return read.redirects;
  const { data, lineOf, problems } = readSettingsFile(root, REDIRECTS_FILE, redirectsSchema, "");
  const redirects = (data?.redirects ?? []).map((entry, index) => ({
    ...entry,
    fromLine: lineOf(["redirects", index, "from"]),
    toLine: lineOf(["redirects", index, "to"]),
  }));
  problems.push(...listProblems(redirects));
  if (problems.length || !data) throw new ContentError(problems);
  read = { stamp, redirects };
  return redirects;
}

/** Mistakes in the list itself: an old address listed twice, or entries that lead round in a circle. */
function listProblems(redirects: NamedRedirect[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byFrom = new Map<string, NamedRedirect>();
  for (const entry of redirects) {
    const earlier = byFrom.get(entry.from);
    if (earlier) {
      problems.push({
        file: REDIRECTS_FILE,
        line: entry.fromLine,
        message: `from: ${entry.from} is listed twice (also on line ${earlier.fromLine}). Delete one of the two entries.`,
      });
    } else byFrom.set(entry.from, entry);
  }
  for (const entry of byFrom.values()) {
    // Follow the entries from this one: a chain that comes back to its start never reaches a page.
    const trail = [entry.from];
    let address = entry.to;
    while (!trail.includes(address)) {
      trail.push(address);
      const next = byFrom.get(address);
      if (!next) break;
      address = next.to;
    }
    if (address !== entry.from) continue;
    problems.push({
      file: REDIRECTS_FILE,
      line: entry.toLine,
      message: `to: ${entry.to} leads back to ${entry.from} (${[...trail, entry.from].join(" → ")}), so no page would ever be reached. Write the address of a page on the site today.`,
    });
  }
  return problems;
}
