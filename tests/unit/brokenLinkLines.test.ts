import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { checkBuildLinks } from "../../eleventy/features/linkCheck/buildLinkCheck.ts";
import { parsePageLinks } from "../../eleventy/features/linkCheck/pageLinks.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "broken-links-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes the files under the scratch folder; returns the path of the first. */
function write(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    writeFileSync(path.join(scratch, file), text);
  }
}

test("a broken link is told on the line of the file that writes it; one the templates make, once, for the web team", async () => {
  const menu = '<nav><a href="/serch/">Search</a><a href="/listing/">Listing</a></nav>';
  write({
    "content/news/2018-11-27-dead-link.md":
      "---\ntitle: T\ndescription: D\ndate: 2018-11-27\n---\nSee [the old page](/news/2017/01/gone/).\n\nAnd [again](/news/2017/01/gone/).\n",
    "content/events/open-day.md": "---\ntitle: T\ndescription: D\ndate: 2018-11-27\n---\nNo links here.\n",
    "content/settings/site.yml": "name: A council\nnavigation:\n  - text: Search\n    href: /serch/\n",
    "site/news/2018/11/dead-link/index.html": `${menu}<a href="/news/2017/01/gone/">the old page</a> <a href="/news/2017/01/gone/">again</a>`,
    "site/events/open-day/index.html": menu,
    "site/index.html": menu,
  });
  const site = path.join(scratch, "site");
  const pages = ["news/2018/11/dead-link/index.html", "events/open-day/index.html", "index.html"];
  const sources = ["content/news/2018-11-27-dead-link.md", "content/events/open-day.md", "content/pages/home.njk"];
  const check = checkBuildLinks(
    site,
    new Map(
      pages.map((page) => [
        page,
        parsePageLinks(`${menu}<a href="${page.startsWith("news") ? "/news/2017/01/gone/" : "/"}">x</a>`),
      ]),
    ),
    pages.map((page, index) => ({ inputPath: path.join(scratch, sources[index]!), outputPath: path.join(site, page) })),
  );
  const error = await check.passed.then(
    () => assert.fail("the links should not have passed"),
    (failure: unknown) => failure as Error,
  );
  const relative = (file: string) => path.relative(process.cwd(), path.join(scratch, file));
  assert.deepEqual(error.message.split("\n"), [
    "Broken links: fix each one in the file named, then build again.",
    `${relative("content/news/2018-11-27-dead-link.md")}:6: the link "/news/2017/01/gone/" is not a page or file of this site: check the address`,
    `${relative("content/news/2018-11-27-dead-link.md")}:8: the link "/news/2017/01/gone/" is not a page or file of this site: check the address`,
    `${relative("content/settings/site.yml")}:4: the link "/serch/" (in the menu, on every page) is not a page or file of this site: check the address`,
    '_includes/: the link "/listing/" is not a page or file of this site: check the address. No content file writes it: the site\'s templates put it on 3 pages, such as /news/2018/11/dead-link/, /events/open-day/ and /, so it is for the web team to fix',
  ]);
});
