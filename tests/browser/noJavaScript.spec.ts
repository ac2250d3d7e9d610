import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { readContentFile } from "../../eleventy/plugins/contentValidation.ts";
import { splitContentFile } from "../../eleventy/frontMatter/splitContentFile.ts";
import { DomUtils, parseDocument } from "htmlparser2";
import { createMarkdown } from "../../eleventy/markdown.ts";

const PAGES: Array<[string, string]> = [
  [
    "/news/2018/11/new-approach-to-tackle-loneliness-to-be-discussed/",
    "content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md",
  ],
  ["/events/loneliness-summit/", "content/events/loneliness-summit.md"],
  ["/tackling-loneliness/social-workers/", "content/campaigns/tackling-loneliness/social-workers.md"],
  [
    "/tackling-loneliness/emergency-services-joined-up-advice/",
    "content/campaigns/tackling-loneliness/emergency-services-joined-up-advice.md",
  ],
  ["/tackling-loneliness/local-area-coordinators/", "content/campaigns/tackling-loneliness/local-area-coordinators.md"],
];

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The words of a content file's body, as a reader should see them. */
function sourceText(file: string): string {
  const html = createMarkdown().render(splitContentFile(readFileSync(file, "utf8")).body);
  return squash(DomUtils.textContent(parseDocument(html)));
}

test.use({ javaScriptEnabled: false });

for (const [url, file] of PAGES) {
  test(`without JavaScript, ${url} shows its whole text`, async ({ page }) => {
    await page.goto(url);
    const title = readContentFile(file).data["title"] as string;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const shown = squash(await page.locator(".prose").innerText());
    expect(shown).toBe(sourceText(file));
  });
}
