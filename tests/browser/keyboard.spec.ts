/**
 * The site works by keyboard alone: every link and control shows where focus
 * is (WCAG 2.4.7), and search can be used and its result count is announced.
 * The skip link has its own test in skipLink.spec.ts.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { COORDINATORS, sitePages } from "./sitePages.ts";

/** What can make focus visible: an outline or border that shows, a box-shadow, a background colour. */
const STYLE_PROPERTIES = ["outline", "border", "boxShadow", "backgroundColor"] as const;
type FocusStyle = Record<(typeof STYLE_PROPERTIES)[number], string>;

/** Runs in the page: the style of each element, by its position in document order. */
function readStyles(): FocusStyle[] {
  // A line shows if it has a style, a width and a colour: "3px solid transparent" (for forced colours mode) does not.
  const line = (style: string, width: string, color: string) =>
    style !== "none" && parseFloat(width) > 0 && color !== "rgba(0, 0, 0, 0)" ? `${style} ${width} ${color}` : "none";
  return Array.from(document.querySelectorAll("*"), (element) => {
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
  });
}

/** Presses Tab and says which element has focus: its position, a description, and its style now. */
async function tab(page: Page) {
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const index = Array.prototype.indexOf.call(document.querySelectorAll("*"), element);
    return { index, label: `<${element.localName}> "${(element.textContent ?? "").trim() || element.id}"` };
  });
  return focused && { ...focused, style: (await page.evaluate(readStyles))[focused.index] };
}

for (const url of sitePages()) {
  test(`${url}: every link and control shows a visible focus indicator`, async ({ page }) => {
    await page.goto(url);
    const unfocused = await page.evaluate(readStyles);
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

    expect(reached.size, "Tab reaches every visible link and control").toBe(reachable);
    expect(invisible, "elements whose style does not change when focused").toEqual([]);
  });
}

test("search works by keyboard alone, from the header search box to a result", async ({ page }) => {
  await page.goto("/");
  const headerSearch = page.getByRole("search", { name: "Site" }).getByLabel("Search this site");
  await tabUntil(page, headerSearch);
  await page.keyboard.type("local area coordinators");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=local\+area\+coordinators$/);

  const result = page.getByRole("main").getByRole("link", { name: "Local area coordinators" });
  await expect(result).toBeVisible();
  await tabUntil(page, result);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(COORDINATORS);
});

test("the number of search results is announced to screen readers", async ({ page }) => {
  await page.goto("/search/?q=local+area+coordinators");
  const status = page.locator("#search-status");
  await expect(status).toHaveAttribute("role", "status");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(page.locator("#search-results li").first()).toBeVisible();
  // The announcement must match the list a sighted reader sees.
  const count = await page.locator("#search-results li").count();
  await expect(status).toHaveText(`${count} ${count === 1 ? "result" : "results"} for local area coordinators`);
  expect(count).toBeGreaterThan(0);
});

/** Presses Tab until the target has focus, failing if it never does. */
async function tabUntil(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 50; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
