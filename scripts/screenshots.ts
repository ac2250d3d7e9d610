/**
 * `npm run docs:screenshots`: takes the pictures in docs/images/ that the
 * editors' guide (docs/editing.md) shows. It builds nothing: it serves the
 * site already built in _site/ (run `npm run build` first) with
 * scripts/serve.ts, as a CDN would, opens each page in Chromium and saves a
 * PNG the size of the browser window, then stops the server. The pictures of
 * the CMS at /admin/ are taken by its own journey (tests/build/cms.test.ts,
 * run with CMS_SCREENSHOTS), which starts `npm start` on a copy of the project:
 * one way to drive the CMS, not two.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { freePort } from "./lib/freePort.ts";
import { withSiteInChromium } from "./lib/siteInChromium.ts";

const SITE = "_site";
const OUTPUT = "docs/images";
const PREFERRED_PORT = 4185;

interface Shot {
  /** The file written in docs/images/. */
  file: string;
  /** The page's path on the site. */
  url: string;
  width: number;
  height: number;
  /** Gets the page ready before the picture is taken: waits for search results, scrolls to a part. */
  prepare?: (page: Page) => Promise<void>;
}

const ARTICLE = "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/";

const SHOTS: Shot[] = [
  { file: "news-article.png", url: ARTICLE, width: 1024, height: 900 },
  {
    file: "news-article-related.png",
    url: ARTICLE,
    width: 1024,
    height: 700,
    // The end of the article: its topics and the related pages listed from `related:`.
    prepare: (page) => page.locator(".topics").evaluate((element) => element.scrollIntoView({ block: "start" })),
  },
  {
    file: "examples-listing.png",
    url: "/tackling-loneliness/",
    width: 1024,
    height: 1000,
  },
  { file: "event-page.png", url: "/events/loneliness-summit/", width: 1024, height: 760 },
  {
    file: "search-results.png",
    url: "/search/?q=loneliness",
    width: 1024,
    height: 900,
    prepare: (page) => page.locator("#search-results li").first().waitFor(),
  },
  { file: "page-not-found.png", url: "/news/2018/11/no-such-article/", width: 1024, height: 600 },
  { file: "news-article-phone.png", url: ARTICLE, width: 375, height: 740 },
];

async function main(): Promise<void> {
  if (!existsSync(path.join(SITE, "index.html"))) {
    console.error(
      `There is no built site in ${SITE}/ to take pictures of. Run "npm run build" first, then "npm run docs:screenshots".`,
    );
    process.exitCode = 1;
    return;
  }
  mkdirSync(OUTPUT, { recursive: true });
  await withSiteInChromium({ port: await freePort(PREFERRED_PORT), dir: SITE }, async (browser, server) => {
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: 1,
        colorScheme: "light",
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      await page.goto(`${server.url}${shot.url}`, { waitUntil: "networkidle" });
      await shot.prepare?.(page);
      const file = path.join(OUTPUT, shot.file);
      await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
      console.log(`${file} (${shot.width}×${shot.height}, ${Math.round(statSync(file).size / 1024)} KB): ${shot.url}`);
      await context.close();
    }
  });
  const cms = spawnSync(
    process.execPath,
    ["--test-reporter=spec", "scripts/run.js", "scripts/lib/testsInOneProcess.ts", "tests/build/cms.test.ts"],
    {
      env: { ...process.env, CMS_SCREENSHOTS: path.resolve(OUTPUT) },
      stdio: "inherit",
    },
  );
  if (cms.status !== 0) process.exitCode = 1;
  else console.log(`${OUTPUT}/cms-*.png: the CMS at /admin/, from tests/build/cms.test.ts`);
}

await main();
