/**
 * What `npm test` does, before anything else, when there is no Chromium for its browser tests: a new machine's
 * first run gets one by itself where it can, and otherwise stops at once with the one command that would get one,
 * rather than running every other step first or failing somewhere in the middle.
 */

/** What the set-up knows and does on a machine (scripts/lib/browserSetup/thisMachine.ts; the tests give their own). */
export interface Machine {
  /** The browser the tests would use; "misnamed" when CHROMIUM_PATH names a file that is not there. */
  find(): { kind: "found" } | { kind: "none" } | { kind: "misnamed"; path: string };
  /** Whether packages can be installed here with apt-get: root, on Debian (Ubuntu's chromium is a stub for its snap). */
  isRootOnDebian(): boolean;
  isDebian(): boolean;
  /** `npx playwright install chromium`; `reason` says why it failed, in a few words. */
  downloadPlaywrights(): Promise<Attempt>;
  /** `npx playwright install-deps chromium`: the libraries Playwright's build needs, with apt-get. */
  installPlaywrightsLibraries(): Promise<Attempt>;
  /** `apt-get install chromium`. */
  installDebians(): Promise<Attempt>;
  /** Whether the browser the tests would use starts. */
  launches(): Promise<boolean>;
}

export type Attempt = { ok: true } | { ok: false; reason: string };

/** Either there is a browser now, or the one line to print: what to run to get one. */
export type Outcome = { ok: true } | { ok: false; line: string };

const OR_CHOOSE = "or set CHROMIUM_PATH to a Chromium or Chrome, then run npm test again";

export async function getChromium(machine: Machine, say: (line: string) => void): Promise<Outcome> {
  const found = machine.find();
  if (found.kind === "found") return { ok: true };
  if (found.kind === "misnamed") {
    return {
      ok: false,
      line: `CHROMIUM_PATH names ${found.path}, which does not exist: set it to a Chromium or Chrome, or unset it.`,
    };
  }
  const canInstall = machine.isRootOnDebian();

  say("No Chromium found for the browser tests: downloading Playwright's.");
  const download = await machine.downloadPlaywrights();
  if (download.ok) {
    if (await machine.launches()) return { ok: true };
    if (canInstall) {
      say("Playwright's Chromium cannot start without libraries this machine lacks: installing them.");
      if ((await machine.installPlaywrightsLibraries()).ok && (await machine.launches())) return { ok: true };
    }
    const command = canInstall ? "npx playwright install-deps chromium" : "sudo npx playwright install-deps chromium";
    return { ok: false, line: `Playwright's Chromium was downloaded but cannot start here: run "${command}", ${OR_CHOOSE}.` };
  }

  if (canInstall) {
    say(`Playwright's Chromium could not be downloaded (${download.reason}): installing Debian's chromium package.`);
    const installed = await machine.installDebians();
    if (installed.ok && machine.find().kind === "found") return { ok: true };
    const why = installed.ok ? "it installed, but no Chromium is where it should be" : installed.reason;
    return {
      ok: false,
      line: `apt-get could not install chromium (${why}): run "apt-get install chromium" to see why, ${OR_CHOOSE}.`,
    };
  }

  const command = machine.isDebian() ? "sudo apt-get install chromium" : "npx playwright install chromium";
  return {
    ok: false,
    line: `No Chromium for the browser tests, and Playwright's could not be downloaded (${download.reason}): run "${command}", ${OR_CHOOSE}.`,
  };
}
