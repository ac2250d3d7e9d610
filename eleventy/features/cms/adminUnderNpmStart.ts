import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { headersFor, parseHeadersFile } from "../../core/headersFile.ts";
import { ADMIN_URL } from "./cmsConfig.ts";

/**
 * How `npm start` serves /admin/: with the headers the built _headers gives it,
 * as a CDN would, so that the CMS is tried under its own Content-Security-Policy;
 * and without the dev server's live-reload script, which would reload the CMS,
 * losing what is being typed, whenever the CMS's own commits change content/.
 * The dev server adds that script to every HTML page it sends as text, not to a
 * Response it is handed.
 */
export function serveAdminUnderNpmStart(eleventyConfig: UserConfig): void {
  const adminPage = () => {
    const output = (eleventyConfig.directories as { output?: string }).output ?? "_site";
    const page = path.join(output, ADMIN_URL, "index.html");
    if (!existsSync(page)) return undefined; // not built yet: the dev server answers as it would
    const rules = parseHeadersFile(readFileSync(path.join(output, "_headers"), "utf8"));
    const headers = { ...Object.fromEntries(headersFor(rules, ADMIN_URL)), "Content-Type": "text/html; charset=utf-8" };
    return new Response(readFileSync(page), { headers });
  };
  eleventyConfig.setServerOptions({ onRequest: { [ADMIN_URL]: adminPage, [`${ADMIN_URL}index.html`]: adminPage } });
}
