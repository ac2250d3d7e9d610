// @ts-check
/**
 * The search page: searches as you type, filters by content type and topic,
 * sorts by relevance or date, and keeps it all in the URL to share or reload
 * (?q=…&type=News&topic=Social+care&order=newest).
 *
 * Our own small UI on Pagefind's JS API, not a Pagefind UI: the default UI
 * has no <label> or live region and puts filter values into innerHTML; the
 * component UI wipes announcements after 350ms, hides off-screen results from
 * screen readers and weighs 220 KB. The markup, checkboxes included, is in
 * search.njk; results are h2 links built with textContent; only pagefind.js,
 * its worker and wasm load ('self' and 'wasm-unsafe-eval' in the CSP).
 */

// Beside this script's own address (/assets/js/search.<hash>.js), so that it is found under a path prefix, such as a
// pull request's preview at /previews/pr-42/; Pagefind then gives its results' addresses under the prefix too.
const PAGEFIND_URL = new URL("../../pagefind/pagefind.js", import.meta.url).href;
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 300;
// While typing, the count is announced once typing pauses, not for every word.
const ANNOUNCE_MS = 700;

// A result's meta: its title, type and date and, for a withdrawn page, its status.
/** @typedef {{ url: string, excerpt: string, meta: Record<string, string | undefined> }} ResultData */
/** @typedef {{ data: () => Promise<ResultData> }} Result */
/** @typedef {Record<string, Record<string, number>>} FilterCounts */
/** @typedef {{ results: Result[], filters: FilterCounts }} SearchResponse */
/** @typedef {Record<string, string[]>} Chosen filter name → values ticked */
/**
 * @typedef {object} Pagefind
 * @property {(options: object) => Promise<void>} options
 * @property {() => Promise<void>} init
 * @property {() => Promise<FilterCounts>} filters
 * @property {(term: string | null, options?: object) => Promise<SearchResponse>} search
 * @property {(term: string, options?: object, ms?: number) => Promise<SearchResponse | null>} debouncedSearch
 */

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`Search page is missing #${id}`);
  return element;
}

const root = byId("search", HTMLElement);
const input = byId("search-input", HTMLInputElement);
const filterPanel = byId("search-filters", HTMLDetailsElement);
const chosenCount = byId("search-filters-chosen", HTMLElement);
const order = byId("search-order", HTMLSelectElement);
const liveRegion = byId("search-status", HTMLElement);
const list = byId("search-results", HTMLOListElement);
const more = byId("search-more", HTMLButtonElement);
const unavailable = byId("search-unavailable", HTMLElement);
const boxes = Array.from(filterPanel.querySelectorAll("input[type=checkbox]"), (box) => /** @type {HTMLInputElement} */ (box));
// Matches site.css's breakpoint: filters sit beside the results and are always open.
const wide = matchMedia("(min-width: 40.0625em)");
const pageTitle = document.title;

/** @type {Result[]} */
let results = [];
let shown = 0;
// Every search gets a number, so a slow answer never replaces a newer one.
let latest = 0;
let announceTimer = 0;

const pagefindReady = loadPagefind();
/**
 * Every filter's index, loaded once the first results are on screen: on a site of thousands of pages it is tens of
 * KB, which the first results need not wait for. A search counts only the filters already loaded, so the counts
 * are filled in when it arrives.
 * @type {Promise<void> | undefined}
 */
let filtersLoaded;

/** @returns {Promise<Pagefind>} */
async function loadPagefind() {
  /** @type {Pagefind} */
  const pagefind = await import(PAGEFIND_URL);
  // An excerpt cut from the middle of a page says so with an ellipsis: "… be discussed. Published …", not a typo-like start.
  await pagefind.options({ excerptLength: 30, excerptEllipsis: "…" });
  await pagefind.init();
  return pagefind;
}

/**
 * The counts beside each checkbox: what each value would give. A ticked group's counts leave out its own ticks, so
 * they say what ticking another value would add.
 * @param {Pagefind} pagefind
 * @param {string} term
 * @param {Chosen} chosen
 * @param {FilterCounts} found the filter counts of the search itself
 * @returns {Promise<FilterCounts>}
 */
