/**
 * The CMS at /admin/ under `npm start`, as an editor uses it: a news article
 * written in its form, saved, sent through the editorial workflow and
 * published, edited and deleted, on a copy of the project that is a git
 * repository (Decap's local proxy in git mode works on the working copy's
 * repository: each change on a branch cms/news/<file> until it is published,
 * which merges that branch into the current one). npm start serves /admin/
 * with the Content-Security-Policy that _headers gives it, and the CMS breaks
 * none of it.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { Browser, Locator, Page } from "@playwright/test";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { eleventyServerUrl } from "../../scripts/lib/eleventyServerUrl.ts";
import { freePort } from "../../scripts/lib/freePort.ts";
import { npmStartNodeArgs } from "../../scripts/lib/npmScript.ts";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";
import { recordViolations } from "../browser/policyViolations.ts";

const ARTICLE = {
  title: "Library opening hours extended",
  description: "Libraries across the county open until 8pm on weekdays from March.",
  // A news article's date may give a time of day (the form's date and time picker, as the council's editors fill it in).
  date: "2019-03-04 09:00",
  topic: "Communities",
  body: "Every library in the county will open until 8pm from Monday to Friday.",
  file: "content/news/2019-03-04-library-opening-hours-extended.md",
  branch: "cms/news/2019-03-04-library-opening-hours-extended",
  url: "/news/2019/03/library-opening-hours-extended/",
};

/** With CMS_SCREENSHOTS set to a folder, the journey also takes the editors' guide's pictures of the CMS (npm run docs:screenshots). */
const SCREENSHOTS = process.env["CMS_SCREENSHOTS"];

