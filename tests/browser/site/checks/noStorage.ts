/**
 * What the privacy page (_includes/pages/privacy.njk) says, on every page of the real site: nothing is stored in the
 * reader's browser. No cookies, nothing in localStorage or sessionStorage, no IndexedDB database and no Cache
 * Storage, after the page has loaded and, on the search page, after a search from its box has shown results.
 */
import { expect, test, type Page } from "@playwright/test";
import { searchWithResults, sitePages } from "./sitePages.ts";

/** Runs in the page: what the site has stored in this browser through the page's own storage. */
async function storedInPage(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    cacheStorage: await caches.keys(),
  }));
}

const NOTHING = { localStorage: [], sessionStorage: [], indexedDB: [], cacheStorage: [] };

for (const url of sitePages()) {
  test(`${url} stores nothing in the browser: no cookies, no web storage`, async ({ page, context }) => {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    if (url === "/search/") {
      // Search as a reader does: the words of a page that has results, typed in the box and submitted.
      const query = new URL(searchWithResults(), "http://site.invalid").searchParams.get("q") ?? "";
      await page.locator("#search-input").fill(query);
      await page.locator("#search-input").press("Enter");
      await expect(page.locator("#search-results li").first()).toBeVisible();
      await page.waitForLoadState("networkidle");
    }
    expect(await context.cookies(), "cookies").toEqual([]);
    expect(await storedInPage(page)).toEqual(NOTHING);
  });
}
