/**
 * What the privacy page (_includes/pages/privacy.njk) says, on every page of the real site: nothing is stored in the
 * reader's browser. No cookies, nothing in localStorage or sessionStorage, no IndexedDB database and no Cache
 * Storage, after the page has loaded and, on the search page, after a search from its box has shown results.
 */
import { expect, type BrowserContext, type Page } from "@playwright/test";

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

/** Searches from the search page's box as a reader does: the words typed and submitted, until results show and the network settles. */
export async function searchFromTheBox(page: Page, query: string, networkSettled: () => Promise<void>): Promise<void> {
  await page.locator("#search-input").fill(query);
  await page.locator("#search-input").press("Enter");
  await expect(page.locator("#search-results li").first()).toBeVisible();
  await networkSettled();
}

/** Nothing stored: the context (a new one for each test) has no cookies, the page's storage is empty. */
export async function checkNothingStored(page: Page, context: BrowserContext): Promise<void> {
  expect.soft(await context.cookies(), "cookies").toEqual([]);
  expect.soft(await storedInPage(page), "web storage").toEqual(NOTHING);
}
