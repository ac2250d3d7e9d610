/**
 * `npm test` on a new machine with no browser: it gets Chromium where it can (Playwright's download, or Debian's
 * package as root on Debian), and otherwise stops at once with the one command to run, before any other step.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { freePort } from "../../scripts/lib/freePort.ts";
import { getChromium, type Attempt, type Machine } from "../../scripts/lib/browserSetup/getChromium.ts";
import { SIMULATION_VARIABLE } from "../../scripts/lib/browserSetup/simulation.ts";
import { runWithTimeLimit } from "../../scripts/lib/runWithTimeLimit.ts";

// Started as the file is loaded, so that its seconds overlap the other unit tests, which share its process.
const emptyCache = mkdtempSync(path.join(tmpdir(), "no-playwright-browsers-"));
const npmTest = freePort(0).then((closedPort) =>
  runWithTimeLimit(process.execPath, ["scripts/run.js", "scripts/test.ts"], {
    env: {
      CHROMIUM_PATH: undefined,
      NODE_TEST_CONTEXT: undefined,
      [SIMULATION_VARIABLE]: "no-system-browser not-root",
      PLAYWRIGHT_BROWSERS_PATH: emptyCache,
      // Nothing listens there: Playwright's download is refused at once, wherever the machine is.
      PLAYWRIGHT_DOWNLOAD_HOST: `http://127.0.0.1:${closedPort}`,
    },
    // Only against running the whole suite, were a browser found after all: it stops within seconds.
    limitSeconds: 120,
  }),
);
after(async () => {
  await npmTest;
  rmSync(emptyCache, { recursive: true, force: true });
});

test("npm test with no browser, as a user who is not root: one line says what to run, then 0 passed, 1 failed, and nothing else runs", async () => {
  const run = await npmTest;
  assert.equal(run.killed, false, run.output);
  assert.equal(run.ok, false);
  const lines = run.output.trimEnd().split("\n");
  assert.equal(lines.at(-1), "0 passed, 1 failed");
  const actions = lines.filter((line) => /\brun "[^"]+"/.test(line));
  assert.equal(actions.length, 1, run.output);
  assert.match(
    actions[0]!,
    /^No Chromium for the browser tests, and Playwright's could not be downloaded \(.*ECONNREFUSED.*\): run "(sudo apt-get install chromium|npx playwright install chromium)", or set CHROMIUM_PATH/,
  );
  assert.doesNotMatch(run.output, /^== |Running up to/m, "no other step ran");
});

/** A machine with no browser, where each action does what `facts` say; `done` records the actions taken, in order. */
function machine(facts: { root?: boolean; debian?: boolean; download?: Attempt; launches?: boolean; installs?: boolean }) {
  const done: string[] = [];
  let browser = false;
  const fake: Machine = {
    find: () => (browser ? { kind: "found" } : { kind: "none" }),
    isDebian: () => facts.debian ?? true,
    isRootOnDebian: () => (facts.root ?? false) && (facts.debian ?? true),
    async downloadPlaywrights() {
      done.push("download");
      const download = facts.download ?? { ok: false, reason: "getaddrinfo ENOTFOUND cdn.playwright.dev" };
      browser = download.ok;
      return download;
    },
    async installPlaywrightsLibraries() {
      done.push("libraries");
      facts.launches = true;
      return { ok: true };
    },
    async installDebians() {
      done.push("apt-get");
      browser = facts.installs ?? true;
      return browser ? { ok: true } : { ok: false, reason: "Unable to locate package chromium" };
    },
    async launches() {
      done.push("launch");
      return facts.launches ?? true;
    },
  };
  return { fake, done };
}

test("a browser that is there is used: nothing is downloaded or installed", async () => {
  const { fake, done } = machine({});
  fake.find = () => ({ kind: "found" });
  assert.deepEqual(await getChromium(fake, () => {}), { ok: true });
  assert.deepEqual(done, []);
});

test("Playwright's own Chromium is downloaded where it can be, and checked that it starts", async () => {
  const { fake, done } = machine({ root: true, download: { ok: true } });
  assert.deepEqual(await getChromium(fake, () => {}), { ok: true });
  assert.deepEqual(done, ["download", "launch"]);
});

test("as root on Debian, where Playwright's cannot be downloaded, Debian's chromium package is installed", async () => {
  const { fake, done } = machine({ root: true });
  const said: string[] = [];
  assert.deepEqual(await getChromium(fake, (line) => said.push(line)), { ok: true });
  assert.deepEqual(done, ["download", "apt-get"]);
  assert.match(
    said.at(-1)!,
    /could not be downloaded \(getaddrinfo ENOTFOUND cdn\.playwright\.dev\): installing Debian's chromium/,
  );
});

test("as root on Debian, Playwright's download that lacks libraries gets them", async () => {
  const { fake, done } = machine({ root: true, download: { ok: true }, launches: false });
  assert.deepEqual(await getChromium(fake, () => {}), { ok: true });
  assert.deepEqual(done, ["download", "launch", "libraries", "launch"]);
});

test("not root: nothing is installed, and the line names the command that would, with sudo", async () => {
  const onDebian = machine({});
  assert.match(((await getChromium(onDebian.fake, () => {})) as { line: string }).line, /run "sudo apt-get install chromium"/);
  assert.deepEqual(onDebian.done, ["download"]);

  const elsewhere = machine({ debian: false });
  assert.match(((await getChromium(elsewhere.fake, () => {})) as { line: string }).line, /run "npx playwright install chromium"/);

  const lacksLibraries = machine({ download: { ok: true }, launches: false });
  assert.match(
    ((await getChromium(lacksLibraries.fake, () => {})) as { line: string }).line,
    /downloaded but cannot start here: run "sudo npx playwright install-deps chromium"/,
  );
  assert.deepEqual(lacksLibraries.done, ["download", "launch"]);
});

test("apt-get failing, or CHROMIUM_PATH naming nothing, is said in one line, with what to do", async () => {
  const failing = machine({ root: true, installs: false });
  assert.match(
    ((await getChromium(failing.fake, () => {})) as { line: string }).line,
    /^apt-get could not install chromium \(Unable to locate package chromium\): run "apt-get install chromium" to see why/,
  );
  const misnamed = machine({});
  misnamed.fake.find = () => ({ kind: "misnamed", path: "/opt/no-such-chrome" });
  assert.deepEqual(await getChromium(misnamed.fake, () => {}), {
    ok: false,
    line: "CHROMIUM_PATH names /opt/no-such-chrome, which does not exist: set it to a Chromium or Chrome, or unset it.",
  });
  assert.deepEqual(misnamed.done, [], "nothing downloaded for a mistyped path");
});
