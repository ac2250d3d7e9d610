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
