import { DateTime } from "luxon";
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from "yaml";
import { PLAUSIBLE_YEARS } from "../../core/dates.ts";
import type { ContentProblem } from "./contentProblem.ts";
import { unrealTime, unrealTimeMessage } from "./dateFieldMessages.ts";
import { misreadValues } from "./misreadValues.ts";
import { quotedValue } from "./quotedValue.ts";
import { startsWithAliasMessage, valueMistake } from "./valueMistakes.ts";
import { invisibleCharacterMessage, invisibleCharacters, unsafeCharacterMessage, unsafeCharacters } from "./unsafeCharacters.ts";
import { writtenLine } from "./writtenLines.ts";
import { yamlErrorProblems } from "./yamlErrorProblems.ts";

/** "title: " when a value is a field's, for messages; "" for an item of a list. */
function fieldOf(parent: unknown): string {
  return isPair(parent) && isScalar(parent.key) ? `${String(parent.key.value)}: ` : "";
}

/**
 * What an editor is told of a date whose year is outside PLAUSIBLE_YEARS: `field` is "date: " or "", `date` the date
 * as written. YAML reads a date of a year below 100 as 19xx (JavaScript's dates do), so it would be published as that.
 */
function unlikelyYearMessage(field: string, date: string, year: number, readAsDate: boolean): string {
  const misread = readAsDate && year < 100 ? `, which the site would publish as ${1900 + year}` : "";
  const fix =
    year < 1000
      ? `Write the year in full, in four figures, such as ${field}2018-11-26 for 26 November 2018.`
      : `Check the year, and write the date meant, such as ${field}2018-11-26 for 26 November 2018.`;
  return (
    `${field}${date} is in the year ${year}${misread}: dates on this site are from ${PLAUSIBLE_YEARS.first} to ${PLAUSIBLE_YEARS.last}, ` +
    `the years the council's news and events can be in, so a year outside them is a typing mistake. ${fix}`
  );
}

/** Keys that would reach JavaScript's object machinery instead of being data. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export interface ParsedFrontMatter {
  /** What the YAML says; {} when it could not be read. */
  data: Record<string, unknown>;
  /** Each mistake, with its line in the file. */
  problems: Omit<ContentProblem, "file">[];
  /**
   * The file line of the value at a path such as ["image", "src"], or of the nearest field above it that is there; the
   * front matter's first line when not even the first is (a field that is missing goes in the front matter).
   */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * The one reader of front matter: the site's build (as Eleventy's YAML
 * engine), its checks, the content lint and `npm run new` all read YAML
 * through it. YAML 1.2, with dates (`2018-11-26`) read as dates, as Eleventy's
 * own reader does; `firstLine` is the file line the text starts on, so that
 * every problem names the line an editor sees.
 */