async function filterCounts(pagefind, term, chosen, found) {
  const counts = { ...found };
  await Promise.all(
    Object.keys(chosen).map(async (name) => {
      const others = { ...chosen };
      delete others[name];
      counts[name] = (await pagefind.search(term || null, { filters: pagefindFilters(others) })).filters[name] ?? {};
    }),
  );
  return counts;
}

/** @param {FilterCounts} counts */
function showCounts(counts) {
  for (const box of boxes) {
    const count = box.labels?.[0]?.querySelector(".checkboxes__count");
    // Nothing until the group's index has loaded (loadFilters), rather than a misleading (0).
    const group = counts[box.name];
    if (count) count.textContent = group ? `(${group[box.value] ?? 0})` : "";
  }
}

/**
 * Loads every filter's index (once), then fills in the counts of the search on screen.
 * @param {Pagefind} pagefind
 */
function loadFilters(pagefind) {
  filtersLoaded ??= pagefind.filters().then(async () => {
    const id = latest;
    const term = input.value.trim();
    const chosen = chosenFilters();
    const response = await pagefind.search(term || null, { filters: pagefindFilters(chosen) });
    const counts = await filterCounts(pagefind, term, chosen, response.filters);
    if (id === latest) showCounts(counts);
  });
  // Without them, search still works: the counts stay blank.
  filtersLoaded.catch(() => undefined);
}

/** @param {unknown} error */
function showUnavailable(error) {
  if (!unavailable.hidden) return;
  console.error("Search could not load", error);
  root.hidden = true;
  unavailable.hidden = false;
}

/** @returns {Chosen} */
function chosenFilters() {
  /** @type {Chosen} */
  const chosen = {};
  for (const box of boxes) if (box.checked) (chosen[box.name] ??= []).push(box.value);
  return chosen;
}

/**
 * Any value ticked in a group matches (News or Event); every group must match (and Social care).
 * @param {Chosen} chosen
 */
function pagefindFilters(chosen) {
  return Object.fromEntries(Object.entries(chosen).map(([name, values]) => [name, { any: values }]));
}

/** @param {boolean} now true to skip the typing delay (page load, Enter, a filter or sort change) */
async function runSearch(now) {
  const id = ++latest;
  clearTimeout(announceTimer);
  const term = input.value.trim();
  const chosen = chosenFilters();
  // Without words to rank by, relevance means nothing: show the newest first.
  const newest = order.value === "newest" || !term;
  try {
    const pagefind = await pagefindReady;
    if (!term && !Object.keys(chosen).length) {
      const counts = await pagefind.filters();
      if (id === latest) showResults({ term, chosen, newest, all: [], first: [], counts, delay: 0 });
      return;
    }
    const options = { filters: pagefindFilters(chosen), sort: newest ? { date: "desc" } : {} };
    const response =
      now || !term ? await pagefind.search(term || null, options) : await pagefind.debouncedSearch(term, options, DEBOUNCE_MS);
    if (!response || id !== latest) return;
    const counts = await filterCounts(pagefind, term, chosen, response.filters);
    const first = await Promise.all(response.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (id !== latest) return;
    showResults({ term, chosen, newest, all: response.results, first, counts, delay: now ? 0 : ANNOUNCE_MS });
    loadFilters(pagefind);
  } catch (error) {
    showUnavailable(error);
  }
}

/**
 * @param {{ term: string, chosen: Chosen, newest: boolean, all: Result[], first: ResultData[], counts: FilterCounts, delay: number }} state
 */
function showResults({ term, chosen, newest, all, first, counts, delay }) {
  results = all;
  shown = first.length;
  list.replaceChildren(...first.map(renderResult));
  more.hidden = shown >= results.length;
  showCounts(counts);
  const ticked = boxes.filter((box) => box.checked).length;
  chosenCount.textContent = ticked ? ` (${ticked} selected)` : "";
  const searched = term || Object.keys(chosen).length;
  const text = searched ? summary(results.length, term, chosen, newest) : "";
  announceTimer = window.setTimeout(() => (liveRegion.textContent = text), delay);
  document.title = term ? `${term} – ${pageTitle}` : pageTitle;
  // Only after a search has run, not on every key press: browsers throttle
  // replaceState (Safari throws after 100 calls in 30 seconds).
  const url = new URL(location.href);
  for (const name of ["q", "type", "topic", "order"]) url.searchParams.delete(name);
  if (term) url.searchParams.set("q", term);
  for (const [name, values] of Object.entries(chosen)) for (const value of values) url.searchParams.append(name, value);
  if (order.value === "newest") url.searchParams.set("order", "newest");
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}

/**
 * "3 results for loneliness, filtered by News or Event and Social care, newest first"
 * @param {number} count
 * @param {string} term
 * @param {Chosen} chosen
 * @param {boolean} newest
 */
function summary(count, term, chosen, newest) {
  let text = count === 0 ? "No results" : `${count} ${count === 1 ? "result" : "results"}`;
  if (term) text += ` for ${term}`;
  const groups = Object.values(chosen).map((values) => values.join(" or "));
  if (groups.length) text += `, filtered by ${groups.join(" and ")}`;
  return count > 1 && newest ? `${text}, newest first` : text;
}

/**
 * @param {ResultData} data
 * @returns {HTMLLIElement}
 */
function renderResult(data) {
  const item = element("li", "search-result");
  const heading = element("h2", "search-result__title");
  const link = element("a", "search-result__link");
  link.href = safeUrl(data.url);
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading);

  const details = element("p", "search-result__meta");
  // A withdrawn page is still found, and says so first (its notice's data-pagefind-meta: partials/page-history.njk).
  if (data.meta.status) details.append(textElement("strong", "search-result__status", data.meta.status));
  if (data.meta.type) details.append(textElement("span", "search-result__type", data.meta.type));
  if (data.meta.date) details.append(dateElement(data.meta.date));
  if (details.childElementCount) item.append(details);

  if (data.excerpt) {
    const excerpt = element("p", "search-result__excerpt");
    appendExcerpt(excerpt, data.excerpt);
    item.append(excerpt);
  }
  return item;
}

