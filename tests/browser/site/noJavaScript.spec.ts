/**
 * Without JavaScript, every published page of the real content shows its whole
 * text, as its Markdown file says it: the title, and every word of the body.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DomUtils, parseDocument } from "htmlparser2";
import { splitContentFile } from "../../../eleventy/model/frontMatter/splitContentFile.ts";
import { createMarkdown } from "../../../eleventy/features/markdown/createMarkdown.ts";
import { publishedPages } from "../../site/publishedPages.ts";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The words of a content file's body, as a reader should see them. */
function sourceText(file: string): string {
  const html = createMarkdown().render(splitContentFile(readFileSync(file, "utf8")).body);
  return squash(DomUtils.textContent(parseDocument(html)));
}

test.use({ javaScriptEnabled: false });

for (const { url, file, data } of publishedPages()) {
  test(`without JavaScript, ${url} shows its whole text`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(String(data.title));
    const shown = squash(await page.locator(".prose").innerText());
    expect(shown).toBe(sourceText(file));
  });
}
