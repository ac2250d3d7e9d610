/**
 * Search on the fixture site, whose pages are known, so that counts, filters
 * and orders are exact: whatever editors publish, these numbers do not move.
 */
import { expect, test, type Page } from "@playwright/test";
import { tabUntil } from "../keyboard.ts";
import { ARTICLE } from "./fixturePages.ts";

test("searching 'local area coordinators' from the header form finds the coordinators example", async ({ page }) => {
  await page.goto(ARTICLE);
  const form = page.getByRole("search", { name: "Site" });
  await form.getByLabel("Search this site").fill("local area coordinators");
  await form.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/search\/\?q=local\+area\+coordinators$/);
  const result = page.getByRole("main").getByRole("link", { name: "Local area coordinators" });
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute("href", /\/tackling-loneliness\/local-area-coordinators\/$/);
});

test("a shared search link shows its results, each with its content type", async ({ page }) => {
  await page.goto("/search/?q=summit");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "Summit on tackling loneliness and social isolation" })).toBeVisible();
  await expect(main).toContainText("Event");
  await expect(main).toContainText("News");
});

test("an excerpt cut mid-sentence says so with an ellipsis; one that starts a sentence does not", async ({ page }) => {
  await page.goto("/search/?q=summit");
  const excerptOf = (title: string) =>
    page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: title, exact: true }) })
      .locator(".search-result__excerpt");
  // The article's excerpt starts inside its title ("… be discussed. Published 26 November 2018.") and stops mid-sentence.
  await expect(excerptOf("New approach to tackle loneliness to be discussed")).toHaveText(/^… \S.* …$/);
  // The summit's starts at the start of its page.
  await expect(excerptOf("Summit on tackling loneliness and social isolation")).toHaveText(/^Summit on tackling loneliness/);
});

test("without JavaScript, the search page says it needs it and links to the listings", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search/?q=summit");
  // Playwright's text and role locators skip <noscript>, so find its contents by CSS and check what a reader sees.
  const notice = page.locator("main noscript .notice");
  await expect(notice).toBeVisible();
  expect(await notice.evaluate((element) => (element as HTMLElement).innerText)).toContain("Search needs JavaScript");
  const links = await notice
    .locator("a")
    .evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute("href")]));
  expect(links).toEqual([
    ["News", "/news/"],
    ["Events", "/events/"],
    ["Tackling loneliness", "/tackling-loneliness/"],
  ]);
  await expect(page.locator("#search")).toBeHidden();
  await context.close();
});

/** The titles of the results shown, in order. */
async function resultTitles(page: Page): Promise<string[]> {
  return page.locator("#search-results h2").allTextContents();
}

test("ticking a content type narrows the results, and updates the counts, the announcement and the URL", async ({ page }) => {
  await page.goto("/search/?q=loneliness");
  const status = page.locator("#search-status");
  await expect(status).toHaveText("6 results for loneliness");
  await expect(page.locator("#search-results li")).toHaveCount(6);

  const types = page.getByRole("group", { name: "Content type" });
  const news = types.getByRole("checkbox", { name: "News (1)" });
  await expect(types.getByRole("checkbox", { name: "How loneliness is tackled (3)" })).toBeVisible();
  await news.check();
  await expect(status).toHaveText("1 result for loneliness, filtered by News");
  expect(await resultTitles(page)).toEqual(["New approach to tackle loneliness to be discussed"]);
  await expect(page).toHaveURL(/\/search\/\?q=loneliness&type=News$/);
  // The topic counts now count news only; the content type counts still say what ticking another would add.
  await expect(page.getByRole("group", { name: "Topic" }).getByRole("checkbox", { name: "Social care (0)" })).toBeVisible();
  await expect(types.getByRole("checkbox", { name: "Event (1)" })).toBeVisible();

  // Two types of one group: pages of either.
  await types.getByRole("checkbox", { name: /^Event/ }).check();
  await expect(status).toHaveText("2 results for loneliness, filtered by Event or News");
  expect(new URL(page.url()).searchParams.getAll("type").sort()).toEqual(["Event", "News"]);

  await types.getByRole("checkbox", { name: /^Event/ }).uncheck();
  await news.uncheck();
  await expect(status).toHaveText("6 results for loneliness");
  await expect(page).toHaveURL(/\/search\/\?q=loneliness$/);
});

test("a shared link with type= and topic= ticks its filters and shows their results, also after a reload", async ({ page }) => {
  await page.goto("/search/?q=loneliness&type=How+loneliness+is+tackled&topic=Social+care");
  const filters = page.locator("#search-filters");
  const expectRestored = async () => {
    await expect(page.locator("#search-status")).toHaveText(
      "1 result for loneliness, filtered by How loneliness is tackled and Social care",
    );
    expect(await resultTitles(page)).toEqual(["Social workers"]);
    await expect(page.getByRole("searchbox", { name: /Search news/ })).toHaveValue("loneliness");
    const ticked = await filters
      .getByRole("checkbox", { checked: true })
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(ticked).toEqual(["How loneliness is tackled", "Social care"]);
  };
  await expectRestored();
  await page.reload();
  await expectRestored();
});

test("filters without search words show every page that matches them, newest first", async ({ page }) => {
  await page.goto("/search/?topic=Partnership+working");
  await expect(page.locator("#search-status")).toHaveText("2 results, filtered by Partnership working, newest first");
  expect(await resultTitles(page)).toEqual([
    "Summit on tackling loneliness and social isolation",
    "New approach to tackle loneliness to be discussed",
  ]);
});

