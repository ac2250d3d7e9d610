/**
 * The production build: Eleventy and Pagefind write into a fresh folder, which
 * replaces _site/ only when everything succeeded. A failed build therefore
 * never leaves a half-written site that looks complete.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { timed } from "../eleventy/buildTimings.ts";
import { ContentError } from "../eleventy/frontMatter/contentProblem.ts";
import { reuseImages } from "../eleventy/images/reusedImages.ts";
import { refuseContentProblems } from "../eleventy/plugins/contentFolderCheck.ts";

const OUTPUT = "_site";

export async function buildSite(output = OUTPUT): Promise<void> {
  // A mistake in content/ is found before Eleventy is loaded (a second or two of every build): the build fails at once.
  refuseContentProblems();
  const { default: Eleventy } = await import("@11ty/eleventy");
  const staging = `${output}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  removeAbandonedBuilds(output);
  try {
    // Images already made are not made again; the build removes those no page uses any more (eleventy/images/reusedImages.ts).
    await reuseImages(output, staging);
    const eleventy = new Eleventy("content", staging, { configPath: ".eleventy.ts", quietMode: true });
    // This script says what went wrong itself (explain, below), in an editor's words: Eleventy's own log of an error
    // would print it again, wrapped and with a stack trace.
    eleventy.disableLogger();
    // With $BENCH_TIMINGS_FILE set, the benchmark learns how long this took, Pagefind included (eleventy/buildTimings.ts).
    await timed("writeSeconds", () => eleventy.write());
    if (!existsSync(`${staging}/pagefind/pagefind.js`)) {
      throw new Error("Pagefind wrote no search index, so search would not work.");
    }
    const previous = `${output}.previous-${process.pid}`;
    if (existsSync(output)) await rename(output, previous);
    await rename(staging, output);
    removeInBackground(previous);
  } catch (error) {
    // Eleventy may still be copying files (the CMS's) when it reports an error. Deleting the folder under them made a
    // copy fail, and its crash, with a stack trace, hid the message that says what to fix: delete it once they have
    // landed, when nothing is left to run.
    process.once("beforeExit", () => rmSync(staging, { recursive: true, force: true }));
    throw error;
  }
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

/** What an editor can do about the errors Eleventy itself reports. */
const HINTS: Array<[RegExp, string]> = [
  [
    /Output conflict/,
    "Two files would publish pages at the same address. Give one of them a different file name (the address comes from it) and build again.",
  ],
];

/**
 * Eleventy wraps the error that says what is wrong: show the whole chain, innermost last, without stack traces, then a
 * hint. A mistake in content (a ContentError) is shown on its own: its lines say where and what to write instead.
 */
function explain(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error;) {
    if (current instanceof ContentError) return current.message;
    messages.push(current.message);
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  const text = messages.length ? messages.join("\n") : String(error);
  const hints = HINTS.filter(([pattern]) => pattern.test(text)).map(([, hint]) => `\nWhat to do: ${hint}`);
  return text + hints.join("");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await buildSite();
    console.log(`Built the site into ${OUTPUT}/ and indexed it for search.`);
  } catch (error) {
    console.error(`\nThe build failed, and ${OUTPUT}/ was left as it was. What to fix:\n\n${explain(error)}`);
    process.exitCode = 1;
  }
}
