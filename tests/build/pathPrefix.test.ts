import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Parser } from "htmlparser2";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { freePort } from "../../scripts/lib/freePort.ts";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";
import { startSiteServer, type SiteServer } from "../../scripts/lib/startSiteServer.ts";

/*
 * A pull request's preview, or a GitHub Pages project address, serves the site
 * under a path: PATH_PREFIX=/previews/pr-42/ npm run build. Every link,
 * stylesheet, script, image, feed, calendar file and search result must stay
 * under it, or the preview shows another site's pages, or none.
 */
const PREFIX = "/previews/pr-42/";

/** Every address a page links to or loads: href, src, srcset and the form's action. */
function addressesIn(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(_name, attributes) {
      for (const name of ["href", "src", "action"]) if (attributes[name]) found.push(attributes[name]);
      for (const candidate of (attributes["srcset"] ?? "").split(","))
        if (candidate.trim()) found.push(candidate.trim().split(/\s+/)[0]!);
    },
  });
  parser.end(html);
  return found;
}

describe(`a build under PATH_PREFIX=${PREFIX}`, () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let server: SiteServer;
  let origin = "";

  before(async () => {
    const build = project.build({ PATH_PREFIX: PREFIX, SITE_URL: "https://council.example.org" });
    assert.ok(build.ok, build.output);
    server = await startSiteServer({ port: await freePort(0), cwd: project.root, prefix: PREFIX });
    origin = server.url;
  });
  after(async () => {
    await server?.stop();
    project.remove();
  });

  test("every page reached by links from its home answers, and every link, stylesheet, script and image stays under the prefix", async () => {
    const queue = [`${origin}${PREFIX}`];
    const seen = new Set(queue);
    const outside: string[] = [];
    const broken: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      const response = await fetch(url);
      if (!response.ok) {
        broken.push(`${url} answered ${response.status}`);
        continue;
      }
      if (!response.headers.get("content-type")?.startsWith("text/html")) continue;
      for (const address of addressesIn(await response.text())) {
        const target = new URL(address, url);
        if (target.origin !== origin || (target.hash && target.pathname === new URL(url).pathname)) continue;
        if (!target.pathname.startsWith(PREFIX)) outside.push(`${new URL(url).pathname}: ${address}`);
        target.hash = "";
        if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }
    assert.deepEqual(outside, []);
    assert.deepEqual(broken, []);
    // The crawl reached the kinds of page and file a reader would: not a count of today's pages.
    const reached = [...seen].map((url) => new URL(url).pathname);
    for (const kind of [
      /\/news\/feed\.xml$/,
      /\.ics$/,
      /\/assets\/css\/site\.[0-9a-f]+\.css$/,
      /\/search\/$/,
      /\.(?:avif|webp|jpe?g)$/,
    ]) {
      assert.ok(
        reached.some((pathname) => kind.test(pathname)),
        `nothing matching ${kind} was reached`,
      );
    }
  });

  test("the feed, sitemap, robots.txt, calendar files and canonical links name the address with the prefix", async () => {
    const site = `https://council.example.org${PREFIX}`;
    const feed = project.read("_site/news/feed.xml");
    for (const href of feed.matchAll(/href="([^"]+)"/g)) assert.ok(href[1]!.startsWith(site), `feed link ${href[1]}`);
    const sitemap = project.read("_site/sitemap.xml");
    for (const loc of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) assert.ok(loc[1]!.startsWith(site), `sitemap ${loc[1]}`);
    assert.match(project.read("_site/robots.txt"), new RegExp(`^Sitemap: ${site}sitemap\\.xml$`, "m"));
    assert.match(project.read("_site/events/loneliness-summit/loneliness-summit.ics"), new RegExp(`^URL:${site}events/`, "m"));
    assert.match(project.read("_site/index.html"), new RegExp(`<link rel="canonical" href="${site}">`));
  });

  test("search, in Chromium, loads under the prefix and its results link to pages under it", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
      });
      await page.goto(`${origin}${PREFIX}search/?q=summit`);
      const result = page.getByRole("main").getByRole("link", { name: "Summit on tackling loneliness and social isolation" });
      await result.waitFor();
      assert.equal(await result.getAttribute("href"), `${PREFIX}events/loneliness-summit/`);
      await result.click();
      await page.waitForURL(`${origin}${PREFIX}events/loneliness-summit/`);
      assert.equal(
        await page.getByRole("heading", { level: 1 }).textContent(),
        "Summit on tackling loneliness and social isolation",
      );
      assert.deepEqual(failed, []);
    } finally {
      await browser.close();
    }
  });
});
