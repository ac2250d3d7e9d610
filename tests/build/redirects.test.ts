import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { copyCompiled, copyGeneratedImages, ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/*
 * Addresses never break (issue 13): a fixture project made into a git repository, whose history renames and deletes
 * pages, builds a page at every old address and a _redirects file, from the history alone.
 */

const git = (root: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], {
    cwd: root,
    encoding: "utf8",
  });

const news = (title: string, date: string, extra = "") =>
  `---\ntitle: ${title}\ndescription: ${title}, a test page.\ndate: ${date}\n${extra}---\nThe text of ${title}.\n`;
const event = (title: string) =>
  news(title, "2019-03-01", "day: 2019-04-01\nvenue:\n  name: County Hall\norganisers:\n  - The council\n");

const RENAMED = { old: "/news/2019/05/libraries-open-late/", now: "/news/2019/05/libraries-open-later/" };
const DELETED = "/events/retired-event/";
const CHAIN = { a: "/news/2019/06/chain-a/", b: "/news/2019/06/chain-b/", c: "/news/2019/06/chain-c/" };
const DRAFT = "/news/2019/06/draft-gone/";
const REPLACED = "/events/replaced-event/";
const REPLACEMENT = "/events/loneliness-summit/";

/** The fixture content with some pages of its own, committed, then renamed and deleted over three commits. */
function projectWithHistory(): ProjectCopy {
  const project = new ProjectCopy({ content: "fixtures" });
  project
    .write("content/news/2019-05-01-libraries-open-late.md", news("Libraries open late", "2019-05-01"))
    .write("content/events/retired-event.md", event("Retired event"))
    .write("content/events/replaced-event.md", event("Replaced event"))
    .write("content/news/2019-06-01-chain-a.md", news("Chain story", "2019-06-01"))
    .write("content/news/2019-06-02-draft-gone.md", news("Draft gone", "2019-06-02", "draft: true\n"));
  git(project.root, "init", "-q");
  git(project.root, "add", "-A");
  git(project.root, "commit", "-qm", "Pages to rename and delete");
  git(project.root, "mv", "content/news/2019-05-01-libraries-open-late.md", "content/news/2019-05-01-libraries-open-later.md");
  git(project.root, "mv", "content/news/2019-06-01-chain-a.md", "content/news/2019-06-01-chain-b.md");
  git(project.root, "rm", "-q", "content/events/retired-event.md", "content/events/replaced-event.md");
  git(project.root, "rm", "-q", "content/news/2019-06-02-draft-gone.md");
  git(project.root, "commit", "-qm", "Rename a story, delete an event and a draft");
  git(project.root, "mv", "content/news/2019-06-01-chain-b.md", "content/news/2019-06-01-chain-c.md");
  git(project.root, "commit", "-qm", "Rename the story again");
  return project;
}

const pageAt = (project: ProjectCopy, address: string) => project.read(`_site${address}index.html`);
const hasPageAt = (project: ProjectCopy, address: string) => existsSync(path.join(project.root, `_site${address}index.html`));
const refreshTo = (address: string) => `<meta http-equiv="refresh" content="0; url=${address}">`;

// The project with the history; the shallow clone below is made of it too (a clone takes its commits, whatever the
// tests before it wrote in its working copy).
const project = projectWithHistory();
after(() => project.remove());

