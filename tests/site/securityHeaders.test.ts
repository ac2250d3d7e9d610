import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { Parser } from "htmlparser2";
import { cmsContentSecurityPolicy } from "../../eleventy/features/cms/cmsContentSecurityPolicy.ts";
import { ADMIN_URL } from "../../eleventy/core/siteFolders.ts";
import securityHeaders from "../../eleventy/features/headers/securityHeaders.json" with { type: "json" };
import { headersFor, parseHeadersFile } from "../../eleventy/core/headersFile.ts";
import { builtPages } from "./builtPages.ts";

const rules = parseHeadersFile(readFileSync("_site/_headers", "utf8"));
const headers = (urlPath: string) => new Map(headersFor(rules, urlPath).map(([name, value]) => [name.toLowerCase(), value]));

test("every page, the CMS's, and the search's files, get the security headers", () => {
  for (const urlPath of [...builtPages("_site", { staff: true }).map((page) => page.url), "/pagefind/pagefind.js"]) {
    const given = headers(urlPath);
    assert.equal(given.get("strict-transport-security"), "max-age=31536000; includeSubDomains; preload", urlPath);
    assert.equal(given.get("x-content-type-options"), "nosniff", urlPath);
    assert.ok(given.get("referrer-policy"), `${urlPath}: no Referrer-Policy`);
    assert.ok(given.get("permissions-policy"), `${urlPath}: no Permissions-Policy`);
    assert.ok(given.get("content-security-policy"), `${urlPath}: no Content-Security-Policy`);
  }
});

test("the Content-Security-Policy allows no inline code and no eval, only what Pagefind needs", () => {
  const policy = headers("/").get("content-security-policy") ?? "";
  const directives = new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
  assert.deepEqual(directives.get("script-src"), ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives.get("worker-src"), ["'self'"]);
  assert.deepEqual(directives.get("frame-ancestors"), ["'none'"]);
  assert.deepEqual(directives.get("object-src"), ["'none'"]);
  assert.deepEqual(directives.get("default-src"), ["'self'"]);
});

test("every public page keeps the site's strict policy; only /admin/ has the CMS's own", () => {
  for (const page of builtPages()) {
    assert.equal(headers(page.url).get("content-security-policy"), securityHeaders["Content-Security-Policy"], page.url);
  }
  // A production build: the policy names no local proxy (that is npm start's alone).
  assert.equal(headers(ADMIN_URL).get("content-security-policy"), cmsContentSecurityPolicy());
  assert.match(headers(ADMIN_URL).get("content-security-policy") ?? "", /frame-ancestors 'none'.*$/);
  assert.doesNotMatch(headers(ADMIN_URL).get("content-security-policy") ?? "", /127\.0\.0\.1|localhost|\*/);
});

test("no page holds inline script or style, which the policy would block", () => {
  const pages = readdirSync("_site", { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
  const inline: string[] = [];
  for (const file of pages) {
    let inScript = false;
    const parser = new Parser({
      onopentag(name, attributes) {
        if (attributes["style"] !== undefined) inline.push(`${file}: style="…" on <${name}>`);
        if (Object.keys(attributes).some((attribute) => attribute.startsWith("on")))
          inline.push(`${file}: event handler on <${name}>`);
        if (name === "style") inline.push(`${file}: <style> element`);
        // JSON-LD is data, not script: the policy does not run it.
        inScript = name === "script" && !attributes["src"] && attributes["type"] !== "application/ld+json";
      },
      ontext(text) {
        if (inScript && text.trim()) inline.push(`${file}: inline <script>`);
      },
      onclosetag() {
        inScript = false;
      },
    });
    parser.end(readFileSync(path.join("_site", file), "utf8"));
  }
  assert.deepEqual(inline, []);
});

test("every page carries the policy in a <meta> too, all of it a meta can, before anything it governs", () => {
  // For hosts that ignore _headers, such as GitHub Pages: framing by other sites is the one thing a meta cannot forbid.
  const expected = (headers("/").get("content-security-policy") ?? "").replace(/;\s*frame-ancestors 'none'/, "");
  const wrong: string[] = [];
  for (const page of builtPages()) {
    const html = readFileSync(path.join("_site", page.file), "utf8");
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? "";
    const first = /<(?:meta|link|script|style|base|title)\b[^>]*>/g;
    const [, second] = head.match(first) ?? [];
    // Nunjucks escapes the quotes of 'self' as &#39;, which the browser reads back as quotes.
    const policy = /^<meta http-equiv="Content-Security-Policy" content="([^"]*)">$/
      .exec(second ?? "")?.[1]
      ?.replaceAll("&#39;", "'");
    if (policy !== expected) wrong.push(`${page.url}: ${second ?? "no second element in <head>"}`);
  }
  assert.deepEqual(wrong, []);
});
