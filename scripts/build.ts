/**
 * The production build: Eleventy writes the site into a fresh folder, Pagefind
 * indexes it, and the folder replaces _site/ only when everything succeeded.
 * A failed build therefore never leaves a half-written site that looks
 * complete.
 *
 * Eleventy runs in a process of its own (scripts/build/writeSite.ts), and
 * Pagefind's program starts once that process has ended: Pagefind needs about
 * as much memory as Eleventy holds, and run beside Eleventy's process the
 * build's peak was the two together (732 MB at 1,000 articles, against 340 MB
 * for the floor of issue 15; see docs/performance.md).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { timed } from "../eleventy/core/buildTimings.ts";
import { reuseImages } from "../eleventy/features/images/reusedImages.ts";
import { indexWithPagefindCommand } from "../eleventy/features/search/pagefindCommand.ts";
import { buildFailureMessage, REPORTED_FAILURE_EXIT_CODE } from "./build/buildFailure.ts";

const OUTPUT = "_site";
const WRITE_SITE = path.join(import.meta.dirname, "build", "writeSite.ts");

/** Eleventy's process failed, and has said what to fix. */
class ReportedFailure extends Error {}

export async function buildSite(output = OUTPUT): Promise<void> {
  const staging = `${output}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  removeAbandonedBuilds(output);
  try {
    // Images already made are not made again; the build removes those no page uses any more (eleventy/features/images/reusedImages.ts).
    await reuseImages(output, staging);
    await writeSite(staging, output);
    // Only now: a page that failed a check, a broken link included, has failed the build, and a broken site is never indexed.
    await timed("pagefindSeconds", () => indexWithPagefindCommand(staging));
    if (!existsSync(`${staging}/pagefind/pagefind.js`)) {
      throw new Error("Pagefind wrote no search index, so search would not work.");
    }
    const previous = `${output}.previous-${process.pid}`;
    if (existsSync(output)) await rename(output, previous);
    await rename(staging, output);
    removeInBackground(previous);
  } catch (error) {
    // Eleventy's process has ended, so nothing is copying files into the folder any more.
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Runs Eleventy into `folder`, in a process started as this one was (`--import tsx`, and the flags of package.json). */
function writeSite(folder: string, output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const eleventy = spawn(process.execPath, [...process.execArgv, WRITE_SITE, folder, output], { stdio: "inherit" });
    eleventy.once("error", reject);
    eleventy.once("close", (code, signal) => {
      if (code === 0) resolve();
      else if (code === REPORTED_FAILURE_EXIT_CODE) reject(new ReportedFailure());
      else reject(new Error(`Eleventy stopped before it had written the site (${signal ?? `exit code ${code}`}).`));
    });
  });
}

/** Whether a process is running: a build that was killed leaves its staging folder, named by its process id. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the staging folders of builds that were killed before they finished (`_site.building-<pid>`). */
function removeAbandonedBuilds(output: string): void {
  const folder = path.dirname(path.resolve(output));
  const prefix = `${path.basename(output)}.building-`;
  for (const name of readdirSync(folder)) {
    const pid = Number(name.slice(prefix.length));
    if (name.startsWith(prefix) && Number.isInteger(pid) && pid !== process.pid && !isRunning(pid))
      removeInBackground(path.join(folder, name));
  }
}

/**
 * Deletes a replaced site in a process of its own, which goes on after the
 * build has returned: the new site is already in place, and deleting the
 * old one (thousands of files) took seconds of every build at council scale.
 */
function removeInBackground(folder: string): void {
  if (!existsSync(folder)) return;
  const remove = `require("node:fs").rmSync(${JSON.stringify(path.resolve(folder))}, { recursive: true, force: true })`;
  spawn(process.execPath, ["-e", remove], { detached: true, stdio: "ignore" }).unref();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await buildSite();
    console.log(`Built the site into ${OUTPUT}/ and indexed it for search.`);
  } catch (error) {
    if (!(error instanceof ReportedFailure)) console.error(buildFailureMessage(OUTPUT, error));
    process.exitCode = 1;
  }
}
