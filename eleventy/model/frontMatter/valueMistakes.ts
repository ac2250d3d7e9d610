import { quotedValue, quoteKind } from "./quotedValue.ts";
import type { WrittenLine } from "./writtenLines.ts";

/**
 * What is wrong with the value written on a line YAML could not read, in an
 * editor's words, with the line corrected; undefined when the value is not
 * the cause. Each case is a way a headline or sentence trips YAML up: a
 * colon, curly quotes, or a quote mark at the start.
 */
export function valueMistake(line: WrittenLine): string | undefined {
  const { key, value } = line;
  if (key === undefined || !value) return undefined;
  const corrected = (words: string) => `${line.text.slice(line.indent, line.valueStart)}${quotedValue(words)}`;
  const name = line.item ? `the list item's ${key}` : key;

  if (/^[“‘]/u.test(value)) {
    const because = hasColon(value) ? ", so it reads the colon inside as the start of another field" : "";
    if (/^(“.*”|‘.*’)$/u.test(value)) {
      const marks = value.startsWith("‘") ? "‘ ’" : "“ ”";
      return `The value of ${name} is in curly quotes (${marks}), which YAML does not count as quotes${because}. Use straight quotes instead: ${corrected(value.slice(1, -1))}`;
    }
    // Curly quotes that are part of the words stay: straight quotes go around all of them.
    return `The value of ${name} starts with a curly quote (${value[0]!}), which YAML does not count as a quote${because}. Put straight quotes around the whole value: ${corrected(value)}`;
  }

  if (value.startsWith("'")) {
    if (closesTheValue(value)) return undefined;
    return `The value of ${name} starts with an apostrophe ('), which YAML reads as an opening quote, and the value does not end with a closing one. Put double quotes around the whole value: ${corrected(value)}`;
  }

  if (value.startsWith('"')) {
    if (closesTheValue(value)) return undefined;
    const closing = closingQuote(value);
    if (closing === -1) {
      return `The value of ${name} starts with a double quote (") but does not end with one, so YAML reads on into the lines below. End the value with a closing quote: ${corrected(value.slice(1))}`;
    }
    if (value.endsWith('"')) {
      const words = value.slice(1, -1);
      const instead =
        quoteKind(words) === "single"
          ? "Put single quotes around it instead"
          : "Write a backslash (\\) before each double quote inside";
      return `The value of ${name} is in double quotes and has more double quotes inside, which end it early. ${instead}: ${corrected(words)}`;
    }
    return `The value of ${name} starts with a quoted part (${value.slice(0, closing + 1)}), and YAML allows nothing after its closing quote. Put ${quoteKind(value)} quotes around the whole value: ${corrected(value)}`;
  }

  if (/^[*&]/.test(value)) return startsWithAliasMessage(`The value of ${name}`, value, corrected(value));

  if (hasColon(value)) {
    return `The value of ${name} has a colon (:) in it, which YAML reads as the start of another field. Put quotes around the whole value: ${corrected(value)}`;
  }
  return undefined;
}

/** A value starting with * or &, which YAML reads as a copy of another value (*name) or the name of this one (&name). */
export function startsWithAliasMessage(what: string, value: string, corrected: string): string {
  const reads = value.startsWith("*") ? "a copy of another value (an alias)" : "a name given to the value (an anchor)";
  return `${what} starts with ${value[0]!}, which YAML reads as ${reads}. Put quotes around the whole value: ${corrected}`;
}

/** A colon followed by a space or the end: where YAML starts a field. */
function hasColon(words: string): boolean {
  return /:(\s|$)/.test(words);
}

/** Whether the quote that opens `value` closes at its end, where only a comment may follow. */
function closesTheValue(value: string): boolean {
  const closing = closingQuote(value);
  return closing !== -1 && /^(\s+#.*)?\s*$/.test(value.slice(closing + 1));
}

/** Where the quote that opens `value` closes, by YAML's rules ('' and \" do not close); -1 when it does not on this line. */
function closingQuote(value: string): number {
  const mark = value[0];
  for (let index = 1; index < value.length; index++) {
    if (mark === '"' && value[index] === "\\") index++;
    else if (mark === "'" && value[index] === "'" && value[index + 1] === "'") index++;
    else if (value[index] === mark) return index;
  }
  return -1;
}
