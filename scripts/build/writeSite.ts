/**
 * `node scripts/run.js scripts/build/writeSite.ts <folder> <site>`: the part of the production build that Eleventy does
 * (every page, its checks, the link check), written into <folder>, in a process of its own (scripts/build.ts says
 * why). If it fails, it says what to fix, as a failure to replace <site>, and exits with REPORTED_FAILURE_EXIT_CODE.
 */
import { timed } from "../../eleventy/core/buildTimings.ts";
import { ELEVENTY_CONFIG } from "../../eleventy/core/nodeScript.ts";
import { refuseContentProblems } from "../../eleventy/plugins/contentFolderCheck.ts";
import { buildFailureMessage, REPORTED_FAILURE_EXIT_CODE } from "./buildFailure.ts";

const [folder, site] = process.argv.slice(2);
if (!folder || !site) throw new Error("Usage: writeSite.ts <folder> <site>");

let reported = false;
/** Says what to fix, once, however many ways the failure reaches this process. */
function reportFailure(error: unknown): void {
  if (!reported) console.error(buildFailureMessage(site!, error));
  reported = true;
  // Not process.exit(): Eleventy may still be copying files (the CMS's), and the build deletes the folder only once
  // this process has ended, when they have landed.
  process.exitCode = REPORTED_FAILURE_EXIT_CODE;
}
// A failure Eleventy does not wait for (a picture its HTML transform could not make rejects twice, once unawaited)
// would otherwise end the process with Node's stack trace.
process.on("unhandledRejection", reportFailure);

try {
  // A mistake in content/ is found before Eleventy is loaded (a second or two of every build): the build fails at once.
  refuseContentProblems();
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy("content", folder, { configPath: ELEVENTY_CONFIG, quietMode: true });
  // This program says what went wrong itself, in an editor's words: Eleventy's own log of an error would print it
  // again, wrapped and with a stack trace.
  eleventy.disableLogger();
  // With $BENCH_TIMINGS_FILE set, the benchmark learns how long this took (eleventy/core/buildTimings.ts).
  await timed("writeSeconds", () => eleventy.write());
} catch (error) {
  reportFailure(error);
}
