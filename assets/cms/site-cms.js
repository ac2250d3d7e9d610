// The site's own additions to the CMS at /admin/ (published as /admin/site/site-cms.js, a module beside Decap's bundle;
// eleventy/plugins/cmsAdmin.ts): the front-matter format that changes only what the editor changed, the rules the
// form cannot express, and the CMS's words in editors' terms. Plain JavaScript: the browser runs it as it is, and
// tests/unit/cmsInBrowser.test.ts runs it against the schemas.
import { isMap, parseDocument } from "./yaml/index.js";

/** The data key that keeps the file's own front matter, as written, between reading and saving it: never written. */
export const KEPT = "__frontMatter";
/** The data key that says what a file is, which each collection's `filter` picks: never written. */
export const KIND = "__kind";

/** An event's timing, as the form holds it (cmsConfig.ts, TIMING): a list of one item, all day or at a time. */
const WHEN = "when";
const TIMING_KEY = "timing";
const TIMING_FIELDS = ["day", "start", "end"];

/** The file's day, or start and end, as the form's choice. A file with both (which the build refuses) opens as timed. */
function withWhen(data) {
  if (!TIMING_FIELDS.some((key) => Object.hasOwn(data, key))) return data;
  const { day, start, end, ...rest } = data;
  const item =
    start !== undefined || end !== undefined
      ? { [TIMING_KEY]: "timed", start, ...(end !== undefined ? { end } : {}) }
      : { [TIMING_KEY]: "all-day", day };
  return { ...rest, [WHEN]: [item] };
}

/** The form's choice back into the fields the file has: the other kind's fields are removed. */
export function timingOf(values) {
  if (!Object.hasOwn(values, WHEN)) return { day: values.day, start: values.start, end: values.end };
  const item = (values[WHEN] ?? [])[0] ?? {};
  if (item[TIMING_KEY] === "all-day") return { day: item.day, start: undefined, end: undefined };
  if (item[TIMING_KEY] === "timed") return { day: undefined, start: item.start, end: item.end };
  return { day: undefined, start: undefined, end: undefined };
}

function withoutWhen(values, order) {
  if (!Object.hasOwn(values, WHEN)) return [values, order];
  const timing = timingOf(values);
  const flat = Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) => (key === WHEN ? Object.entries(timing) : [[key, value]])),
  );
  return [flat, order.flatMap((key) => (key === WHEN ? TIMING_FIELDS : [key]))];
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * A Markdown file into the CMS's data: its front matter as YAML 1.2 reads it (so a date stays the text written,
 * 2018-11-26, as the date picker keeps it), its text as `body`, and what it is: "page"; "campaign-page", a page with
 * an `order:` (a campaign's hub has none); or "other", a file with no front matter, such as a folder's README.md.
 */
export function fromFile(content) {
  const match = FENCE.exec(content);
  const data = match ? parseDocument(match[1]).toJS() : undefined;
  if (!data || typeof data !== "object" || Array.isArray(data)) return { body: content, [KIND]: "other" };
  const kind = Object.hasOwn(data, "order") ? "campaign-page" : "page";
  return { ...withWhen(data), body: content.slice(match[0].length), [KEPT]: match[1], [KIND]: kind };
}

/**
 * An empty value, which the form gives for a field left empty: no line in the file. In a group (an image), a box left
 * unticked is empty too, so that an image left out writes nothing.
 */
function isEmpty(value, inGroup = false) {
  if (value === undefined || value === null || value === "" || (inGroup && value === false)) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value).every((item) => isEmpty(item, true));
  return false;
}

/** A group's value without its empty fields. */
function withoutEmpty(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => !isEmpty(item, true))
      .map(([key, item]) => [key, withoutEmpty(item)]),
  );
}

function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The form's values into a YAML map, changing only what differs: a kept line keeps its place, its quotes and its comments. */
function update(document, map, values, order, inGroup = false) {
  for (const pair of [...map.items]) {
    const key = String(pair.key?.value ?? pair.key);
    if (!Object.hasOwn(values, key) || isEmpty(values[key], inGroup)) map.delete(key);
  }
  const keys = [
    ...order.filter((key) => Object.hasOwn(values, key)),
    ...Object.keys(values).filter((key) => !order.includes(key)),
  ];
  for (const key of keys) {
    const value = values[key];
    if (isEmpty(value, inGroup)) continue;
    const node = map.get(key, true);
    const written = node && typeof node.toJSON === "function" ? node.toJSON() : node;
    if (node !== undefined && sameValue(written, value)) continue;
    if (isMap(node) && typeof value === "object" && !Array.isArray(value)) update(document, node, value, [], true);
    else map.set(key, document.createNode(withoutEmpty(value)));
  }
}

