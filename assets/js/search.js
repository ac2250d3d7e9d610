// @ts-check
/**
 * The search page: runs ?q= on load, searches as you type, keeps ?q= in the URL.
 *
 * Why our own small UI on Pagefind's JS API rather than a Pagefind UI:
 * - The default UI (pagefind-ui.js) has no <label> for its input (placeholder
 *   and title only), no live region for the result count, titles in <p> not
 *   headings, and puts filter values into innerHTML.
 * - The component UI (pagefind-component-ui.js) is better but still not what
 *   we need: its announcements are wiped from the live region after 350ms,
 *   titles are <p> not headings, results off screen are aria-hidden skeletons
 *   until scrolled to, and printable keys pressed on a result link are sent to
 *   the input. It cannot show type and date without a custom template, and it
 *   is 180 KB of script plus 40 KB of CSS.
 * Here the page markup is in search.njk, results are a list of h2 links built
 * with textContent, and only pagefind.js (and its worker and wasm) is loaded,
 * which needs nothing beyond 'self' and 'wasm-unsafe-eval' in the CSP.
 */

const PAGEFIND_URL = "/pagefind/pagefind.js";
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 300;

/** @typedef {{ url: string, excerpt: string, meta: Record<string, string | undefined> }} ResultData */
/** @typedef {{ id: string, data: () => Promise<ResultData> }} Result */
/** @typedef {{ results: Result[] }} SearchResponse */
/**
 * @typedef {object} Pagefind
 * @property {(options: object) => Promise<void>} options
 * @property {() => Promise<void>} init
 * @property {(term: string) => Promise<SearchResponse>} search
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
const liveRegion = byId("search-status", HTMLElement);
const list = byId("search-results", HTMLOListElement);
const more = byId("search-more", HTMLButtonElement);
const unavailable = byId("search-unavailable", HTMLElement);
const pageTitle = document.title;

/** @type {Result[]} */
let results = [];
let shown = 0;
// Every search gets a number, so a slow answer never replaces a newer one.
let latest = 0;

const pagefindReady = loadPagefind();

/** @returns {Promise<Pagefind>} */
async function loadPagefind() {
  /** @type {Pagefind} */
  const pagefind = await import(PAGEFIND_URL);
  await pagefind.options({ excerptLength: 30 });
  await pagefind.init();
  return pagefind;
}

/** @param {unknown} error */
function showUnavailable(error) {
  if (!unavailable.hidden) return;
  console.error("Search could not load", error);
  root.hidden = true;
  unavailable.hidden = false;
}

/**
 * @param {string} term
 * @param {boolean} now true to skip the typing delay (page load, Enter)
 */
async function runSearch(term, now) {
  const id = ++latest;
  if (!term) {
    showResults(term, [], []);
    return;
  }
  try {
    const pagefind = await pagefindReady;
    const response = now ? await pagefind.search(term) : await pagefind.debouncedSearch(term, {}, DEBOUNCE_MS);
    if (!response || id !== latest) return;
    const first = await Promise.all(response.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (id !== latest) return;
    showResults(term, response.results, first);
  } catch (error) {
    showUnavailable(error);
  }
}

/**
 * @param {string} term
 * @param {Result[]} all
 * @param {ResultData[]} first
 */
function showResults(term, all, first) {
  results = all;
  shown = first.length;
  list.replaceChildren(...first.map(renderResult));
  more.hidden = shown >= results.length;
  liveRegion.textContent = term ? summary(results.length, term) : "";
  document.title = term ? `${term} – ${pageTitle}` : pageTitle;
  // Only after a search has run, not on every key press: browsers throttle
  // replaceState (Safari throws after 100 calls in 30 seconds).
  const url = new URL(location.href);
  if (term) url.searchParams.set("q", term);
  else url.searchParams.delete("q");
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}

/**
 * @param {number} count
 * @param {string} term
 */
function summary(count, term) {
  if (count === 0) return `No results for ${term}`;
  return `${count} ${count === 1 ? "result" : "results"} for ${term}`;
}

/**
 * @param {ResultData} data
 * @returns {HTMLLIElement}
 */
function renderResult(data) {
  const item = element("li", "search-result");
  const heading = element("h2", "search-result__title");
  const link = element("a", "search-result__link");
  link.href = safeUrl(data.meta.url || data.url);
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading);

  const details = element("p", "search-result__meta");
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

/** @param {string} value an ISO date such as 2018-11-26, shown as 26 November 2018 */
function dateElement(value) {
  const time = textElement("time", "search-result__date", value);
  const date = new Date(value);
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
  runSearch(input.value.trim(), true);
});

input.addEventListener("input", () => {
  runSearch(input.value.trim(), false);
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
root.hidden = false;
const initialTerm = (new URLSearchParams(location.search).get("q") ?? "").trim();
if (initialTerm) {
  input.value = initialTerm;
  runSearch(initialTerm, true);
}
