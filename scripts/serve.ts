/**
 * Serves the built site the way a CDN would: static files from _site/, with
 * the headers that _site/_headers gives each path. The browser tests use it,
 * so they see the same Content-Security-Policy as the public.
 *
 * A site built under a path prefix (PATH_PREFIX=/previews/pr-42/) is served
 * under it, as its host would: `--prefix /previews/pr-42/`.
 *
 *   node scripts/run.js scripts/serve.ts [--port 4173] [--dir _site] [--prefix /previews/pr-42/]
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import sirv from "sirv";
import { pathPrefix } from "../eleventy/core/siteUrl.ts";
import { stopWhenParentEnds } from "../eleventy/core/stopWhenParentEnds.ts";
import { headersFor, parseHeadersFile } from "../eleventy/core/headersFile.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4173" },
    dir: { type: "string", default: "_site" },
    // By default the build's own: PATH_PREFIX, or SITE_URL's path, as the build read them.
    prefix: { type: "string" },
  },
});
const prefix = pathPrefix(values.prefix);
const dir = values.dir;
if (!existsSync(`${dir}/index.html`)) {
  console.error(`Nothing to serve: ${dir}/index.html does not exist. Run "npm run build" first.`);
  process.exit(1);
}
const rules = existsSync(`${dir}/_headers`) ? parseHeadersFile(readFileSync(`${dir}/_headers`, "utf8")) : [];
const serveFiles = sirv(dir, { dev: true, etag: true });
const notFoundPage = existsSync(`${dir}/404.html`) ? readFileSync(`${dir}/404.html`) : "Not found";

const server = createServer((request, response) => {
  const notFound = () => {
    response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(notFoundPage);
  };
  const url = new URL(request.url ?? "/", "http://localhost");
  if (!url.pathname.startsWith(prefix)) return notFound();
  // The site's files are at the root of dir; _headers names their paths without the prefix.
  url.pathname = url.pathname.slice(prefix.length - 1);
  request.url = url.pathname + url.search;
  for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
  serveFiles(request, response, notFound);
});
// Ending `npm run serve`, or the test or script that started it, frees the port.
stopWhenParentEnds();
server.listen(Number(values.port), "127.0.0.1", () => {
  console.log(`Serving ${dir}/ at http://127.0.0.1:${values.port}${prefix}`);
});
