import { gzipSync } from "node:zlib";
import type { Browser, Response } from "@playwright/test";

/**
 * The bytes a response's body takes on the wire from a CDN: gzipped (level 6,
 * the usual default) unless it is gzip already, as Pagefind's index files are.
 * Headers are not counted.
 */
export function wireBytes(body: Buffer): number {
  const isGzip = body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
  return isGzip ? body.length : gzipSync(body, { level: 6 }).length;
}

interface Transfer {
  url: string;
  type: string;
  bytes: number;
}

/** Collects every response of a page with its compressed size. */
async function sizes(responses: Response[]): Promise<Transfer[]> {
  return Promise.all(
    responses.map(async (response) => {
      let bytes = 0;
      try {
        bytes = wireBytes(await response.body());
      } catch {
        // A redirect has no body.
      }
      return { url: response.url(), type: response.request().resourceType(), bytes };
    }),
  );
}

export interface SearchMeasurement {
  /** Every byte asked for from opening /search/?q=… to the first result, compressed as a CDN sends it. */
  bytes: number;
  /** From the start of the navigation to the first result on the screen. */
  firstResultMs: number;
  transfers: Transfer[];
}

/**
 * Opens /search/?q=QUERY in a fresh browser context (an empty cache), as the
 * search box in every page's header does, and waits for the first result.
 */
export async function measureSearch(browser: Browser, baseUrl: string, query: string): Promise<SearchMeasurement> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on("response", (response) => responses.push(response));
  // Notes the moment the first result is added, on the page's own clock (0 is the start of the navigation).
  await page.addInitScript(() => {
    new MutationObserver((_changes, observer) => {
      if (document.querySelector("#search-results li")) {
        (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector("#search-results li", { timeout: 30_000 });
  const { firstResultMs, firstResultAt } = await page.evaluate(() => {
    const at = (window as unknown as { firstResultAt: number }).firstResultAt;
    return { firstResultMs: at, firstResultAt: performance.timeOrigin + at };
  });
  // Only what was asked for before the first result showed: the page may go on to load more (search.js's filters).
  await page.waitForLoadState("networkidle");
  const transfers = await sizes(responses.filter((response) => response.request().timing().startTime <= firstResultAt));
  await context.close();
  return { bytes: transfers.reduce((sum, transfer) => sum + transfer.bytes, 0), firstResultMs, transfers };
}

export interface PageWeight {
  /** HTML, CSS and JavaScript, compressed. */
  bytes: number;
  scripts: number;
  transfers: Transfer[];
}

/** The HTML, CSS and JavaScript a page loads, compressed, and how many scripts it has (JSON-LD, which does not run, aside). */
export async function measurePageWeight(browser: Browser, pageUrl: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on("response", (response) => responses.push(response));
  await page.goto(pageUrl, { waitUntil: "networkidle" });
  const scripts = await page.locator('script:not([type="application/ld+json"])').count();
  const transfers = (await sizes([...responses])).filter((transfer) =>
    ["document", "stylesheet", "script"].includes(transfer.type),
  );
  await context.close();
  return { bytes: transfers.reduce((sum, transfer) => sum + transfer.bytes, 0), scripts, transfers };
}
