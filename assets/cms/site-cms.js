// The site's own additions to the CMS at /admin/ (published as /admin/site/site-cms.js, a module beside Decap's bundle;
// eleventy/plugins/cmsAdmin.ts): the front-matter format that changes only what the editor changed, the rules the
// form cannot express, and the CMS's words in editors' terms. Plain JavaScript: the browser runs it as it is, and
// tests/unit/cmsInBrowser.test.ts runs it against the schemas.
import { isMap, parseDocument } from "./yaml/index.js";

/** The data key that keeps the file's own front matter, as written, between reading and saving it: never written. */
export const KEPT = "__frontMatter";
/** The data key that says what a file is, which each collection's `filter` picks: never written. */
export const KIND = "__kind";

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
  return { ...data, body: content.slice(match[0].length), [KEPT]: match[1], [KIND]: kind };
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
  const values = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== KIND));
  const document = parseDocument(kept);
  if (!isMap(document.contents)) document.contents = document.createNode({});
  update(document, document.contents, values, [...sortedKeys]);
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
    return "Give either Day, for an all-day event, or Start (and End, if known), not both: empty Day, or Start and End.";
  }
  if (!given(day) && !given(start)) return "Give Day, for an all-day event, or Start, for a timed one.";
  if (given(end) && !given(start)) return "Give Start too: End needs a start.";
  if (given(start) && given(end) && String(end).replace("T", " ") <= String(start).replace("T", " ")) {
    return "End must be after Start.";
  }
  return undefined;
}

/** The CMS's words, where Decap's say something else than what happened, or sound like a program. */
const PHRASES = {
  editor: {
    editorControlPane: {
      widget: {
        regexPattern: "%{fieldLabel}: %{pattern}",
        required: "%{fieldLabel} is needed: this page cannot be saved without it.",
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
      const problem = timingProblem(entry.get("data").toJS());
      if (problem) throw new Error(problem);
      return undefined;
    },
  });
}

// Decap waits for this (before-decap.js sets CMS_MANUAL_INIT), so that no entry is read before the format is known.
if (typeof window !== "undefined" && window.CMS) {
  register(window.CMS);
  window.CMS.init();
}
