import { isScalar, visit, type Document, type LineCounter } from "yaml";
import { quotedValue } from "./quotedValue.ts";
import { spaces } from "./writtenLines.ts";

/**
 * Front matter YAML reads without complaint, but not as the editor meant:
 *   title: #1 for care      — a # after the colon starts a comment, so title is empty;
 *   topics:
 *     - Communities
 *       - Libraries         — more indented than the item above, so read as "Communities - Libraries".
 * Lines numbered from 1 within the text.
 */
export function misreadValues(
  text: string,
  document: Document.Parsed,
  lineCounter: LineCounter,
): Array<{ number: number; message: string }> {
  const lines = text.split(/\r?\n/);
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  const found: Array<{ number: number; message: string }> = [];

  visit(document, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || !pair.key.range) return;
      const value = pair.value;
      if (value !== null && !(isScalar(value) && value.value === null)) return;
      const number = lineOf(pair.key.range[0]);
      const written = /^(.*?:)[ \t]+(#.*?)\s*$/.exec(lines[number - 1] ?? "");
      if (!written) return;
      const [, before, words] = written as unknown as [string, string, string];
      const key = String(pair.key.value);
      found.push({
        number,
        message: `The value of ${key} starts with #, which YAML reads as the start of a comment, so ${key} is left empty. Put quotes around the value: ${before.trimStart()} ${quotedValue(words)}`,
      });
    },
    Scalar(_key, node) {
      if (node.type !== "PLAIN" || !node.range || typeof node.value !== "string") return;
      const first = lineOf(node.range[0]);
      const last = lineOf(node.range[1]);
      const item = /^([ \t]*)-\s/.exec(lines[first - 1] ?? "");
      if (!item || last === first) return;
      const indent = item[1]!.length;
      for (let number = first + 1; number <= last; number++) {
        const line = lines[number - 1]!;
        if (!/^\s*-(\s|$)/.test(line)) continue;
        const where = indent === 0 ? "at the left edge" : `with ${spaces(indent)} before it`;
        found.push({
          number,
          message: `This list item is indented by ${spaces(line.length - line.trimStart().length)}, more than the item above it, so YAML reads it as more words of that item. Line it up with the item above, ${where}: ${" ".repeat(indent)}${line.trimStart()}`,
        });
      }
    },
  });
  return found;
}