/**
 * The CMS's data back into the file. With the site's reader's YAML settings (YAML 1.2, no line wrapping), on the
 * file's own front matter: a field the editor did not change is written as it was, where it was; a new field goes
 * after the others, in the form's order. So a one-field edit is a one-line change in the pull request.
 */
export function toFile(data, sortedKeys = []) {
  const { body = "", [KEPT]: kept = "", ...rest } = data;
  const [values, order] = withoutWhen(Object.fromEntries(Object.entries(rest).filter(([key]) => key !== KIND)), [...sortedKeys]);
  const document = parseDocument(kept);
  if (!isMap(document.contents)) document.contents = document.createNode({});
  update(document, document.contents, values, order);
  const yaml = document.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n${body}`;
}

/**
 * When an event happens, as the event schema checks it (eventSchema.ts, checkTiming): all day (Day), or a start and,
 * if known, an end after it. The form has no field that depends on another, so this is checked on Save.
 */
export function timingProblem({ day, start, end }) {
  const given = (value) => !isEmpty(value);
  if (given(day) && (given(start) || given(end))) {
    return "When: give either All day, with its day, or At a time, with its start, not both.";
  }
  if (!given(day) && !given(start)) return "When: add All day, with its day, or At a time, with when it starts.";
  if (given(end) && !given(start)) return "When: give Start too: End needs a start.";
  if (given(start) && given(end) && String(end).replace("T", " ") <= String(start).replace("T", " ")) {
    return "When: End must be after Start.";
  }
  return undefined;
}

/**
 * What is wrong with an event's When, as the form holds it. Its list takes one item (max: 1), but Decap checks a
 * list's length only while one of its items is itself refused, so a second, complete one is refused here.
 */
export function whenProblem(data) {
  if ((data[WHEN] ?? []).length > 1) {
    return "When: give only one, All day or At a time. Remove the other with its ✕.";
  }
  return timingProblem(timingOf(data));
}

/** The CMS's words, where Decap's say something else than what happened, or sound like a program. */
const PHRASES = {
  editor: {
    editorControlPane: {
      widget: {
        regexPattern: "%{fieldLabel}: %{pattern}",
        required: "%{fieldLabel} is needed: this page cannot be saved without it.",
        // An event's When (cmsConfig.ts, TIMING), the only list with a fixed number of items.
        rangeCountExact: "%{fieldLabel}: give exactly %{count}, All day or At a time. Remove the other with its ✕.",
      },
    },
    editorToolbar: {
      deleteUnpublishedEntry: "Delete this draft",
      deleteUnpublishedChanges: "Delete this draft's changes",
    },
    editor: {
      onDeleteUnpublishedChanges:
        "Delete this draft for good? It has not been published, and it cannot be brought back: everything saved in it since it was started is lost.",
      onDeleteUnpublishedChangesWithUnsavedChanges:
        "Delete this draft for good, with the changes you have not saved? It cannot be brought back.",
    },
  },
  ui: {
    toast: {
      missingRequiredField: "Not saved: a field needs changing. Each one in red says what to change.",
      onFailToPersist: "Not saved: %{details}",
    },
  },
  collection: { collectionTop: { newButton: "New %{collectionLabel}" } },
};

function merged(base, extra) {
  const result = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    result[key] = typeof value === "object" ? merged(base?.[key] ?? {}, value) : value;
  }
  return result;
}

/** Registers everything with Decap: called by the admin page, not by the tests. */
export function register(CMS) {
  CMS.registerCustomFormat("site-frontmatter", "md", { fromFile, toFile });
  const english = CMS.getLocale("en");
  if (english) CMS.registerLocale("en", merged(english, PHRASES));
  CMS.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      if (entry.get("collection") !== "events") return undefined;
      const problem = whenProblem(entry.get("data").toJS());
      if (!problem) return undefined;
      // Decap shows "Not saved: <the error>": without a name, an error is its words alone, not "Error: …".
      const error = new Error(problem);
      error.name = "";
      throw error;
    },
  });
}

// Decap waits for this (before-decap.js sets CMS_MANUAL_INIT), so that no entry is read before the format is known.
if (typeof window !== "undefined" && window.CMS) {
  register(window.CMS);
  window.CMS.init();
}
