import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { Parser } from "htmlparser2";
import { freePort } from "../../scripts/lib/freePort.ts";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";
import { withSiteInChromium } from "../../scripts/lib/siteInChromium.ts";

const TITLE = `</script><script>alert(1)</script>'"<img src=x onerror=alert(2)>`; // 64 characters: a valid length
const DESCRIPTION = `<script>alert("d")</script> & "quoted" </title><img src=x onerror=alert(2)>`;
const FIXTURE = "content/news/2018-11-28-hostile.md";
const URL_PATH = "/news/2018/11/hostile/";

/*
 * A title, description or body written to attack the site is shown as text
 * everywhere, and script-running HTML never reaches a page. (Markdown links
 * to javascript: and data: addresses stop the build before it starts:
 * tests/build/refusedContent.test.ts.)
 */
describe("hostile content is escaped everywhere it appears", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let pages: Map<string, string>;

  before(() => {
    project.write(
      FIXTURE,
      [
        "---",
        `title: ${JSON.stringify(TITLE)}`,
        `description: ${JSON.stringify(DESCRIPTION)}`,
        "date: 2018-11-28",
        "---",
        "Markdown javascript, written as HTML:",
        "",
        '<a href="javascript:alert(5)">raw HTML link</a> <script>alert(6)</script> <img src=x onerror="alert(7)">',
        "",
      ].join("\n"),
    );
    const build = project.build();
    assert.ok(build.ok, build.output);
    pages = new Map(
      project
        .list("_site")
        .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
        .map((file) => [file, project.read(path.join("_site", file))]),
    );
  });
  after(() => project.remove());

  test("no page holds the injected markup", () => {
    // Escaped, the same words are harmless text (&lt;img …): parse the pages to find real elements only.
    const injected: string[] = [];
    for (const [file, html] of pages) {
      let inScript = false;
      const parser = new Parser({
        onopentag(name, attributes) {
          for (const [attribute, value] of Object.entries(attributes)) {
            if (attribute.startsWith("on")) injected.push(`${file}: <${name} ${attribute}>`);
            if (/^\s*(javascript|data|vbscript):/i.test(value)) injected.push(`${file}: <${name} ${attribute}="${value}">`);
          }
          if (name === "img" && attributes["src"] === "x") injected.push(`${file}: <img src=x>`);
          // JSON-LD is data the browser never runs; the next test checks it cannot end its element.
          inScript = name === "script" && !attributes["src"] && attributes["type"] !== "application/ld+json";
        },
        ontext(text) {
          if (inScript && /alert/.test(text)) injected.push(`${file}: inline script ${text}`);
        },
        onclosetag() {
          inScript = false;
        },
      });
      parser.end(html);
    }
    assert.deepEqual(injected, []);
  });

  test("the article shows the title and description as text: in the body, <title> and meta description", () => {
    const html = pages.get("news/2018/11/hostile/index.html") ?? "";
    const escapedTitle = "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;&quot;&lt;img src=x onerror=alert(2)&gt;";
    assert.ok(html.includes(`<h1 class="heading-xl">${escapedTitle}</h1>`), "title in the h1");
    assert.ok(html.includes(`<title>${escapedTitle} – Leicestershire County Council</title>`), "title in <title>");
    assert.ok(
      html.includes(
        `<meta name="description" content="&lt;script&gt;alert(&quot;d&quot;)&lt;/script&gt; &amp; &quot;quoted&quot;`,
      ),
    );
  });

  test("the listings show it as text too", () => {
    for (const file of ["index.html", "news/index.html"]) {
      assert.ok(pages.get(file)?.includes("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), file);
    }
  });

  test("JSON inside <script> elements cannot end the element", () => {
    for (const [file, html] of pages) {
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        assert.doesNotMatch(json!, /<|>/, `${file}: raw < or > in JSON`);
        assert.doesNotThrow(() => JSON.parse(json!), `${file}: JSON does not parse`);
      }
    }
  });

  test("the search index holds the title as plain text", () => {
    const fragments = project
      .list("_site/pagefind/fragment")
      .map((file) => gunzipSync(readFileSync(path.join(project.root, "_site/pagefind/fragment", file))).toString("utf8"));
    const fragment = fragments.find((text) => text.includes(URL_PATH));
    assert.ok(fragment, "the hostile page was indexed");
    const data = JSON.parse(fragment.slice(fragment.indexOf("{"))) as { meta: { title: string } };
    assert.equal(data.meta.title, TITLE);
  });

  test("searching for it in a browser shows the title as text and runs none of it", async () => {
    await withSiteInChromium({ cwd: project.root, port: await freePort(4174) }, async (browser, server) => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on("dialog", async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(`${server.url}/search/?q=${encodeURIComponent("Markdown javascript")}`);
      const link = page.locator(`#search-results a[href="${URL_PATH}"]`);
      await link.waitFor();
      assert.equal(await link.textContent(), TITLE);
      assert.equal(await page.locator("#search-results img").count(), 0);
      await page.goto(`${server.url}${URL_PATH}`);
      assert.deepEqual(dialogs, []);
    });
  });
});
