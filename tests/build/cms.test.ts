/**
 * The CMS at /admin/ under `npm start`, as an editor uses it: a news article
 * written in its form, saved, sent through the editorial workflow and
 * published, edited and deleted, on a copy of the project that is a git
 * repository. Decap's local proxy in git mode works on a checkout of its own
 * (.git/cms-checkout: each change on a branch cms/news/<file> until it is
 * published, which merges that branch into its main), so a draft never
 * reaches the working copy or the local site, and a published page reaches
 * both by a fast-forward of the working copy. npm start serves /admin/
 * with the Content-Security-Policy that _headers gives it, and the CMS breaks
 * none of it.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { Browser, Locator, Page } from "@playwright/test";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { eleventyServerUrl } from "../../scripts/lib/eleventyServerUrl.ts";
import { endProcessGroup } from "../../scripts/lib/endProcessGroup.ts";
import { freePort } from "../../scripts/lib/freePort.ts";
import { npmStartNodeArgs } from "../../scripts/lib/npmScript.ts";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";
import { markdownPages } from "../../eleventy/features/contentFolder/markdownPages.ts";
import { readContentFile } from "../../eleventy/model/frontMatter/readContentFile.ts";
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

const EVENT = {
  title: "Library open day",
  description: "Every library in the county opens its doors for a day of talks and tours.",
  slug: "library-open-day",
  venue: "County Hall",
};

const CAMPAIGN_PAGE = {
  title: "Befriending by telephone",
  description: "Volunteers call people who live alone for a chat every week.",
  file: "content/campaigns/tackling-loneliness/befriending-by-telephone.md",
};

const OLDER_DRAFT = {
  title: "Mobile library timetable changes",
  file: "content/news/2019-03-04-mobile-library-timetable-changes.md",
};
const FIXTURE_IMAGE = "loneliness-campaign.svg";
const README_FILES = ["content/news/README.md", "content/events/README.md", "content/campaigns/README.md"];

/** What a collection's list shows, opened at its address as a bookmark would: each entry's title. */
const listed = async (tab: Page, origin: string, collection: string) => {
  await tab.goto("about:blank");
  await tab.goto(`${origin}/admin/#/collections/${collection}`);
  const entries = tab.locator(`a[href*="/collections/${collection}/entries/"]`);
  await entries.first().waitFor();
  await sleep(500); // the rest of the list, drawn with the first
  return (await entries.allInnerTexts()).map((text) => text.trim());
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
  /** git in the proxy's own checkout, where drafts live. */
  const proxyGit = (...args: string[]) =>
    spawnSync("git", args, { cwd: path.join(project.root, ".git", "cms-checkout"), encoding: "utf8" }).stdout.trim();
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
    // With the editors' notes that sit in the content folders, which are not pages.
    for (const notes of README_FILES) copyFileSync(notes, path.join(project.root, notes));
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
    // Each step whatever the one before did: npm start left running would keep this file from ever ending.
    try {
      if (process.env["CMS_TEST_LOG"]) writeFileSync(process.env["CMS_TEST_LOG"], log);
      await browser?.close();
    } finally {
      endProcessGroup(server);
      project.remove();
    }
  });

  test("opens with no sign-in, through the local proxy", async () => {
    const opening = Date.now();
    await tab.goto(`${origin}/admin/`);
    // The council's name, on the login screen (the picture Decap shows there) and in the tab's title.
    const logo = tab.locator('img[src="logo.svg"]');
    await logo.waitFor();
    assert.ok(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), "the logo loads");
    assert.match(await (await fetch(`${origin}/admin/logo.svg`)).text(), /Leicestershire County Council/);
    assert.match(await tab.title(), /Leicestershire County Council/);
    await tab.getByRole("button", { name: "Login" }).click();
    await tab.getByRole("link", { name: "News" }).first().waitFor();
    console.log(`/admin/ opened in ${Date.now() - opening} ms`);
    await screenshot("cms-collections.png");
  });

  test("each list shows the pages of its kind, each once: no README.md, no campaign hub among its pages", async () => {
    // What each list should hold, from the copy's own files: the pages of the folder, by title, not its README.md.
    const titlesOf = (files: string[]) => files.map((file) => String(readContentFile(file).data["title"])).sort();
    const pagesIn = (folder: string) =>
      markdownPages(path.join(project.root, "content", folder)).filter((file) => path.dirname(file).endsWith(folder));
    assert.deepEqual((await listed(tab, origin, "news")).sort(), titlesOf(pagesIn("news")));
    assert.deepEqual((await listed(tab, origin, "events")).sort(), titlesOf(pagesIn("events")));
    const campaign = pagesIn("campaigns/tackling-loneliness").filter((file) => path.basename(file) !== "index.md");
    assert.deepEqual((await listed(tab, origin, "campaign-tackling-loneliness")).sort(), titlesOf(campaign));
    const hubs = markdownPages(path.join(project.root, "content", "campaigns")).filter(
      (file) => path.basename(file) === "index.md",
    );
    assert.deepEqual((await listed(tab, origin, "campaigns")).sort(), titlesOf(hubs));
  });

  test("the preview pane shows each kind of page as the site does: the same text, in the same order", async () => {
    // Each fixture page as the CMS opens it (its own front matter) beside the page the build made of it. The preview
    // leaves out what only the build knows (previewTemplates.ts): a campaign's list of its pages, and the
    // paragraphs of links the layouts keep out of search (calendar file, feed, the way back to a campaign's hub).
    const pages: Array<[entry: string, url: string]> = [
      [
        "news/entries/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed",
        "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/",
      ],
      ["events/entries/loneliness-summit", "/events/loneliness-summit/"],
      ["events/entries/county-hall-open-day", "/events/county-hall-open-day/"],
      ["events/entries/carol-concert", "/events/carol-concert/"],
      ["campaigns/entries/tackling-loneliness", "/tackling-loneliness/"],
      ["campaign-tackling-loneliness/entries/social-workers", "/tackling-loneliness/social-workers/"],
    ];
    const lines = (text: string) =>
      text
        .split("\n")
        // Decap's Markdown preview keeps straight quotes, which the site's Markdown makes typographic (left to do).
        .map((line) => line.replace(/\s+/g, " ").replace(/[‘’]/g, "'").trim())
        .filter(Boolean);
    const built = await browser!.newPage({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
    try {
      for (const [entry, url] of pages) {
        await built.goto(`${origin}${url}`);
        const expected = lines(
          await built.locator("main").evaluate((main: HTMLElement) => {
            for (const left of main.querySelectorAll("p[data-pagefind-ignore]:not(.caption), .content-list")) left.remove();
            return main.innerText;
          }),
        );
        await tab.goto("about:blank");
        await tab.goto(`${origin}/admin/#/collections/${entry}`);
        const preview = tab.frameLocator("iframe").first().locator("main");
        const title = await built.locator("main h1").innerText();
        await until(
          `the preview of ${entry}`,
          async () =>
            (await preview
              .locator("h1")
              .innerText()
              .catch(() => "")) === title,
        );
        await sleep(300); // its text, drawn with its title
        assert.deepEqual(lines(await preview.innerText()), expected, `${entry}'s preview, against ${url}`);
        if (entry.startsWith("news/")) {
          // The lead image at the column's width, never wider.
          const [image, column] = await Promise.all([
            preview.locator(".lead-image img").evaluate((img: HTMLImageElement) => img.getBoundingClientRect().width),
            preview.locator("article").evaluate((article: HTMLElement) => article.getBoundingClientRect().width),
          ]);
          assert.ok(image > 0 && Math.abs(image - column) < 1, `the lead image ${image}px wide, in a column of ${column}px`);
        }
      }
    } finally {
      await built.close();
    }
  });

  test("a new article's Choose an image offers the pictures already in its folder's images/", async () => {
    await tab.goto("about:blank");
    await tab.goto(`${origin}/admin/#/collections/news/new`);
    await tab.getByRole("button", { name: "Choose an image" }).click();
    await tab.getByText(FIXTURE_IMAGE).first().waitFor();
    assert.equal(await tab.getByText("No images found").count(), 0);
    await tab.goto("about:blank"); // the media library's dialog closed with its page
  });

  test("a news article written in its form is saved as a draft on a branch of its own", async () => {
    await tab.goto(`${origin}/admin/#/collections/news/new`);
    await tab.getByLabel("Title", { exact: true }).fill(ARTICLE.title);
    await tab.getByLabel("Description", { exact: true }).fill(ARTICLE.description);
    await tab.getByLabel("Publication date", { exact: true }).fill(ARTICLE.date.replace(" ", "T"));
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
    assert.match(proxyGit("branch", "--list", "cms/*"), new RegExp(ARTICLE.branch));
    assert.equal(proxyGit("ls-tree", "main", "--", ARTICLE.file), "", "a draft is not on the published branch");
    assert.match(proxyGit("show", `${ARTICLE.branch}:${ARTICLE.file}`), /^---\n/);
    // The working copy never sees it: no branch, no file, no page, no line in the news listing.
    assert.equal(git("branch", "--list", "cms/*"), "", "drafts live in the proxy's checkout only");
    assert.equal(existsSync(path.join(project.root, ARTICLE.file)), false, "the draft's file is not in the working copy");
    await sleep(3000); // as long as a rebuild would take, had the proxy checked the draft out here
    assert.equal(await fetched(ARTICLE.url), undefined, "the draft is not on the local site");
    assert.doesNotMatch((await fetched("/news/")) ?? "", new RegExp(ARTICLE.title), "nor in its news listing");
  });

  test("published, it is a file that passes the content lint and builds into its page", async () => {
    await publishOpenEntry();
    const published = Date.now();
    assert.equal(proxyGit("branch", "--list", "cms/*"), "", "publishing merges and deletes the draft's branch");
    await until("the working copy fast-forwarded to the publish", () => onMain(ARTICLE.file) !== "");
    assert.ok(existsSync(path.join(project.root, ARTICLE.file)), "the published file is in the working copy");
    const written = git("show", `main:${ARTICLE.file}`);
    assert.match(written, new RegExp(`^---\\n[\\s\\S]*title: ${ARTICLE.title}\\n[\\s\\S]*date: ${ARTICLE.date}\\n`));
    const lint = spawnSync(process.execPath, ["scripts/run.js", "scripts/lint-content.ts"], {
      cwd: project.root,
      encoding: "utf8",
    });
    assert.equal(lint.status, 0, `npm run lint:content on the CMS's file:\n${written}\n${lint.stdout}`);
    await until(`${ARTICLE.url} built`, async () => (await fetched(ARTICLE.url))?.includes(ARTICLE.body) ?? false);
    console.log(`published page on the local site ${Date.now() - published} ms after "Entry published"`);
    await until("listed on /news/", async () => (await fetched("/news/"))?.includes(ARTICLE.title) ?? false);
    // And in the CMS's News, opened again as a bookmark would: the format is known before any entry is read.
    const news = await listed(tab, origin, "news");
    assert.deepEqual(news.sort(), [ARTICLE.title, "New approach to tackle loneliness to be discussed"]);
  });

  test("a draft started before another change was published still opens", async () => {
    // A draft saved now, then a picture committed to main in the working copy (as a colleague's publish would):
    // the proxy once listed the picture as "deleted" by the draft, and the draft would not open.
    await tab.goto("about:blank");
    await tab.goto(`${origin}/admin/#/collections/news/new`);
    await tab.getByLabel("Title", { exact: true }).fill(OLDER_DRAFT.title);
    await tab.getByLabel("Description", { exact: true }).fill(ARTICLE.description);
    await tab.getByLabel("Publication date", { exact: true }).fill(ARTICLE.date);
    await tab.getByRole("button", { name: "Save" }).click();
    await tab.getByText("Entry saved").waitFor();
    copyFileSync("tests/fixtures/content/news/images/" + FIXTURE_IMAGE, path.join(project.root, "content/news/images/later.svg"));
    for (const args of [
      ["add", "content/news/images/later.svg"],
      ["commit", "-qm", "A picture published meanwhile"],
    ]) {
      spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd: project.root });
    }
    await tab.goto("about:blank");
    await tab.goto(`${origin}/admin/#/collections/news/entries/${path.basename(OLDER_DRAFT.file, ".md")}`);
    const title = tab.getByLabel("Title", { exact: true });
    await until("the older draft in its form", async () => (await title.inputValue().catch(() => "")) === OLDER_DRAFT.title);
    assert.equal(await tab.getByText("Failed to load entry").count(), 0);
    await tab.getByRole("button", { name: "Delete this draft" }).click();
    await until("the draft deleted", () => proxyGit("branch", "--list", "cms/*") === "");
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
    // The site's own format (assets/cms/site-cms.js) changes only what was changed: one line of the pull request.
    const diff = proxyGit("diff", "--unified=0", "main", ARTICLE.branch, "--", ARTICLE.file);
    const changed = diff.split("\n").filter((line) => /^[-+](?![-+])/.test(line));
    assert.deepEqual(changed, [`-title: ${ARTICLE.title}`, `+title: ${ARTICLE.title} again`], diff);
    await publishOpenEntry();
    assert.match(git("show", `main:${ARTICLE.file}`), new RegExp(`title: ${ARTICLE.title} again\\n`));
    await until("the edit built", async () => (await fetched(ARTICLE.url))?.includes(`${ARTICLE.title} again`) ?? false);
  });

  test("an event's timing is a choice the form enforces: All day, or At a time, never both", async () => {
    const startEvent = async () => {
      await tab.goto("about:blank");
      await tab.goto(`${origin}/admin/#/collections/events/new`);
      await tab.getByLabel("Title", { exact: true }).fill(EVENT.title);
      await tab.getByLabel("Description", { exact: true }).fill(EVENT.description);
      await tab.getByLabel("Publication date", { exact: true }).fill(ARTICLE.date.slice(0, 10));
      await tab.getByLabel("Name", { exact: true }).fill(EVENT.venue);
      await tab.getByRole("button", { name: "Add organisers" }).click();
      await tab.getByLabel("Organisers", { exact: true }).last().fill("Leicestershire County Council");
    };
    const addWhen = async (kind: "All day" | "At a time") => {
      await tab.getByRole("button", { name: "Add when" }).click();
      await tab.getByRole("menuitem", { name: kind }).click();
    };
    await startEvent();
    await addWhen("At a time");
    await tab.getByLabel("Start", { exact: true }).fill("2019-03-09T10:00");
    await tab.getByLabel("End (optional)", { exact: true }).fill("2019-03-09T09:00");
    await tab.getByRole("button", { name: "Save" }).click();
    await tab.getByText("Not saved: When: End must be after Start.").first().waitFor();
    // A day as well as a start: a second When, which the form refuses, in words that say what to do.
    await addWhen("All day");
    await tab.getByLabel("Day", { exact: true }).fill("2019-03-09");
    await tab.getByRole("button", { name: "Save" }).click();
    // The When field is outlined in red, with what to do (Decap checks the list's length on Save).
    await tab.getByText("When: give exactly 1, All day or At a time. Remove the other with its ✕.").waitFor();
    await screenshot("cms-event-when.png", tab.getByText("When", { exact: true }).first());
    assert.equal(proxyGit("branch", "--list", "cms/events/*"), "", "nothing was saved");

    // Started again, all day: the file has its day, and no start, end or the form's own words.
    await startEvent();
    await addWhen("All day");
    await tab.getByLabel("Day", { exact: true }).fill("2019-03-09");
    await tab.getByRole("button", { name: "Save" }).click();
    await tab.getByText("Entry saved").waitFor();
    const written = proxyGit("show", `cms/events/${EVENT.slug}:content/events/${EVENT.slug}.md`);
    assert.match(written, /\nday: 2019-03-09\n/, written);
    assert.doesNotMatch(written, /\n(start|end|when|timing):/, written);
    await publishOpenEntry();
    await until("the event in the working copy", () => existsSync(path.join(project.root, `content/events/${EVENT.slug}.md`)));
  });

  test("a campaign's page is written in its form, and its hub edited", async () => {
    await tab.goto("about:blank");
    await tab.goto(`${origin}/admin/#/collections/campaign-tackling-loneliness/new`);
    await tab.getByLabel("Title", { exact: true }).fill(CAMPAIGN_PAGE.title);
    await tab.getByLabel("Description", { exact: true }).fill(CAMPAIGN_PAGE.description);
    await tab.getByLabel("Publication date", { exact: true }).fill(ARTICLE.date.slice(0, 10));
    await tab.getByLabel("Order", { exact: true }).fill("4");
    await tab.getByRole("button", { name: "Save" }).click();
    await tab.getByText("Entry saved").waitFor();
    await publishOpenEntry();
    await until("the campaign page in the working copy", () => existsSync(path.join(project.root, CAMPAIGN_PAGE.file)));

    await tab.goto("about:blank");
    await tab.goto(`${origin}/admin/#/collections/campaigns/entries/tackling-loneliness`);
    const title = tab.getByLabel("Title", { exact: true });
    await until("the hub in its form", async () => (await title.inputValue().catch(() => "")) === "How loneliness is tackled");
    await tab.getByLabel("Lead (optional)", { exact: true }).fill("Loneliness harms health, wellbeing and independence.");
    await tab.getByRole("button", { name: "Save" }).click();
    await tab.getByText("Entry saved").waitFor();
    await publishOpenEntry();
    const hub = "content/campaigns/tackling-loneliness/index.md";
    await until("the hub's edit in the working copy", () => /lead: Loneliness harms/.test(git("show", `main:${hub}`)));
    assert.doesNotMatch(git("show", `main:${hub}`), /\norder:/, "the hub is saved with its own form");
  });

  test("what the form wrote for each kind of page passes the content checks", () => {
    const lint = spawnSync(process.execPath, ["--import", "tsx", "scripts/lint-content.ts"], {
      cwd: project.root,
      encoding: "utf8",
    });
    const files = [
      ARTICLE.file,
      `content/events/${EVENT.slug}.md`,
      CAMPAIGN_PAGE.file,
      "content/campaigns/tackling-loneliness/index.md",
    ];
    const written = files.map((file) => `${file}:\n${git("show", `main:${file}`)}`).join("\n");
    assert.equal(lint.status, 0, `npm run lint:content on the CMS's files:\n${written}\n${lint.stdout}`);
  });

  test("a published page is not deleted from the CMS, which has no such button", async () => {
    await tab.goto("about:blank");
    await tab.goto(`${origin}/admin/#/collections/news/entries/${path.basename(ARTICLE.file, ".md")}`);
    const title = tab.getByLabel("Title", { exact: true });
    await until("the entry in its form", async () => (await title.inputValue().catch(() => "")) !== "");
    assert.equal(await tab.getByRole("button", { name: "Delete published entry" }).count(), 0);
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
    assert.match(proxyGit("branch", "--list", "cms/*"), /cms\/settings\/notices/);
    await publishOpenEntry();
    const written = git("show", "main:content/settings/notices.yml");
    assert.match(written, /type: emergency/);
    assert.match(written, /start: 2020-01-01 09:00/);
    const lint = spawnSync(process.execPath, ["--import", "tsx", "scripts/lint-content.ts"], {
      cwd: project.root,
      encoding: "utf8",
    });
    assert.equal(lint.status, 0, `npm run lint:content on the CMS's notices:\n${written}\n${lint.stdout}`);
    // Published into the working copy, which npm start builds from. (That npm start then shows it is not asserted:
    // git's fast-forward replaces the file, and the watcher reports it deleted and not again — open, see the closing
    // note of 8 December.)
    await until("the notice in the working copy", async () =>
      readFileSync(path.join(project.root, "content/settings/notices.yml"), "utf8").includes("Roads closed by snow"),
    );
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
