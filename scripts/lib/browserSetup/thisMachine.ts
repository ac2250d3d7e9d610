import { existsSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions, findBrowser } from "../chromium.ts";
import { runWithTimeLimit, type Run } from "../runWithTimeLimit.ts";
import type { Attempt, Machine } from "./getChromium.ts";
import { simulates } from "./simulation.ts";

const PLAYWRIGHT = "node_modules/@playwright/test/cli.js";
// A download of a few hundred megabytes on a slow line, or apt-get's update and install: only against waiting for ever.
const INSTALL_LIMIT_SECONDS = 15 * 60;
const LAUNCH_LIMIT_MS = 60_000;

/** Why a command failed, in a few words: its first error line ("getaddrinfo ENOTFOUND cdn.playwright.dev"), or its last. */
function reason(run: Run): string {
  if (run.killed) return `still running after ${INSTALL_LIMIT_SECONDS / 60} minutes`;
  if (run.error) return run.error.message;
  const lines = run.output
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const error = lines.find((line) => /^(Error|E):/.test(line));
  return (error ?? lines.at(-1) ?? "it said nothing").replace(/^(Error|E):\s*/, "");
}

async function attempt(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Attempt> {
  const run = await runWithTimeLimit(command, args, { env, limitSeconds: INSTALL_LIMIT_SECONDS });
  return run.ok ? { ok: true } : { ok: false, reason: reason(run) };
}

function isDebian(): boolean {
  try {
    return /^ID=("?)debian\1$/m.test(readFileSync("/etc/os-release", "utf8"));
  } catch {
    return false;
  }
}

/** This machine, as the browser set-up of `npm test` sees it (CHROMIUM_SETUP_SIMULATE changes what it sees, for its tests). */
export function thisMachine(): Machine {
  return {
    find() {
      const chosen = process.env["CHROMIUM_PATH"];
      if (chosen && !existsSync(chosen)) return { kind: "misnamed", path: chosen };
      try {
        findBrowser();
        return { kind: "found" };
      } catch {
        return { kind: "none" };
      }
    },
    isDebian,
    isRootOnDebian: () => !simulates("not-root") && process.getuid?.() === 0 && isDebian() && existsSync("/usr/bin/apt-get"),
    downloadPlaywrights: () => attempt(process.execPath, [PLAYWRIGHT, "install", "chromium"]),
    installPlaywrightsLibraries: () => attempt(process.execPath, [PLAYWRIGHT, "install-deps", "chromium"]),
    async installDebians() {
      const apt = { DEBIAN_FRONTEND: "noninteractive" };
      const update = await attempt("apt-get", ["update", "-qq"], apt);
      if (!update.ok) return update;
      const installed = await attempt("apt-get", ["install", "-y", "-qq", "chromium"], apt);
      // Debian's headless shell runs the browser tests in 60% of the full browser's CPU time (scripts/lib/chromium.ts);
      // an older Debian has no such package, and the full browser does the same work.
      if (installed.ok) await attempt("apt-get", ["install", "-y", "-qq", "chromium-headless-shell"], apt);
      return installed;
    },
    async launches() {
      try {
        const browser = await chromium.launch({ ...chromiumLaunchOptions(), timeout: LAUNCH_LIMIT_MS });
        await browser.close();
        return true;
      } catch {
        return false;
      }
    },
  };
}
