/**
 * The site works by keyboard alone: on every page, every link and control
 * shows where focus is (WCAG 2.4.7). Search by keyboard and the skip link
 * have their own tests, on the fixture site (../../fixtureSite/).
 */
import { expect, type Page } from "@playwright/test";

/** What can make focus visible: an outline or border that shows, a box-shadow, a background colour. */
const STYLE_PROPERTIES = ["outline", "border", "boxShadow", "backgroundColor"] as const;
type FocusStyle = Record<(typeof STYLE_PROPERTIES)[number], string>;

interface Focused {
  /** Its position in document order. */
  index: number;
  label: string;
}

/**
 * Runs in the page: the style of each element, by its position in document order; or, with `focusedOnly`, the
 * element that has focus (none when focus is on the body or has left the page), and its style alone.
 */
function readStyles(focusedOnly: boolean): { focused: Focused | null; styles: FocusStyle[] } {
  // A line shows if it has a style, a width and a colour: "3px solid transparent" (for forced colours mode) does not.
  const line = (style: string, width: string, color: string) =>
    style !== "none" && parseFloat(width) > 0 && color !== "rgba(0, 0, 0, 0)" ? `${style} ${width} ${color}` : "none";
  const styleOf = (element: Element): FocusStyle => {
    const style = getComputedStyle(element);
    const border = (side: string) =>
      line(
        style.getPropertyValue(`border-${side}-style`),
        style.getPropertyValue(`border-${side}-width`),
        style.getPropertyValue(`border-${side}-color`),
      );
    return {
      outline: line(style.outlineStyle, style.outlineWidth, style.outlineColor),
      border: ["top", "right", "bottom", "left"].map(border).join(", "),
      boxShadow: style.boxShadow,
      backgroundColor: style.backgroundColor,
    };
  };
  const elements = document.querySelectorAll("*");
  if (!focusedOnly) return { focused: null, styles: Array.from(elements, styleOf) };
  const element = document.activeElement;
  if (!element || element === document.body) return { focused: null, styles: [] };
  const index = Array.prototype.indexOf.call(elements, element);
  const label = `<${element.localName}> "${(element.textContent ?? "").trim() || element.id}"`;
  return { focused: { index, label }, styles: [styleOf(element)] };
}

/** Presses Tab and says which element has focus: its position, a description, and its style now. */
async function tab(page: Page) {
  await page.keyboard.press("Tab");
  const { focused, styles } = await page.evaluate(readStyles, true);
  return focused && { ...focused, style: styles[0] };
}

/**
 * From the top of the page as it is now, with nothing focused, Tab reaches every visible link and control, and each
 * looks different when it has focus. Leaves nothing focused, scrolled back to the top.
 */
export async function checkFocusVisible(page: Page, view: string): Promise<void> {
  const unfocused = (await page.evaluate(readStyles, false)).styles;
  const reachable = await page
    .locator("a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])")
    .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);

  const reached = new Set<number>();
  const invisible: string[] = [];
  for (let presses = 0; presses < 200; presses += 1) {
    const focused = await tab(page);
    if (!focused || reached.has(focused.index)) break; // focus has left the page or come round again
    reached.add(focused.index);
    const before = unfocused[focused.index];
    if (!before || STYLE_PROPERTIES.every((property) => focused.style?.[property] === before[property]))
      invisible.push(focused.label);
  }

  expect.soft(reached.size, `at ${view}: Tab reaches every visible link and control`).toBe(reachable);
  expect.soft(invisible, `at ${view}: elements whose style does not change when focused`).toEqual([]);
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
}
