/**
 * Notices as readers meet them, on the fixture site's events pages, where one of each kind has been up since 2020
 * (tests/fixtures/content/settings/notices.yml): a region named by its heading, above the page's own content,
 * announced by no live region, readable at 320px and with text at 200%, its link focused visibly, printed, and
 * within the site's strict policy. axe checks the same pages in ./accessibility.spec.ts.
 */
import { expect, test, type Page } from "@playwright/test";
import { recordViolations } from "../policyViolations.ts";
import { checkFocusVisible } from "../site/checks/focusVisible.ts";
import { checkReflow, checkTextZoom } from "../site/checks/zoom.ts";
import { OPEN_DAY } from "./fixturePages.ts";

const HEADING = "Events may be cancelled in severe weather";
const notice = (page: Page) => page.getByRole("region", { name: HEADING });

for (const url of ["/events/", OPEN_DAY]) {
  test(`${url}: the notice is a region above the page's content, readable at 320px, at 640px and with text at 200%`, async ({
    page,
  }) => {
    const violations = await recordViolations(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(url);
    await expect(notice(page)).toBeVisible();
    await expect(notice(page).getByRole("heading", { level: 2 })).toHaveText(HEADING);
    await expect(notice(page)).toContainText("Check an event's page on the day before you travel to it.");
    // Above the main content, and outside it, so that "Skip to main content" goes past it.
    const above = await page.evaluate(() => {
      const region = document.querySelector(".site-notices")!;
      return Boolean(region.compareDocumentPosition(document.querySelector("main")!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(above).toBe(true);
    // Nothing is announced on its own when the page opens: the notice is read in the page's order.
    await expect(page.locator("[aria-live], [role=alert], [role=status]")).toHaveCount(0);

    await checkReflow(page, "320px wide");
    await page.setViewportSize({ width: 640, height: 800 });
    await checkReflow(page, "640px wide (200% zoom)");
    await page.setViewportSize({ width: 1280, height: 800 });
    await checkTextZoom(page, "1280px wide, text at 200%");
    await checkFocusVisible(page, "1280px wide");
    expect(await violations()).toEqual([]);
  });
}

test("on a page with notices of every kind, they come most severe first, each in its own colour", async ({ page }) => {
  await page.goto(OPEN_DAY);
  const regions = page.locator(".site-notice");
  await expect(regions).toHaveCount(4);
  expect(
    await regions.evaluateAll((all) => all.map((region) => region.className.replace("site-notice site-notice--", ""))),
  ).toEqual(["emergency", "notable-death", "service", "announcement"]);
  const backgrounds = await regions.evaluateAll((all) => all.map((region) => getComputedStyle(region).backgroundColor));
  expect(new Set(backgrounds).size).toBe(4);
});

test("the notices' links are reached by the keyboard after the menu, most severe first, and lead to their page", async ({
  page,
}) => {
  await page.goto("/events/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link").last().focus();
  for (const heading of [
    "An emergency on the events pages",
    "A death on the events pages",
    HEADING,
    "An announcement on the events pages",
  ]) {
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: `More information about ${heading}` })).toBeFocused();
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/events\/$/);
});

test("a notice for the events pages is not on the others", async ({ page }) => {
  for (const url of ["/", "/news/", "/tackling-loneliness/"]) {
    await page.goto(url);
    await expect(page.locator(".site-notice"), url).toHaveCount(0);
  }
});

test("printed, the notice stays, in black on white, with its link's full address", async ({ page }) => {
  await page.goto("/events/");
  await page.emulateMedia({ media: "print" });
  await expect(notice(page)).toBeVisible();
  const printed = await notice(page).evaluate((region) => {
    const style = getComputedStyle(region);
    const link = region.querySelector("a")!;
    return {
      color: style.color,
      background: style.backgroundColor,
      border: style.borderTopWidth,
      after: getComputedStyle(link, "::after").content,
    };
  });
  expect(printed).toEqual({
    color: "rgb(0, 0, 0)",
    background: "rgb(255, 255, 255)",
    border: "3px",
    after: '" (https://www.leicestershire.gov.uk/events/)"',
  });
});