export function parseFrontMatter(text: string, firstLine = 2): ParsedFrontMatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { customTags: ["timestamp"], lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const problems: ParsedFrontMatter["problems"] = [];

  problems.push(...yamlErrorProblems(text, document, lineCounter, firstLine));
  if (!document.errors.length) {
    for (const { number, message } of misreadValues(text, document, lineCounter)) {
      problems.push({ line: number + firstLine - 1, message });
    }
  }
  for (const { line, code } of unsafeCharacters(text)) {
    problems.push({ line: line + firstLine - 1, message: unsafeCharacterMessage({ line, code }) });
  }

  visit(document, {
    Pair(_key, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && FORBIDDEN_KEYS.has(key)) {
        problems.push({
          line: lineAt(pair.key && isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0),
          message: `"${key}" cannot be the name of a field: it is a word the site's code keeps for itself. Delete the line, or give the field the name its folder's README.md lists.`,
        });
      }
    },
    Scalar(_key, node, path) {
      // Escapes in quoted text ("\0", "\u202E") make characters that the text itself does not show.
      if (
        typeof node.value === "string" &&
        node.range &&
        unsafeCharacters(node.value).length &&
        !unsafeCharacters(text.slice(node.range[0], node.range[1])).length
      ) {
        const [first] = unsafeCharacters(node.value);
        problems.push({ line: lineAt(node.range[0]), message: unsafeCharacterMessage(first!) });
      }
      const written = node.range ? text.slice(node.range[0], node.range[1]) : "";
      if (typeof node.value === "string" && node.range) {
        for (const found of invisibleCharacters(node.value)) {
          // On its own line of a value of several lines; on the value's first when it is written as an escape ("\u200B").
          const at = written.indexOf(String.fromCodePoint(Number.parseInt(found.code.slice(2), 16)));
          problems.push({
            line: lineAt(node.range[0] + Math.max(at, 0)),
            message: invisibleCharacterMessage(fieldOf(path.at(-1)), found),
          });
        }
      }
      const date = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/.exec(written);
      // YAML quietly rolls an impossible date such as 2018-02-30 over into March.
      if (date && !DateTime.fromObject({ year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }).isValid) {
        problems.push({
          line: lineAt(node.range![0]),
          message: `${date[0]} is not a real date (check the month and day; dates are written YYYY-MM-DD, for example 2018-11-26).`,
        });
      } else if (date && (Number(date[1]) < PLAUSIBLE_YEARS.first || Number(date[1]) > PLAUSIBLE_YEARS.last)) {
        const field = fieldOf(path.at(-1));
        problems.push({
          line: lineAt(node.range![0]),
          message: unlikelyYearMessage(field, date[0], Number(date[1]), node.value instanceof Date),
        });
      }
      const time = date ? unrealTime(written) : undefined;
      if (time) {
        const pair = path.at(-1);
        const field = isPair(pair) && isScalar(pair.key) && pair.value === node ? String(pair.key.value) : undefined;
        problems.push({ line: lineAt(node.range![0]), message: unrealTimeMessage(field, written.trim(), time) });
      }
    },
  });

  const forbidden = problems.some((problem) => problem.message.includes("cannot be the name of a field"));
  let data: Record<string, unknown> = {};
  if (!document.errors.length && !forbidden) {
    const read = valueOf(text, document, lineAt);
    const value = "value" in read ? read.value : undefined;
    if ("problem" in read) {
      problems.push({ line: read.problem.line ?? firstLine, message: read.problem.message });
    } else if (value !== null && value !== undefined && (typeof value !== "object" || Array.isArray(value))) {
      problems.push({
        line: firstLine,
        message: "The front matter must be a list of fields, one per line, such as title: Your headline.",
      });
    } else data = (value ?? {}) as Record<string, unknown>;
  }

  return {
    data,
    problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    lineOf: (path) => {
      let node: unknown = document.contents;
      let line: number | undefined;
      for (const key of path) {
        if (!isMap(node) && !(node && typeof node === "object" && "items" in node)) break;
        const items = (node as { items: unknown[] }).items;
        const item =
          typeof key === "number"
            ? items[key]
            : items.find((pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === key);
        if (!item) break;
        const range = isPair(item)
          ? ((item.key as Node | null)?.range ?? (item.value as Node | null)?.range)
          : (item as Node).range;
        if (range) line = lineAt(range[0]);
        node = isPair(item) ? item.value : item;
      }
      return line ?? firstLine;
    },
  };
}

/** How many values YAML's aliases (*name) may copy in all: a few are harmless, a "billion laughs" is not. */
const MAX_ALIAS_COUNT = 50;

const TOO_MANY_COPIES =
  "The front matter repeats values with & and * (YAML's anchors and aliases) so many times over that reading it would use up the build's memory. Write each value out in full where it is needed, without & and *.";

/** The document's value; or, when its aliases (*name) cannot be read, where and why. */
function valueOf(
  text: string,
  document: Document.Parsed,
  lineAt: (offset: number) => number,
): { value: unknown } | { problem: { line: number | undefined; message: string } } {
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    // toJS throws a ReferenceError for an alias only: in the yaml library's words, "Excessive alias count indicates a
    // resource exhaustion attack" or "Unresolved alias (the anchor must be set before the alias): name".
    if (!(error instanceof ReferenceError)) throw error;
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(error.message)?.[1];
    const alias = firstAlias(document, unresolved);
    const line = alias?.range ? lineAt(alias.range[0]) : undefined;
    if (unresolved === undefined || !alias?.range) return { problem: { line, message: TOO_MANY_COPIES } };
    return { problem: { line, message: startsWithStarMessage(text, alias.range[0]) } };
  }
}

/** The first alias (*name) in the document, or the first of that name. */
function firstAlias(document: Document.Parsed, source?: string): Alias | undefined {
  let found: Alias | undefined;
  visit(document, {
    Alias(_key, node) {
      if (source !== undefined && node.source !== source) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** A value such as `- *Care`, which YAML reads as a copy of a value named "Care". */
function startsWithStarMessage(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  const line = writtenLine(text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd), 1);
  const fromValue = line.text.slice(offset - lineStart).trimEnd();
  const mistake = valueMistake(line);
  if (mistake) return mistake;
  const what = line.item ? "This list item" : "This value";
  return startsWithAliasMessage(what, fromValue, `${line.text.slice(line.indent, offset - lineStart)}${quotedValue(fromValue)}`);
}
