import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { headersFor, parseHeadersFile } from "../../core/headersFile.ts";
import { ADMIN_URL } from "../../core/siteFolders.ts";

/**
 * How `npm start` serves /admin/: with the headers the built _headers gives it,
 * as a CDN would, so that the CMS is tried under its own Content-Security-Policy;
 * and without the dev server's live-reload script, which would reload the CMS,
 * losing what is being typed, whenever the CMS's own commits change content/.
 * The dev server adds that script to every HTML page it sends as text, not to a
 * Response it is handed. The dev server's `onRequest` handlers, by path; `output` is the folder Eleventy writes.
 */
export function adminUnderNpmStart(output: () => string): Record<string, () => Response | undefined> {
  const adminPage = () => {
    const page = path.join(output(), ADMIN_URL, "index.html");
    if (!existsSync(page)) return undefined; // not built yet: the dev server answers as it would
    const rules = parseHeadersFile(readFileSync(path.join(output(), "_headers"), "utf8"));
    const headers = { ...Object.fromEntries(headersFor(rules, ADMIN_URL)), "Content-Type": "text/html; charset=utf-8" };
    return new Response(readFileSync(page), { headers });
  };
  return { [ADMIN_URL]: adminPage, [`${ADMIN_URL}index.html`]: adminPage };
}
