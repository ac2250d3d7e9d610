/**
 * One line of front matter as an editor sees it: how far it is indented,
 * whether it is a list item, and the field name and value written on it.
 * The parser's view of a broken document says little an editor can act on;
 * the line as written is what a message can quote back, corrected.
 */
export interface WrittenLine {
  /** From 1, within the text given. */
  number: number;
  text: string;
  /** The spaces and tabs before the first character. */
  leading: string;
  /** Characters before the first one that is not a space or tab. */
  indent: number;
  hasTab: boolean;
  /** Empty, or spaces only. */
  blank: boolean;
  /** A YAML comment: the line starts with #. */
  comment: boolean;
  /** The line starts with "- ": an item of a list. */
  item: boolean;
  /** Where what the line says starts: after the "- " of a list item, else its indent. */
  contentIndent: number;
  /** The field name, when the line (or its list item) is `name: value`. */
  key?: string;
  /** What follows `name:`, without the spaces around it; "" when nothing does (the field holds a group or list). */
  value?: string;
  /** The column where the value starts, so that a corrected line keeps what comes before it. */
  valueStart?: number;
}

const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:(?=\s|$)[ \t]*/;

export function writtenLine(text: string, number: number): WrittenLine {
  const leading = /^[ \t]*/.exec(text)![0];
  const rest = text.slice(leading.length);
  const item = /^-(\s|$)/.test(rest);
  const content = item ? rest.replace(/^-[ \t]*/, "") : rest;
  const line: WrittenLine = {
    number,
    text,
    leading,
    indent: leading.length,
    hasTab: leading.includes("\t"),
    blank: rest.trim() === "",
    comment: rest.startsWith("#"),
    item,
    contentIndent: text.length - content.length,
  };
  const field = FIELD.exec(content);
  if (field) {
    line.key = field[1]!;
    line.valueStart = text.length - content.length + field[0].length;
    line.value = text.slice(line.valueStart).trimEnd();
  }
  return line;
}

/** Every line of the text, numbered from 1. */
export function writtenLines(text: string): WrittenLine[] {
  return text.split(/\r?\n/).map((line, index) => writtenLine(line, index + 1));
}

/** "1 space", "3 spaces". */
export function spaces(count: number): string {
  return `${count} ${count === 1 ? "space" : "spaces"}`;
}
