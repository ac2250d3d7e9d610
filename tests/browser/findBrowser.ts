import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/**
 * The Chromium the tests drive: $CHROMIUM_PATH if set, else Playwright's own
 * (after `npx playwright install chromium`), else the system's. Returns
 * undefined to mean "Playwright's own".
 */
export function findBrowser(): string | undefined {
  const chosen = process.env["CHROMIUM_PATH"];
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is set to ${chosen}, which does not exist.`);
    return chosen;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_BROWSERS.find((candidate) => existsSync(candidate));
  if (system) return system;
  throw new Error(
    "No Chromium found for the browser tests. Install one of:\n" +
      "  npx playwright install chromium      (Playwright's own build)\n" +
      "  sudo apt-get install chromium        (Debian or Ubuntu's package)\n" +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}
