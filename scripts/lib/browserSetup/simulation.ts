/**
 * What the tests of the browser set-up make this machine pretend, since they can neither uninstall its Chromium nor
 * stop being root: CHROMIUM_SETUP_SIMULATE="no-system-browser not-root". "no-system-browser" hides the system's
 * Chromium and Chrome (and Debian's headless shell); "not-root" makes the set-up act for a user who cannot install
 * packages. Playwright's own browser is hidden with its own setting, PLAYWRIGHT_BROWSERS_PATH, and its download with
 * PLAYWRIGHT_DOWNLOAD_HOST.
 */
export const SIMULATION_VARIABLE = "CHROMIUM_SETUP_SIMULATE";

export type Simulated = "no-system-browser" | "not-root";

export function simulates(what: Simulated): boolean {
  return (process.env[SIMULATION_VARIABLE] ?? "").split(/[\s,]+/).includes(what);
}