describe("renamed and deleted pages leave a page at their old address", () => {
  let output = "";
  before(() => {
    const build = project.build();
    assert.ok(build.ok, build.output);
    output = build.output;
  });

  test("a renamed page's old address redirects to its new one: a meta refresh, the canonical link and a plain link", () => {
    const page = pageAt(project, RENAMED.old);
    assert.ok(page.includes(refreshTo(RENAMED.now)), page);
    assert.ok(page.includes(`<link rel="canonical" href="https://www.leicestershire.gov.uk${RENAMED.now}">`), page);
    assert.match(page, new RegExp(`This page has moved to <a href="${RENAMED.now}">Libraries open late</a>`));
    assert.match(page, /<html lang="en-GB">/);
    assert.match(page, /<h1[^>]*>This page has moved<\/h1>/);
    assert.ok(page.includes('<meta name="robots" content="noindex">'));
  });

  test("_redirects has the 301 for Netlify and Cloudflare Pages, and the 410 of the removed page", () => {
    const lines = project.read("_site/_redirects").split("\n");
    assert.ok(lines.includes(`${RENAMED.old} ${RENAMED.now} 301!`), lines.join("\n"));
    assert.ok(lines.includes(`${RENAMED.old} ${RENAMED.now} 301`), lines.join("\n"));
    assert.ok(lines.includes(`${DELETED} ${DELETED}index.html 410!`), lines.join("\n"));
  });

  test("a deleted page's old address says it was removed, with its old title and links to its section and to search", () => {
    // The shell (menu, footer) links to search and the listings too: look inside <main> only.
    const page = /<main[^]*<\/main>/.exec(pageAt(project, DELETED))![0];
    assert.match(page, /<h1[^>]*>This page has been removed<\/h1>/);
    assert.ok(page.includes("“Retired event”"), page);
    assert.ok(page.includes('<a href="/events/">'), page);
    assert.ok(page.includes('<a href="/search/">'), page);
    assert.ok(!pageAt(project, DELETED).includes('http-equiv="refresh"'));
    assert.ok(pageAt(project, DELETED).includes('<meta name="robots" content="noindex">'));
  });

  test("a page renamed twice: both old addresses go straight to the newest", () => {
    for (const old of [CHAIN.a, CHAIN.b]) {
      assert.ok(pageAt(project, old).includes(refreshTo(CHAIN.c)), old);
      assert.ok(project.read("_site/_redirects").split("\n").includes(`${old} ${CHAIN.c} 301`), old);
    }
  });

  test("a page deleted while it was a draft never had an address, and leaves nothing", () => {
    assert.equal(hasPageAt(project, DRAFT), false);
    assert.ok(!project.read("_site/_redirects").includes(DRAFT));
  });

  test("no old address is in the sitemap, the feed or the search index", () => {
    const sitemap = project.read("_site/sitemap.xml");
    const feed = project.read("_site/news/feed.xml");
    const search = project.searchIndexText();
    for (const address of [RENAMED.old, DELETED, CHAIN.a, CHAIN.b, REPLACED]) {
      assert.ok(!sitemap.includes(address), `sitemap: ${address}`);
      assert.ok(!feed.includes(address), `feed: ${address}`);
    }
    assert.ok(sitemap.includes(RENAMED.now), "the renamed page itself is in the sitemap");
    assert.ok(!search.includes("This page has moved") && !search.includes("has been removed"), "search index");
  });

  test("the pages are valid HTML, as every built page must be", async () => {
    const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
    for (const address of [RENAMED.old, DELETED]) {
      const report = await htmlvalidate.validateFile(path.join(project.root, `_site${address}index.html`));
      const messages = report.results.flatMap((result) => result.messages.map((message) => message.message));
      assert.equal(report.valid, true, `${address}: ${messages.join("\n")}`);
    }
  });

  test("a build with the history says nothing about missing history", () => {
    assert.doesNotMatch(output, /Redirects for renamed and deleted pages were not made/);
  });

  test("a replacement named in content/settings/redirects.yml turns a removed page into a redirect", () => {
    // A topic's page is made from a collection, after the others: a replacement may still be one.
    project.write(
      "content/settings/redirects.yml",
      `redirects:\n  - from: ${REPLACED}\n    to: ${REPLACEMENT}\n  - from: /old-cms/care/\n    to: /topics/social-care/\n`,
    );
    const build = project.build();
    assert.ok(build.ok, build.output);
    assert.ok(pageAt(project, REPLACED).includes(refreshTo(REPLACEMENT)));
    assert.ok(project.read("_site/_redirects").split("\n").includes(`${REPLACED} ${REPLACEMENT} 301`));
    assert.ok(pageAt(project, "/old-cms/care/").includes(refreshTo("/topics/social-care/")));
    assert.match(pageAt(project, DELETED), /This page has been removed/, "the other deleted page is still removed");
  });

  /** Builds with this redirects.yml, which must fail; the build's output. */
  const failedBuildWith = (lines: string[]) => {
    project.write("content/settings/redirects.yml", [...lines, ""].join("\n"));
    const build = project.build();
    assert.equal(build.ok, false, build.output);
    return build.output;
  };

  test("mistakes in content/settings/redirects.yml stop the build on their line", () => {
    assert.match(
      failedBuildWith(["redirects:", "  - from: /Events/Old Event", "    to: /events/"]),
      /content\/settings\/redirects\.yml:2: [^\n]*from[^\n]*an address on this site, such as \/news\//,
    );
    assert.match(
      failedBuildWith(["redirects:", "  - from: /a/", "    to: /b/", "  - from: /b/", "    to: /a/"]),
      /content\/settings\/redirects\.yml:3: to: \/b\/ leads back to \/a\/ \(\/a\/ → \/b\/ → \/a\/\)/,
    );
    assert.match(
      failedBuildWith(["redirects:", `  - from: ${RENAMED.now}`, "    to: /events/"]),
      new RegExp(`content/settings/redirects\\.yml:2: from: ${RENAMED.now} is a page on the site today`),
    );
    // Checked once every page is written: a removed page's old address is not a page to send readers to.
    const missing = failedBuildWith([
      "redirects:",
      `  - from: ${REPLACED}`,
      "    to: /events/no-such-event/",
      "  - from: /old-cms/events/",
      `    to: ${DELETED}`,
    ]);
    assert.match(missing, /content\/settings\/redirects\.yml:3: to: \/events\/no-such-event\/ is not a page on the site\./);
    assert.match(missing, new RegExp(`content/settings/redirects\\.yml:5: to: ${DELETED} is not a page on the site\\.`));
    project.delete("content/settings/redirects.yml");
  });
});

