/** Caching on a CDN: CSS and JavaScript under hashed names, kept for a year; HTML revalidated. Run after `npm run build`. */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { Parser } from "htmlparser2";
import { headersFor, parseHeadersFile } from "../../eleventy/core/headersFile.ts";
import { builtPages } from "./builtPages.ts";

const rules = parseHeadersFile(readFileSync("_site/_headers", "utf8"));
const cacheControl = (urlPath: string) =>
  headersFor(rules, urlPath).find(([name]) => name.toLowerCase() === "cache-control")?.[1];
const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=0, must-revalidate";
const HASHED = /^\/assets\/(css|js)\/[\w-]+\.[0-9a-f]{10}\.(css|js)$/;

// The public pages: the CMS's page (/admin/) loads Decap's bundle under its own names, revalidated as HTML is.
const pages = builtPages().map((page) => page.file);

/** Every stylesheet and script a page loads, by its URL. */
function assetsOf(html: string): string[] {
  const urls: string[] = [];
  new Parser({
    onopentag(name, attributes) {
      if (name === "link" && attributes["rel"] === "stylesheet" && attributes["href"]) urls.push(attributes["href"]);
      if (name === "script" && attributes["src"]) urls.push(attributes["src"]);
    },
  }).end(html);
  return urls;
}

test("every CSS and JavaScript URL in the HTML is hashed, names a built file and is cached for a year", () => {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of pages) {
    for (const url of assetsOf(readFileSync(path.join("_site", file), "utf8"))) {
      seen.add(url);
      if (!HASHED.test(url)) problems.push(`${file}: ${url} has no content hash in its name`);
      else if (!existsSync(path.join("_site", url))) problems.push(`${file}: ${url} is not in the build`);
      else if (cacheControl(url) !== IMMUTABLE) problems.push(`${url} is served with Cache-Control: ${cacheControl(url)}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok([...seen].some((url) => url.endsWith(".css")) && [...seen].some((url) => url.endsWith(".js")), "found CSS and JS");
});

test("no CSS or JavaScript is published under its plain name, which would be cached without a hash", () => {
  const plain = ["css", "js"].flatMap((folder) =>
    readdirSync(path.join("_site/assets", folder)).filter((name) => !/\.[0-9a-f]{10}\.(css|js)$/.test(name)),
  );
  assert.deepEqual(plain, []);
});

test("generated images and Pagefind's hashed index files are cached for a year", () => {
  const generated = readdirSync("_site/assets/images/generated");
  assert.ok(generated.length > 0, "the build made images");
  for (const name of generated) assert.equal(cacheControl(`/assets/images/generated/${name}`), IMMUTABLE, name);
  for (const folder of ["index", "fragment", "filter"]) {
    const name = readdirSync(path.join("_site/pagefind", folder))[0];
    assert.equal(cacheControl(`/pagefind/${folder}/${name}`), IMMUTABLE, `${folder}/${name}`);
  }
});

test("every page, the feed and files with unhashed names are revalidated on every visit", () => {
  for (const urlPath of [
    ...builtPages().map((page) => page.url),
    "/news/feed.xml",
    "/sitemap.xml",
    "/assets/images/favicon.svg",
    "/pagefind/pagefind.js",
    "/pagefind/pagefind-entry.json",
  ]) {
    assert.equal(cacheControl(urlPath), REVALIDATE, urlPath);
  }
});
