/**
 * Characters no page needs and some attacks use: control characters (NUL and
 * the rest, except tab, line feed and carriage return), which make the feed
 * ill-formed XML, and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which make text read differently from how it is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

export interface UnsafeCharacter {
  /** From 1, within the text given. */
  line: number;
  /** Such as "U+202E". */
  code: string;
}

export function unsafeCharacters(text: string): UnsafeCharacter[] {
  const found: UnsafeCharacter[] = [];
  for (const match of text.matchAll(UNSAFE)) {
    const line = text.slice(0, match.index).split("\n").length;
    found.push({ line, code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` });
  }
  return found;
}

/** What an editor is told about one. */
export function unsafeCharacterMessage({ code }: UnsafeCharacter): string {
  const kind = /^U\+(202|206)/.test(code)
    ? "an invisible character that changes the direction of text"
    : "an invisible control character";
  return (
    `This line holds ${kind} (${code}), which can break pages and feeds or hide what the text says. ` +
    "Delete it: retype the words around it rather than pasting them."
  );
}

/**
 * Invisible characters that pasted text often carries (from Word, PDFs, web pages), harmless in a page's Markdown but
 * not in its fields: a title or description goes into the page's <title> and meta tags, search results, social media
 * cards and the news feed, where a line or paragraph separator breaks the line and the others split or join words
 * unseen. Refused in front matter and settings, each by name.
 */
const INVISIBLE_IN_FIELDS = new Map([
  ["\u2028", "a line separator"],
  ["\u2029", "a paragraph separator"],
  ["\u200b", "a zero-width space"],
  ["\u2060", "a word joiner"],
  ["\ufeff", "a byte-order mark"],
]);
const INVISIBLE = new RegExp(`[${[...INVISIBLE_IN_FIELDS.keys()].join("")}]`, "gu");

export interface InvisibleCharacter {
  /** Where it is, from 0, within the text given. */
  offset: number;
  /** Such as "U+200B". */
  code: string;
  /** Such as "a zero-width space". */
  name: string;
}

/** Each kind of invisible character in a field's value, once, where it is first. */
export function invisibleCharacters(text: string): InvisibleCharacter[] {
  const found = new Map<string, InvisibleCharacter>();
  for (const match of text.matchAll(INVISIBLE)) {
    if (found.has(match[0])) continue;
    const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    found.set(match[0], { offset: match.index, code, name: INVISIBLE_IN_FIELDS.get(match[0])! });
  }
  return [...found.values()];
}

/** What an editor is told about one, in the field `field` ("title: ", or "" for a list's item). */
export function invisibleCharacterMessage(field: string, { code, name }: InvisibleCharacter): string {
  return (
    `${field ? `${field}this line` : "This line"} holds ${name} (${code}), an invisible character that pasted text often carries, which would reach the page's title and description in search results, on social media and in the news feed. ` +
    "Delete it: retype the words around it rather than pasting them."
  );
}