describe("a build without the history says so, once, and makes no redirects", () => {
  const NOTICE =
    /Redirects for renamed and deleted pages were not made: this copy of the project [^\n]*\. Check it out with its history \(fetch-depth: 0\)\./g;

  test("a copy that is not a git repository builds, with the warning", () => {
    const copy = new ProjectCopy({ content: "fixtures" });
    try {
      const build = copy.buildFixtures();
      assert.ok(build.ok, build.output);
      assert.equal(build.output.match(NOTICE)?.length, 1, build.output);
      assert.match(build.output, /has no git history/);
      assert.doesNotMatch(copy.read("_site/_redirects"), /^\//m);
    } finally {
      copy.remove();
    }
  });

  test("a shallow clone builds, with the warning, and no page at an old address", () => {
    const clone = mkdtempSync(path.join(tmpdir(), "site-shallow-"));
    try {
      git(tmpdir(), "clone", "-q", "--depth", "1", `file://${project.root}`, clone);
      // The copy's generated images, as a checkout that has built before holds them: the clone's build need not make them.
      copyGeneratedImages(path.join(project.root, "_site"), path.join(clone, "_site"));
      // And its compiled code, as a checkout that has run a command holds it: the clone's build checks it, not compiles it.
      copyCompiled(project.root, clone);
      const build = spawnSync(process.execPath, ["scripts/run.js", "scripts/build.ts"], { cwd: clone, encoding: "utf8" });
      const output = `${build.stdout}\n${build.stderr}`;
      assert.equal(build.status, 0, output);
      assert.equal(output.match(NOTICE)?.length, 1, output);
      assert.match(output, /shallow clone/);
      assert.equal(existsSync(path.join(clone, `_site${RENAMED.old}index.html`)), false);
      assert.equal(existsSync(path.join(clone, `_site${DELETED}index.html`)), false);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
