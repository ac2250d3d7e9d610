import { existsSync } from "node:fs";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/chromium.ts";
import { FIXTURE_SITE } from "./scripts/lib/fixtureSite.ts";

// TEST_PORT lets two test runs share a machine; the fixture site is served on the next port.
const PORT = Number(process.env["TEST_PORT"] ?? 4173);
const FIXTURE_PORT = PORT + 1;

/*
 * Two sites, two projects. "site" checks every page of the real build (_site/,
 * whatever editors have published): accessibility, zoom, focus, page health,
 * reading without JavaScript. "fixtures" tests behaviour on pages it knows
 * (search counts, filters, reader journeys), on the build of tests/fixtures/content
 * that npm test makes in _site.fixtures/. A site that is not built is left out,
 * with a note, rather than failing every test for want of a server.
 */
const sites = [
  { name: "site", dir: "_site", port: PORT, testDir: "tests/browser/site", build: "npm run build" },
  {
    name: "fixtures",
    dir: FIXTURE_SITE,
    port: FIXTURE_PORT,
    testDir: "tests/browser/fixtureSite",
    build: "node scripts/run.js scripts/lib/fixtureSite.ts",
  },
].filter((site) => {
  if (existsSync(`${site.dir}/index.html`)) return true;
  // The configuration is read again by each worker: say it once, in the main process.
  if (process.env["TEST_WORKER_INDEX"] === undefined) {
    console.warn(`Browser tests of ${site.testDir}/ left out: ${site.dir}/ is not built (build it with ${site.build}).`);
  }
  return false;
});

const webServer: PlaywrightTestConfig["webServer"] = sites.map(({ dir, port }) => ({
  command: `node scripts/run.js scripts/serve.ts --port ${port} --dir ${dir}`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
  stdout: "ignore",
}));

export default defineConfig({
  testDir: "tests/browser",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  reporter: [["list"]],
  use: {
    trace: "off",
  },
  projects: sites.map(({ name, port, testDir }) => ({
    name,
    testDir,
    use: {
      ...devices["Desktop Chrome"],
      baseURL: `http://127.0.0.1:${port}`,
      launchOptions: chromiumLaunchOptions({ preferHeadlessShell: true }),
    },
  })),
  webServer,
});
