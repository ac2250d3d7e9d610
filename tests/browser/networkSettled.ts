import type { Page } from "@playwright/test";

/** How long the page must make no request for its network to count as settled. */
const QUIET_MS = 100;

/**
 * Starts counting the page's requests, before it is opened; the function returned resolves once none is in flight
 * and none has started or ended for QUIET_MS. It stands for Playwright's "networkidle", which waits 500 ms of quiet
 * every time: that was half of each page's checks in everyPage.spec.ts, a second a page that grows with the site.
 * The checks' own requests (a wider window's image, a search's fragments) start before the checks end, so 100 ms
 * after the last one is enough to see every request finish or fail.
 */
export function watchRequests(page: Page): () => Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const changed = (by: number) => () => {
    inFlight += by;
    lastChange = Date.now();
  };
  page.on("request", changed(1));
  page.on("requestfinished", changed(-1));
  page.on("requestfailed", changed(-1));
  return async () => {
    while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 20));
  };
}
