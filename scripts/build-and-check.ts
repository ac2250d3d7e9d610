/**
 * `npm run build:checked`: the production build (scripts/build.ts), then the checks of every page it built
 * (`npm run check:site`: tests/site), as the Deploy workflow runs them, in one step. The checks' process starts with
 * the build and readies itself meanwhile (tests/site/warmUp.ts: their modules, html-validate's rules), on a core the
 * build leaves idle much of the time, then checks the site once it is in place. Exits with 1 if either failed;
 * the checks do not run on a failed build.
 */
import { spawn } from "node:child_process";
import { buildSite, ReportedFailure } from "./build.ts";
import { buildFailureMessage } from "./build/buildFailure.ts";

const checks = spawn(
  process.execPath,
  ["--import", "tsx", "--test-reporter=spec", "scripts/lib/testsInOneProcess.ts", "tests/site"],
  { stdio: ["pipe", "inherit", "inherit"], env: { ...process.env, WAIT_FOR_BUILD: "1" } },
);
const checked = new Promise<number | null>((resolve) => checks.once("close", resolve));

let built = false;
try {
  await buildSite();
  built = true;
  console.log("Built the site into _site/ and indexed it for search. Checking every page it built:");
} catch (error) {
  // The build's own process has said what to fix, unless it could not start.
  if (!(error instanceof ReportedFailure)) console.error(buildFailureMessage("_site", error));
} finally {
  checks.stdin.end(built ? "go\n" : "stop\n");
}
const code = await checked;
process.exitCode = built && code === 0 ? 0 : 1;
