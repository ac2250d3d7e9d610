/**
 * axe-core on what the real content may not show today: the events page with
 * an upcoming event, and a timed event's page. Every page of the real site
 * has its own check (../site/checks/accessibility.ts).
 */
import { expect, test } from "@playwright/test";
import { axeViolations } from "../axe.ts";
import { OPEN_DAY } from "./fixturePages.ts";

for (const url of ["/events/", OPEN_DAY]) {
  for (const width of [1280, 320]) {
    test(`axe: ${url} at ${width}px has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url);
      const { problems } = await axeViolations(page);
      expect(problems, `axe found ${problems.length} failing element(s) on ${url} at ${width}px`).toEqual([]);
    });
  }
}
