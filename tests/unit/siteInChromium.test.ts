/**
 * A test that serves a site and visits it in Chromium must stop the server when Chromium cannot start: a server left
 * running kept tests/build/hostileContent.test.ts, and so `npm test`, from ever ending on a machine with no browser.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { freePort } from "../../scripts/lib/freePort.ts";
import { withSiteInChromium } from "../../scripts/lib/siteInChromium.ts";

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

test("when Chromium cannot start, the site's server is stopped and the error is Chromium's", async () => {
  const site = mkdtempSync(path.join(tmpdir(), "site-in-chromium-"));
  const chosen = process.env["CHROMIUM_PATH"];
  try {
    writeFileSync(path.join(site, "index.html"), "<!doctype html><title>Home</title>");
    const port = await freePort(0);
    process.env["CHROMIUM_PATH"] = path.join(site, "no-such-chromium");
    await assert.rejects(
      withSiteInChromium({ dir: site, port }, async () => {
        assert.fail("Chromium started");
      }),
      /CHROMIUM_PATH is set to .*no-such-chromium, which does not exist/,
    );
    assert.equal(await answers(`http://127.0.0.1:${port}/`), false, "the server still answers");
  } finally {
    if (chosen === undefined) delete process.env["CHROMIUM_PATH"];
    else process.env["CHROMIUM_PATH"] = chosen;
    rmSync(site, { recursive: true, force: true });
  }
});
