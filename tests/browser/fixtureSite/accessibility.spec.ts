/**
 * axe-core on what the real content may not show today: the events page with
 * an upcoming event, a timed and rescheduled event's page, and the notices and
 * lists of a page's life after it is published (updates, a withdrawal, an
 * expiry, a topic's feed and email alerts), the events pages with the fixture
 * notices at their top (tests/fixtures/content/settings/notices.yml). Every
 * page of the real site has its own check (../site/checks/accessibility.ts).
 */
import { expect, test } from "@playwright/test";
import { axeViolations } from "../axe.ts";
import { EXPIRED_PAGE, OPEN_DAY, TOPIC, UPDATED_PAGE, WITHDRAWN_EVENT } from "./fixturePages.ts";

for (const url of ["/events/", OPEN_DAY, UPDATED_PAGE, WITHDRAWN_EVENT, EXPIRED_PAGE, TOPIC, "/"]) {
  test(`axe: ${url} at 320px and 1280px has no WCAG 2.2 AA violations`, async ({ page }) => {
    // Opened narrow and widened, as the every-page checks do: the same layout as opening it at each width.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(url);
    // The fixture notices cover the events pages: there, the notice is on the page, so that axe checks it too.
    if (url.startsWith("/events/")) {
      await expect(page.getByRole("region", { name: "Events may be cancelled in severe weather" })).toBeVisible();
    }
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const { problems } = await axeViolations(page);
      expect.soft(problems, `axe found ${problems.length} failing element(s) on ${url} at ${width}px`).toEqual([]);
    }
  });
}
