/**
 * Serves the built site the way a CDN would: static files from _site/, with
 * the headers that _site/_headers gives each path. The browser tests use it,
 * so they see the same Content-Security-Policy as the public.
 *
 *   node --import tsx scripts/serve.ts [--port 4173] [--dir _site]
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import sirv from "sirv";
import { stopWhenParentEnds } from "../eleventy/stopWhenParentEnds.ts";
import { headersFor, parseHeadersFile } from "./headersFile.ts";

const { values } = parseArgs({
  options: { port: { type: "string", default: "4173" }, dir: { type: "string", default: "_site" } },
});
const dir = values.dir;
if (!existsSync(`${dir}/index.html`)) {
  console.error(`Nothing to serve: ${dir}/index.html does not exist. Run "npm run build" first.`);
  process.exit(1);
}
const rules = existsSync(`${dir}/_headers`) ? parseHeadersFile(readFileSync(`${dir}/_headers`, "utf8")) : [];
const serveFiles = sirv(dir, { dev: true, etag: true });
const notFoundPage = existsSync(`${dir}/404.html`) ? readFileSync(`${dir}/404.html`) : "Not found";

const server = createServer((request, response) => {
  const urlPath = new URL(request.url ?? "/", "http://localhost").pathname;
  for (const [name, value] of headersFor(rules, urlPath)) response.setHeader(name, value);
  serveFiles(request, response, () => {
    response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(notFoundPage);
  });
});
// Ending `npm run serve`, or the test or script that started it, frees the port.
stopWhenParentEnds();
server.listen(Number(values.port), "127.0.0.1", () => {
  console.log(`Serving ${dir}/ at http://127.0.0.1:${values.port}/`);
});