/**
 * Pagefind escapes < and > in page text and adds only <mark> tags, so
 * splitting on those tags gives the same text as innerHTML would, without
 * ever parsing the page's words as HTML.
 * @param {HTMLElement} parent
 * @param {string} excerpt
 */
function appendExcerpt(parent, excerpt) {
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === "<mark>" || part === "</mark>") {
      marked = part === "<mark>";
      continue;
    }
    if (!part) continue;
    const text = part.replaceAll("&lt;", "<").replaceAll("&gt;", ">");
    parent.append(marked ? textElement("mark", "", text) : text);
  }
}

/** @param {string} value an ISO date such as 2018-11-26 (perhaps with a time), shown as 26 November 2018 */
function dateElement(value) {
  const time = textElement("time", "search-result__date", value);
  // The day alone, read as UTC, so no time zone can move it to the day before.
  const date = new Date(value.slice(0, 10));
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(date.getTime())) {
    time.dateTime = value;
    time.textContent = date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }
  return time;
}

/** Index URLs come from page content, so refuse anything but http(s) links (no javascript:). */
function safeUrl(/** @type {string} */ value) {
  const url = new URL(value, location.href);
  return url.protocol === "http:" || url.protocol === "https:" ? value : "#";
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} className
 * @returns {HTMLElementTagNameMap[K]}
 */
function element(tag, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} className
 * @param {string} text
 */
function textElement(tag, className, text) {
  const node = element(tag, className);
  node.textContent = text;
  return node;
}

input.form?.addEventListener("submit", (event) => {
  event.preventDefault();
  runSearch(true);
});
input.addEventListener("input", () => runSearch(false));
filterPanel.addEventListener("change", () => runSearch(true));
order.addEventListener("change", () => runSearch(true));
wide.addEventListener("change", () => {
  if (wide.matches) filterPanel.open = true;
});

more.addEventListener("click", async () => {
  const id = latest;
  const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
  if (id !== latest) return;
  const items = next.map(renderResult);
  list.append(...items);
  shown += items.length;
  more.hidden = shown >= results.length;
  // The button may now be hidden, so take keyboard users to the first new result.
  items[0]?.querySelector("a")?.focus();
});

pagefindReady.catch(showUnavailable);
// A shared or reloaded URL sets the search box, the ticks and the order.
const params = new URLSearchParams(location.search);
input.value = (params.get("q") ?? "").trim();
for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
order.value = params.get("order") === "newest" ? "newest" : "relevance";
filterPanel.open = wide.matches || boxes.some((box) => box.checked);
root.hidden = false;
runSearch(true);
