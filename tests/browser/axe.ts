import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.2 A and AA, the rules the council's pages must meet. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One line per failing element, so the message says what to fix and where. */
function describe(violation: Violation): string[] {
  return violation.nodes.map(
    (node) => `${violation.id}: ${violation.help} (${violation.helpUrl})\n    at ${node.target.join(" ")}`,
  );
}

/**
 * Runs axe-core on the page as it is now: how many rules it breaks, and each failing element.
 *
 * In axe's one-page mode (axe.run, "legacy" to @axe-core/playwright), which checks the page and its same-origin
 * frames in one go; the other mode's extra is other origins' frames, which the site's policy forbids (default-src
 * 'self'), and it costs a second page and a second copy of axe-core for each run: twice the time.
 */
export async function axeViolations(page: Page): Promise<{ violations: number; problems: string[] }> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze();
  return { violations: violations.length, problems: violations.flatMap(describe) };
}
