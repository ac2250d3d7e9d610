/**
 * Every check of every page of the real site (_site/, whatever editors have published), and of the search page
 * while it shows results, in one visit a page: each is opened once, and checked at each width by resizing the
 * window, which lays a page out as opening it at that width does (its CSS is its only layout; the search page's
 * script opens its filters when the window widens past 640px, so pages are opened at 320px, then widened).
 *
 * The checks, one module each in ./checks/: axe-core at 320px and 1280px (accessibility.ts, whose figures become
 * the accessibility statement's); reflow at 320px and 640px and text at 200% at 1280px (zoom.ts); a visible focus
 * on every link and control (focusVisible.ts); the security headers and no Content-Security-Policy violations
 * (contentSecurityPolicy.ts); no console errors or failed requests, a title, a description, one h1, British English
 * and no JavaScript but search's (pageHealth.ts); nothing stored in the browser (noStorage.ts). Reading without
 * JavaScript needs a browser without it: noJavaScript.spec.ts.
 *
 * Each assertion is soft, so that one run reports every problem of a page, each named by its check and width; the
 * test's title names the page.
 */
import { expect, test, type Page } from "@playwright/test";
import { watchRequests } from "../networkSettled.ts";
import { recordViolations } from "../policyViolations.ts";
import { AXE_WIDTHS, checkAxe, reportAxe } from "./checks/accessibility.ts";
import { checkNoPolicyViolations, checkSecurityHeaders } from "./checks/contentSecurityPolicy.ts";
import { checkFocusVisible } from "./checks/focusVisible.ts";
import { checkNothingStored, searchFromTheBox } from "./checks/noStorage.ts";
import { checkNoProblems, checkScripts, checkTitleAndLanguage, watchHealth } from "./checks/pageHealth.ts";
import { checkReflow, checkTextZoom } from "./checks/zoom.ts";
import { searchWithResults, sitePages } from "./sitePages.ts";

const pages = sitePages();
const SEARCH_WITH_RESULTS = searchWithResults();
const views = [...pages, SEARCH_WITH_RESULTS];

/** Sets the window's width, and waits for the page to have seen it (its media query listeners run before a frame). */
async function resize(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

for (const url of views) {
  const isSearchPage = new URL(url, "http://site.invalid").pathname === "/search/";
  test(`${url}: axe, reflow, text at 200%, focus, security policy, health and storage`, async ({ page, context }, testInfo) => {
    const problems = watchHealth(page);
    const networkSettled = watchRequests(page);
    const violations = await recordViolations(page);
    await page.setViewportSize({ width: 320, height: 800 });
    const response = await page.goto(url);
    expect.soft(response?.status(), "HTTP status").toBe(200);
    checkSecurityHeaders(response);
    // The search page showing results: its script, the index and Pagefind's files are fetched too.
    if (url === SEARCH_WITH_RESULTS) await expect(page.locator("#search-results li").first()).toBeVisible();
    await networkSettled();
    await checkTitleAndLanguage(page);
    await checkScripts(page, isSearchPage);

    await checkAxe(page, url, 320, testInfo);
    await checkReflow(page, "320px wide");
    await resize(page, 640);
    await checkReflow(page, "640px wide (200% zoom)");
    await resize(page, 1280);
    await checkAxe(page, url, 1280, testInfo);
    await checkFocusVisible(page, "1280px wide");
    await checkTextZoom(page, "1280px wide with text at 200%");

    if (url === "/search/") {
      // Search as a reader does: the words of a page that has results, typed in the box and submitted.
      await searchFromTheBox(
        page,
        new URL(SEARCH_WITH_RESULTS, "http://site.invalid").searchParams.get("q") ?? "",
        networkSettled,
      );
    }
    await networkSettled();
    // After everything a reader might do on the page, from its first request on.
    checkNoPolicyViolations(await violations());
    checkNoProblems(problems);
    await checkNothingStored(page, context);
  });
}

// Playwright insists on a destructuring pattern for the fixtures, even when none is used.
test.afterAll(({ browser }, workerInfo) => reportAxe(browser, workerInfo, pages.length, views.length * AXE_WIDTHS.length));
