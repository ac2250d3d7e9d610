/**
 * Every page reflows (WCAG 1.4.10) and its text resizes to 200% (WCAG 1.4.4):
 * no sideways scrolling and no text cut off or spilling over its box on a
 * 320px phone, with text at 200% in a 1280px window, and at 640px (a 1280px
 * window zoomed to 200%). ../everyPage.spec.ts sets each width.
 */
import { expect, type Page } from "@playwright/test";

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

/** The page as it is now, at the width it is now: no sideways scrolling, no text cut off. */
export async function checkReflow(page: Page, view: string): Promise<void> {
  // Soft assertions: a failure lists every problem on the page, not just the first.
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect
    .soft(scrollWidth, `at ${view}: page is ${scrollWidth}px wide in a ${clientWidth}px window`)
    .toBeLessThanOrEqual(clientWidth);
  expect.soft(await page.evaluate(overflowingElements), `at ${view}: elements whose content overflows them`).toEqual([]);
}

/** Text at 200%, then no text that stayed as it was and, with text that size, no sideways scrolling nor text cut off. */
export async function checkTextZoom(page: Page, view: string): Promise<void> {
  const notResized = await page.evaluate(textThatDoesNotResize);
  expect.soft(notResized, `at ${view}: text that does not grow with the browser's font size (px font sizes?)`).toEqual([]);
  await checkReflow(page, view);
  await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
}