test("'Newest first' orders the results by date, and is kept in the URL", async ({ page }) => {
  await page.goto("/search/?q=social");
  const status = page.locator("#search-status");
  await expect(status).toHaveText("4 results for social");
  // By relevance the example comes first, so the order below is the sort's doing.
  expect((await resultTitles(page))[0]).toBe("Social workers");

  await page.getByLabel("Sort by").selectOption({ label: "Newest first" });
  await expect(status).toHaveText("4 results for social, newest first");
  await expect(page).toHaveURL(/\/search\/\?q=social&order=newest$/);
  expect((await resultTitles(page))[0]).toBe("Summit on tackling loneliness and social isolation");
  const dates = await page
    .locator("#search-results time")
    .evaluateAll((times) => times.map((time) => (time as HTMLTimeElement).dateTime));
  expect(dates.length).toBeGreaterThan(1);
  expect(dates).toEqual([...dates].sort().reverse());

  await page.reload();
  await expect(page.getByLabel("Sort by")).toHaveValue("newest");
  await expect(status).toHaveText("4 results for social, newest first");
});

test("filters and sort work by keyboard alone, with a visible focus on each checkbox", async ({ page }) => {
  await page.goto("/search/?q=loneliness");
  await expect(page.locator("#search-status")).toHaveText("6 results for loneliness");

  const news = page.getByRole("checkbox", { name: /^News/ });
  await tabUntil(page, news);
  // The input is invisible over the box it draws, so the box must show focus: GOV.UK yellow.
  const box = () => news.evaluate((input) => getComputedStyle((input as HTMLInputElement).labels![0]!, "::before").outlineColor);
  expect(await box()).toBe("rgb(255, 221, 0)");
  await page.keyboard.press("Space");
  await expect(news).toBeChecked();
  await expect(page.locator("#search-status")).toHaveText("1 result for loneliness, filtered by News");
  await expect(page).toHaveURL(/type=News/);
  await page.keyboard.press("Space");
  await expect(news).not.toBeChecked();
  await expect(page.locator("#search-status")).toHaveText("6 results for loneliness");

  const sort = page.getByLabel("Sort by");
  await tabUntil(page, sort);
  await page.keyboard.press("ArrowDown");
  await expect(sort).toHaveValue("newest");
  await expect(page.locator("#search-status")).toHaveText("6 results for loneliness, newest first");
  await expect(page).toHaveURL(/order=newest/);
});

test("on a 320px phone the filters are in a closed 'Filter results' disclosure, before the results, opened by keyboard", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/search/?q=loneliness");
  await expect(page.locator("#search-status")).toHaveText("6 results for loneliness");
  const news = page.getByRole("checkbox", { name: /^News/ });
  await expect(news).toBeHidden();

  const summary = page.locator("#search-filters summary");
  await expect(summary).toHaveText("Filter results");
  const [summaryBox, firstResult] = await Promise.all([
    summary.boundingBox(),
    page.locator("#search-results li").first().boundingBox(),
  ]);
  expect(summaryBox!.y).toBeLessThan(firstResult!.y);
  await tabUntil(page, summary);
  await page.keyboard.press("Enter");
  await expect(news).toBeVisible();
  await tabUntil(page, news);
  await page.keyboard.press("Space");
  await expect(page.locator("#search-status")).toHaveText("1 result for loneliness, filtered by News");
  await expect(summary).toHaveText("Filter results (1 selected)");
});

test("while typing, the result count is announced once typing pauses, not for every word", async ({ page }) => {
  await page.goto("/search/");
  await expect(page.getByRole("checkbox", { name: "News (1)" })).toBeVisible();
  await page.locator("#search-status").evaluate((status) => {
    const seen: string[] = [];
    (window as unknown as { announced: string[] }).announced = seen;
    new MutationObserver(() => seen.push(status.textContent ?? "")).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const input = page.getByRole("searchbox", { name: /Search news/ });
  // Pauses longer than the search's own delay (300ms), so each word is searched for and its results shown.
  for (const word of ["local", " area", " coordinators"]) {
    await input.pressSequentially(word);
    await page.waitForTimeout(500);
    await expect(page.locator("#search-results li").first()).toBeVisible();
  }
  await expect(page.locator("#search-status")).toHaveText(/results? for local area coordinators$/);
  expect(await page.evaluate(() => (window as unknown as { announced: string[] }).announced)).toEqual([
    await page.locator("#search-status").textContent(),
  ]);
});

test("a withdrawn page is still found, labelled Withdrawn before its type", async ({ page }) => {
  await page.goto("/search/?q=carols");
  await expect(page.locator("#search-status")).toHaveText("1 result for carols");
  const result = page.locator("#search-results li");
  await expect(result.getByRole("link")).toHaveText("Carol concert at County Hall");
  await expect(result.locator(".search-result__meta")).toHaveText(/^Withdrawn\s*Event\s*14 December 2018$/);
  await expect(result.locator(".search-result__status")).toHaveText("Withdrawn");
  // A current page has no label.
  await page.goto("/search/?q=summit");
  await expect(page.locator("#search-results li").first()).toBeVisible();
  await expect(page.locator(".search-result__status")).toHaveCount(0);
});
