import { expect, test, type Page } from "@playwright/test";
import { ARTICLE } from "./fixturePages.ts";

/** What the text's link to an address shows after its words: its ::after content. (By address, not by name: printed, the name includes it.) */
async function printedAfter(page: Page, href: string): Promise<string> {
  return page
    .locator(`.prose a[href="${href}"]`)
    .first()
    .evaluate((link) => getComputedStyle(link, "::after").content);
}

test("a printed article shows the full address of each link, as GOV.UK prints them", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: "print" });
  expect(await printedAfter(page, "/events/loneliness-summit/")).toBe(
    '" (https://www.leicestershire.gov.uk/events/loneliness-summit/)"',
  );
  expect(await printedAfter(page, "/tackling-loneliness/local-area-coordinators/")).toBe(
    '" (https://www.leicestershire.gov.uk/tackling-loneliness/local-area-coordinators/)"',
  );
  // On screen, the address is not repeated after the link.
  await page.emulateMedia({ media: "screen" });
  expect(await printedAfter(page, "/events/loneliness-summit/")).toBe("none");
});
