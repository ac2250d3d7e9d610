import { visit, type Document, type LineCounter, type YAMLError } from "yaml";
import { indentationMistake, tabMistake, type LineMistake } from "./indentationMistakes.ts";
import { valueMistake } from "./valueMistakes.ts";
import { writtenLines, type WrittenLine } from "./writtenLines.ts";

/** Said when none of the mistakes editors make explains the error: where to look, and the commonest fix. */
const UNEXPLAINED =
  'YAML cannot read this line. Check its quotes, colons and indentation: a value with a colon (:) in it, or that starts with a quote mark, needs quotes around the whole value, such as title: "Summit: what to expect"';

/**
 * The parser's errors, as the mistakes an editor made: each on the line to
 * fix (often not the line where YAML gave up), in an editor's words, with the
 * line corrected where that can be worked out. One mistake can make several
 * errors (a quote left open makes YAML stumble on the lines after it): each
 * mistake is told once.
 */
export function yamlErrorProblems(
  text: string,
  document: Document.Parsed,
  lineCounter: LineCounter,
  firstLine: number,
): Array<{ line: number; message: string }> {
  const lines = writtenLines(text);
  const lineOf = (offset: number) => Math.min(lineCounter.linePos(offset).line, lines.length);
  // YAML gives up at the end of the text when a value is left open: the line to show is the last one written.
  const writtenLineAt = (offset: number) => {
    let number = lineOf(offset);
    while (number > 1 && lines[number - 1]!.blank) number--;
    return number;
  };
  const found: Array<LineMistake & { lastLine: number }> = [];

  for (const error of document.errors) {
    const errorLine = writtenLineAt(error.pos[0]);
    // Errors that follow from a mistake already found, inside the field it is in.
    if (found.some((mistake) => errorLine >= mistake.number && errorLine <= mistake.lastLine)) continue;
    const mistake = explain(error, errorLine);
    if (found.some(({ number }) => number === mistake?.number)) continue;
    if (!mistake && found.length) continue;
    const number = mistake?.number ?? errorLine;
    found.push({ number, message: mistake?.message ?? UNEXPLAINED, lastLine: lastLineOfField(number) });
  }
  return found.map(({ number, message }) => ({ line: number + firstLine - 1, message }));

  function explain(error: YAMLError, errorLine: number): LineMistake | undefined {
    const line = lines[errorLine - 1]!;
    if (error.code === "TAB_AS_INDENT") return withLine(errorLine, tabMistake(lines, errorLine));
    if (error.code === "MISSING_CHAR" && /quote/.test(error.message)) {
      const opening = openingQuoteLine(error.pos[0]);
      if (opening) return withLine(opening, valueMistake(lines[opening - 1]!));
    }
    if (error.code === "DUPLICATE_KEY") return duplicateField(line);
    return (
      withLine(errorLine, valueMistake(line)) ?? indentationMistake(lines, errorLine + 1) ?? withLine(errorLine, notAField(line))
    );
  }

  /** The line a quoted value that YAML could not find the end of starts on. */
  function openingQuoteLine(offset: number): number | undefined {
    let opening: number | undefined;
    visit(document, {
      Scalar(_key, node) {
        if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && node.range) {
          if (node.range[0] < offset && offset <= node.range[2]) opening = lineOf(node.range[0]);
        }
      },
    });
    return opening;
  }

  function duplicateField(line: WrittenLine): LineMistake | undefined {
    const first = lines.find((other) => other.key === line.key && other.indent === line.indent && other.number < line.number);
    if (!first || line.key === undefined) return undefined;
    return {
      number: line.number,
      message: `${line.key} is written twice, here and on line ${first.number + firstLine - 1}. Keep one of them and delete the other.`,
    };
  }

  /** The last line of the field that starts on `number`: the lines below it up to the next field that lines up with it or is less indented. */
  function lastLineOfField(number: number): number {
    const start = lines[number - 1];
    if (!start) return number;
    const next = lines.find(
      (line) => line.number > number && (line.key !== undefined || line.item) && line.indent <= start.indent,
    );
    return next ? next.number - 1 : lines.length;
  }
}

function withLine(number: number, message: string | undefined): LineMistake | undefined {
  return message === undefined ? undefined : { number, message };
}

/** A line of words at the left edge: the page's text, read as front matter because the closing --- is missing. */
function notAField(line: WrittenLine): string | undefined {
  if (line.blank || line.comment || line.item || line.key !== undefined || line.indent > 0) return undefined;
  return "This line is not a field (a name, a colon and a value, such as title: Your headline), but it is read as one because it comes before the --- that ends the front matter. If it is the page's text, write --- on its own line before it.";
}
