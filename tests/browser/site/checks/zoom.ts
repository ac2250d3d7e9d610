/**
 * Every page reflows (WCAG 1.4.10) and its text resizes to 200% (WCAG 1.4.4):
 * no sideways scrolling and no text cut off or spilling over its box on a
 * 320px phone, with text at 200% in a 1280px window, and at 640px (a 1280px
 * window zoomed to 200%).
 */
import { expect, test, type Page } from "@playwright/test";
import { searchWithResults, sitePages } from "./sitePages.ts";

const VIEWS = [
  { name: "320px wide", width: 320, textZoom: false },
  { name: "1280px wide with text at 200%", width: 1280, textZoom: true },
  { name: "640px wide (200% zoom)", width: 640, textZoom: false },
];

const SEARCH_WITH_RESULTS = searchWithResults();

/**
 * Runs in the page: sets text to 200%, as Firefox's "Zoom text only" or a
 * browser's font size setting does (CSSOM, so the CSP allows it), and returns
 * each element with text of its own whose text did not double. Before and
 * after are read in one go, so a page still updating (search) cannot shift them.
 */
function textThatDoesNotResize(): string[] {
  const withText = Array.from(document.body.querySelectorAll("*")).filter((element) =>
    Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
  );
  const before = withText.map((element) => parseFloat(getComputedStyle(element).fontSize));
  document.documentElement.style.fontSize = "200%";
  return withText
    .filter((element, index) => parseFloat(getComputedStyle(element).fontSize) < 1.9 * (before[index] ?? Infinity))
    .map((element) => `<${element.localName} class="${element.className}">`);
}

/** Runs in the page: elements whose content is wider than their box, so text is cut off or runs into something else. */
function overflowingElements(): string[] {
  return Array.from(document.body.querySelectorAll("*"))
    .filter((element) => {
      const style = getComputedStyle(element);
      if (style.overflowX === "auto" || style.overflowX === "scroll") return false; // meant to scroll
      if (style.clipPath === "inset(50%)") return false; // hidden on purpose: .visually-hidden, the skip link
      // A text box scrolls its own text as the reader types: a long search is not cut off, it moves along.
      if (element.localName === "input" || element.localName === "textarea") return false;
      const wider = element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1;
      // Only where it is cut off: glyphs always poke out of a tight line-height (headings) without harm.
      const clipsY = style.overflowY === "hidden" || style.overflowY === "clip";
      const taller = clipsY && element.clientHeight > 0 && element.scrollHeight > element.clientHeight + 1;
      return wider || taller;
    })
    .map(
      (element) =>
        `<${element.localName} class="${element.className}">: ${element.scrollWidth}×${element.scrollHeight}px of content in a ${element.clientWidth}×${element.clientHeight}px box`,
    );
}

async function openAt(page: Page, url: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(url);
  if (url === SEARCH_WITH_RESULTS) await expect(page.locator("#search-results li").first()).toBeVisible();
}

for (const url of [...sitePages(), SEARCH_WITH_RESULTS]) {
  for (const view of VIEWS) {
    test(`${url} at ${view.name}: no sideways scrolling, no text cut off`, async ({ page }) => {
      await openAt(page, url, view.width);
      // Soft assertions: a failure lists every problem on the page, not just the first.
      if (view.textZoom) {
        const notResized = await page.evaluate(textThatDoesNotResize);
        expect.soft(notResized, "text that does not grow with the browser's font size (px font sizes?)").toEqual([]);
      }

      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect.soft(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px window`).toBeLessThanOrEqual(clientWidth);
      expect.soft(await page.evaluate(overflowingElements), "elements whose content overflows them").toEqual([]);
    });
  }
}
