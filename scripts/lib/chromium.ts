/**
 * The Chromium that the browser tests, the documentation's screenshots,
 * Lighthouse and the benchmark drive, and how they start it: found and
 * flagged here once, so that none of them starts it differently.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type LaunchOptions } from "@playwright/test";
import { simulates } from "./browserSetup/simulation.ts";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/** Whether a system browser at `file` is there to use (the set-up's tests can pretend it is not). */
const systemHas = (file: string) => !simulates("no-system-browser") && existsSync(file);

/**
 * No sandbox and no GPU, which a container lacks; and never reaching Google's
 * services, which a closed network refuses (Chromium would keep trying).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The Chromium to drive: $CHROMIUM_PATH if set, else Playwright's own
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
  const system = SYSTEM_BROWSERS.find(systemHas);
  if (system) return system;
  throw new Error(
    "No Chromium found for the browser tests. npm test installs one where it can; otherwise install one of:\n" +
      "  npx playwright install chromium      (Playwright's own build)\n" +
      "  sudo apt-get install chromium        (Debian's package)\n" +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

/**
 * Debian's chromium-headless-shell (`apt-get install chromium-headless-shell`): the same Chromium, Blink and V8
 * without the desktop browser around them, which Playwright's own headless build also is. Under Playwright it ran
 * the browser tests of the real site in 60% of the full browser's CPU time (37 s against 64 s, and 89 s against
 * 125 s of wall time, runs taking turns on a shared two-core machine).
 */
const SYSTEM_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/**
 * Playwright's options to launch that Chromium (Playwright makes it headless itself). With preferHeadlessShell (the
 * browser tests), Debian's headless shell where it is installed, rather than the full system browser; CHROMIUM_PATH
 * and Playwright's own build still come first.
 */
export function chromiumLaunchOptions({ preferHeadlessShell = false } = {}): LaunchOptions {
  const shell =
    preferHeadlessShell &&
    !process.env["CHROMIUM_PATH"] &&
    !existsSync(chromium.executablePath()) &&
    systemHas(SYSTEM_HEADLESS_SHELL);
  const executablePath = shell ? SYSTEM_HEADLESS_SHELL : findBrowser();
  return { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * The same Chromium for a program that starts it itself, as Lighthouse does
 * (CHROME_PATH and --chrome-flags): its path, and its flags as one string,
 * headless, which Playwright would otherwise have asked for.
 */
export function chromiumCommand(): { path: string; flags: string } {
  return { path: findBrowser() ?? chromium.executablePath(), flags: ["--headless=new", ...CHROMIUM_ARGS].join(" ") };
}
