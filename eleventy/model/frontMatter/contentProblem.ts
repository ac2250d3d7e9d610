/** A mistake in a content file, where it is and what to write instead: `content/news/x.md:4: What is wrong. What to do.` */
export interface ContentProblem {
  /** Relative to the project, with / between folders. */
  file: string;
  /** From 1; the front matter's opening --- is line 1. Undefined when the whole file is meant. */
  line?: number | undefined;
  message: string;
}

/**
 * Characters that would break a problem's line or hide what it says, were they printed as they are: line breaks and
 * other control characters, and the invisible ones that reorder text or take no room (U+202E shows "gnp.exe" as
 * "exe.png"). A file name can hold any of them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
const ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The text with each such character written as an escape (\n, \u202E), so that it is seen and the line stays one line. */
export function printable(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (character) => ESCAPES[character] ?? `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

/**
 * The problem as it is printed: the file's name escaped, whatever it holds, and the message too, but for the line
 * breaks of the examples some messages end with (a group of fields, written as it is in a file).
 */
export function formatProblem({ file, line, message }: ContentProblem): string {
  return `${printable(file)}${line ? `:${line}` : ""}: ${message.split("\n").map(printable).join("\n")}`;
}

/**
 * The error a build stops with when content needs fixing: its message is the
 * problems, one line each, and nothing else (scripts/build/buildFailure.ts shows it without
 * Eleventy's wrapping or a stack trace).
 */
export class ContentError extends Error {
  /** Read by Eleventy's error log (`npm start`): a stack trace says nothing to an editor. */
  readonly skipOriginalStack = true;

  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ContentError";
  }
}
