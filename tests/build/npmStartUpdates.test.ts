/**
 * `npm start` shows what an editor saves: a changed article, a new one, a
 * deleted one. The site carries a patch to the file watcher (patches/), so
 * that a save in a folder of thousands of articles does not make it re-read
 * the folder: these tests make sure it still sees every kind of change.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { eleventyServerUrl } from "../../scripts/lib/eleventyServerUrl.ts";
import { endProcessGroup } from "../../scripts/lib/endProcessGroup.ts";
import { freePort } from "../../scripts/lib/freePort.ts";
import { npmStartNodeArgs } from "../../scripts/lib/npmScript.ts";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

const ARTICLE = {
  file: "content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md",
  url: "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/",
};
const ADDED = {
  file: "content/news/2019-02-01-added-while-previewing.md",
  url: "/news/2019/02/added-while-previewing/",
  text: "---\ntitle: Added while previewing\ndescription: An article saved while npm start was running.\ndate: 2019-02-01\n---\nIts text.\n",
};

describe("npm start shows a saved change without being restarted", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let server: ChildProcess | undefined;
  let origin = "";
  let log = "";

  const page = async (url: string): Promise<string | undefined> => {
    try {
      const response = await fetch(`${origin}${url}`, { signal: AbortSignal.timeout(5000) });
      return response.ok ? await response.text() : undefined;
    } catch {
      return undefined;
    }
  };
  /** Waits until the server sends `url` and `shows` holds for it (given up after two minutes, with the server's output). */
  const until = async (url: string, shows: (html: string | undefined) => boolean, what: string) => {
    const deadline = Date.now() + 120_000;
    while (!shows(await page(url))) {
      if (Date.now() > deadline)
        assert.fail(`${what} did not show at ${url} within two minutes. npm start said:\n${log.slice(-3000)}`);
      await sleep(100);
    }
  };

  before(async () => {
    const port = await freePort(0);
    // The command of `npm start`, on a free port.
    const args = npmStartNodeArgs(project.root, port);
    const started = spawn(process.execPath, args, { cwd: project.root, stdio: ["ignore", "pipe", "pipe"], detached: true });
    started.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    started.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server = started;
    // Where Eleventy says it serves: the next port if the one chosen was taken meanwhile.
    const deadline = Date.now() + 120_000;
    while (!eleventyServerUrl(log)) {
      if (Date.now() > deadline)
        assert.fail(`npm start did not start its server within two minutes. It said:\n${log.slice(-3000)}`);
      await sleep(100);
    }
    origin = eleventyServerUrl(log)!;
    await until(ARTICLE.url, (html) => html !== undefined, "The first build");
  });
  after(() => {
    endProcessGroup(server);
    project.remove();
  });

  test("a saved edit to an article shows on its page", async () => {
    const original = project.read(ARTICLE.file);
    project.write(ARTICLE.file, `${original.trimEnd()}\n\nA sentence saved while previewing.\n`);
    await until(ARTICLE.url, (html) => html?.includes("A sentence saved while previewing.") ?? false, "The edit");
  });

  test("a new article gets its page and a place in the news listing", async () => {
    project.write(ADDED.file, ADDED.text);
    await until(ADDED.url, (html) => html?.includes("Added while previewing</h1>") ?? false, "The new article");
    await until("/news/", (html) => html?.includes("Added while previewing") ?? false, "The new article in the listing");
  });

  test("a deleted article leaves the news listing at the next save", async () => {
    project.delete(ADDED.file);
    // Eleventy 3 notes a deletion but builds again only when a file is saved (docs/editing.md says so).
    await sleep(1000);
    project.write(ARTICLE.file, `${project.read(ARTICLE.file)}\nAnother sentence.\n`);
    await until("/news/", (html) => html !== undefined && !html.includes("Added while previewing"), "The deletion");
  });

  test("a save that cannot be built shows what to fix at the top of the open page, and goes once it is fixed", async () => {
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${origin}${ARTICLE.url}`);
      const original = project.read(ARTICLE.file);
      project.write(ARTICLE.file, original.replace(/^title: .*$/m, `title: ${"A headline far too long ".repeat(4)}`));
      const notice = tab.getByRole("alert");
      await notice.waitFor({ timeout: 60_000 });
      assert.match(
        (await notice.textContent()) ?? "",
        /Your last save could not be built[\s\S]*content\/news\/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed\.md:2: title: too long/,
      );
      project.write(ARTICLE.file, original);
      await notice.waitFor({ state: "detached", timeout: 60_000 });
    } finally {
      await browser.close();
    }
  });
});