describe("the CMS at /admin/ writes, publishes, edits and deletes a news article", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let tab: Page;
  let violations: () => Promise<string[]>;
  let origin = "";
  let proxyPort = 0;
  let log = "";

  const git = (...args: string[]) => spawnSync("git", args, { cwd: project.root, encoding: "utf8" }).stdout.trim();
  /** The file's entry in the published branch's tree: "" if it is not there. */
  const onMain = (file: string) => git("ls-tree", "main", "--", file);
  const fetched = async (url: string) => {
    try {
      const response = await fetch(`${origin}${url}`, { signal: AbortSignal.timeout(5000) });
      return response.ok ? await response.text() : undefined;
    } catch {
      return undefined;
    }
  };
  const until = async (what: string, holds: () => boolean | Promise<boolean>) => {
    const deadline = Date.now() + 120_000;
    while (!(await holds())) {
      if (Date.now() > deadline) assert.fail(`${what}: not within two minutes. npm start said:\n${log.slice(-3000)}`);
      await sleep(200);
    }
  };

  /** A picture for the guide, when asked for one, of the part of the form around `showing`. */
  const screenshot = async (file: string, showing?: Locator) => {
    if (!SCREENSHOTS) return;
    await showing?.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await tab.screenshot({ path: path.join(SCREENSHOTS, file) });
  };

  /** The workflow's last step on an entry that is open: ready for review, then published at once. */
  const publishOpenEntry = async () => {
    await tab.getByRole("button", { name: /^Status: / }).click();
    await tab.getByRole("menuitem", { name: "Ready" }).click();
    await tab.getByText("Entry status updated").waitFor();
    await tab.getByRole("button", { name: "Publish", exact: true }).click();
    await tab.getByRole("menuitem", { name: "Publish now" }).click();
    await tab.getByText("Entry published").waitFor({ timeout: 60_000 });
  };

  before(async () => {
    // The copy is a repository with one commit, as a clone is; its .gitignore keeps the build out of Decap's commits.
    copyFileSync(".gitignore", path.join(project.root, ".gitignore"));
    for (const args of [
      ["init", "-q", "-b", "main"],
      ["add", "."],
      ["commit", "-qm", "Start"],
    ]) {
      const result = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], {
        cwd: project.root,
      });
      assert.equal(result.status, 0, `git ${args.join(" ")}: ${result.stderr}`);
    }
    const port = await freePort(Number(process.env["TEST_PORT"] ?? 0) || 0);
    proxyPort = await freePort(0);
    const env = { ...process.env, CMS_PROXY_PORT: String(proxyPort) };
    const started = spawn(process.execPath, npmStartNodeArgs(project.root, port), {
      cwd: project.root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    started.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    started.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server = started;
    // Where Eleventy says it serves: the next port if the one chosen was taken meanwhile.
    await until("npm start's server", async () => eleventyServerUrl(log) !== undefined);
    origin = eleventyServerUrl(log)!;
    await until("npm start's first build", async () => (await fetched("/admin/config.yml")) !== undefined);

    browser = await launchChromium();
    // As the council's editors see it: dates in the form as 04/03/2019.
    tab = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
    tab.setDefaultTimeout(30_000);
    tab.on("dialog", (dialog) => void dialog.accept()); // "Are you sure you want to delete this entry?"
    violations = await recordViolations(tab);
  });

  after(async () => {
    if (process.env["CMS_TEST_LOG"]) writeFileSync(process.env["CMS_TEST_LOG"], log);
    await browser?.close();
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    project.remove();
  });

  test("opens with no sign-in, through the local proxy", async () => {
    const opening = Date.now();
    await tab.goto(`${origin}/admin/`);
    await tab.getByRole("button", { name: "Login" }).click();
    await tab.getByRole("link", { name: "News" }).first().waitFor();
    console.log(`/admin/ opened in ${Date.now() - opening} ms`);
    await screenshot("cms-collections.png");
  });

  test("a news article written in its form is saved as a draft on a branch of its own", async () => {
    await tab.goto(`${origin}/admin/#/collections/news/new`);
    await tab.getByLabel("Title", { exact: true }).fill(ARTICLE.title);
    await tab.getByLabel("Description", { exact: true }).fill(ARTICLE.description);
    await tab.getByLabel("Date", { exact: true }).fill(ARTICLE.date.replace(" ", "T"));
    await tab.getByLabel("Topics (optional)").click();
    await tab.keyboard.type(ARTICLE.topic);
    await tab.keyboard.press("Enter");
    await tab.locator("[data-slate-editor]").click();
    await tab.keyboard.type(ARTICLE.body);
    await screenshot("cms-news-form.png", tab.getByLabel("Title", { exact: true }));
    await tab.getByRole("button", { name: "Save" }).click();
    await tab.getByText("Entry saved").waitFor();
    await tab.getByRole("button", { name: /^Status: / }).waitFor();
    await screenshot("cms-saved-draft.png");
    assert.match(git("branch", "--list", "cms/*"), new RegExp(ARTICLE.branch));
    assert.equal(onMain(ARTICLE.file), "", "a draft is not on the published branch");
    assert.match(git("show", `${ARTICLE.branch}:${ARTICLE.file}`), /^---\n/);
  });

  test("published, it is a file that passes the content lint and builds into its page", async () => {
    await publishOpenEntry();
    assert.equal(git("branch", "--list", "cms/*"), "", "publishing merges and deletes the draft's branch");
    const written = git("show", `main:${ARTICLE.file}`);
    assert.match(written, new RegExp(`^---\\n[\\s\\S]*title: ${ARTICLE.title}\\n[\\s\\S]*date: ${ARTICLE.date}\\n`));
    const lint = spawnSync(process.execPath, ["--import", "tsx", "scripts/lint-content.ts"], {
      cwd: project.root,
      encoding: "utf8",
    });
    assert.equal(lint.status, 0, `npm run lint:content on the CMS's file:\n${written}\n${lint.stdout}`);
    await until(`${ARTICLE.url} built`, async () => (await fetched(ARTICLE.url))?.includes(ARTICLE.body) ?? false);
  });

  test("an edit is published in the same way", async () => {
    // A page of its own: the last test's "Entry saved" and "Entry published" notices would otherwise still be showing,
    // and this test would read them as its own (a change of the address's #part alone does not load the page again).
    await tab.goto("about:blank");
    await tab.goto(`${origin}/admin/#/collections/news/entries/${path.basename(ARTICLE.file, ".md")}`);
    const title = tab.getByLabel("Title", { exact: true });
    // Decap fills the form once it has read the entry: typing before then is overwritten by the saved title.
    await until("the entry in its form", async () => (await title.inputValue().catch(() => "")) === ARTICLE.title);
    await title.fill(`${ARTICLE.title} again`);
    await tab.getByRole("button", { name: "Save" }).click();
    await tab.getByText("Entry saved").waitFor();
    await publishOpenEntry();
    assert.match(git("show", `main:${ARTICLE.file}`), new RegExp(`title: ${ARTICLE.title} again\\n`));
    await until("the edit built", async () => (await fetched(ARTICLE.url))?.includes(`${ARTICLE.title} again`) ?? false);
  });

  test("deleted, its file is gone, in a commit of its own", async () => {
    await tab.goto(`${origin}/admin/#/collections/news/entries/${path.basename(ARTICLE.file, ".md")}`);
    await tab.getByRole("button", { name: "Delete published entry" }).click();
    await until("the deletion", () => onMain(ARTICLE.file) === "");
    assert.match(git("log", "-1", "--format=%s", "main"), /^Delete News/);
    assert.equal(existsSync(path.join(project.root, ARTICLE.file)), false);
  });

  test("a notice added to the one list of notices is previewed as pages show it, and published as a file that builds", async () => {
    await tab.goto("about:blank");
    await tab.goto(`${origin}/admin/#/collections/settings/entries/notices`);
    await tab.getByRole("button", { name: /^Add notice$/ }).click();
    // The fixture content's notices come first in the list: the new one is its last.
    const field = (label: string) => tab.getByLabel(label, { exact: true }).last();
    await field("Type").click();
    await tab.keyboard.type("Emergency");
    await tab.keyboard.press("Enter");
    await field("Heading").fill("Roads closed by snow");
    await field("Text").fill("Several roads are closed. Check before you travel.");
    // A new notice starts at the time it is written: "now", in the editor's London time.
    const start = field("Start");
    assert.match(await start.inputValue(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await start.fill("2020-01-01T09:00");
    await field("End (optional)").fill("2099-01-01T18:00");
    // The preview, in the site's own style sheets: the notice as a region named by its heading, with when it shows.
    const preview = tab.frameLocator("iframe").first();
    await preview.getByRole("region", { name: "Roads closed by snow" }).waitFor();
    await preview.getByText("From 2020-01-01 09:00 until 2099-01-01 18:00, on every page.").waitFor();
    await tab.getByRole("button", { name: "Save" }).click();
    await tab.getByText("Entry saved").waitFor();
    assert.match(git("branch", "--list", "cms/*"), /cms\/settings\/notices/);
    await publishOpenEntry();
    const written = git("show", "main:content/settings/notices.yml");
    assert.match(written, /type: emergency/);
    assert.match(written, /start: 2020-01-01 09:00/);
    const lint = spawnSync(process.execPath, ["--import", "tsx", "scripts/lint-content.ts"], {
      cwd: project.root,
      encoding: "utf8",
    });
    assert.equal(lint.status, 0, `npm run lint:content on the CMS's notices:\n${written}\n${lint.stdout}`);
    await until("the notice on the home page", async () => (await fetched("/"))?.includes("Roads closed by snow") ?? false);
  });

  test("nothing it did broke /admin/'s Content-Security-Policy", async () => {
    assert.deepEqual(await violations(), []);
  });

  test("npm start, ended as when npm ends, ends its proxy too", async () => {
    const proxyAnswers = async () => {
      try {
        await fetch(`http://127.0.0.1:${proxyPort}/api/v1`, { method: "POST", signal: AbortSignal.timeout(1000) });
        return true;
      } catch {
        return false;
      }
    };
    assert.ok(await proxyAnswers(), "the proxy answers while npm start runs");
    // What stopWhenParentEnds does once npm has gone: Eleventy's own Ctrl+C.
    process.kill(server!.pid!, "SIGINT");
    await until("npm start and its proxy ending", async () => server!.exitCode !== null && !(await proxyAnswers()));
  });
});
