/*
 * Which kind of build this process is, from the run mode Eleventy gives the process as ELEVENTY_RUN_MODE (and each
 * page as `eleventy.env.runMode`): the one place that reads it.
 */

/**
 * - "serve": `npm start`, Eleventy's server with live reload;
 * - "watch": Eleventy rebuilding on every save without its server;
 * - "production": anything else (`npm run build`, a pull request's preview), so that a draft is never published by mistake.
 */
export type RunMode = "serve" | "watch" | "production";

export function runMode(given: string | undefined = process.env["ELEVENTY_RUN_MODE"]): RunMode {
  return given === "serve" || given === "watch" ? given : "production";
}

/** Whether unpublished pages are shown, marked, rather than left out: under `npm start` (serve or watch). */
export function showsUnpublished(given: string | undefined): boolean {
  return runMode(given) !== "production";
}

/** Whether this process builds the `npm start` preview (see showsUnpublished). */
export function buildsPreview(): boolean {
  return showsUnpublished(process.env["ELEVENTY_RUN_MODE"]);
}

/** Whether this process is `npm start`'s server, which the CMS's local proxy and the parent watch go with. */
export function isServing(): boolean {
  return runMode() === "serve";
}
