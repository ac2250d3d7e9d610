import { spaces, type WrittenLine } from "./writtenLines.ts";

/** A mistake found on one line, numbered from 1 within the text. */
export interface LineMistake {
  number: number;
  message: string;
}

/** Fields of one group (a "map") or items of one list (a "seq"), and the line last seen in it. */
interface Level {
  indent: number;
  kind: "map" | "seq";
  last: WrittenLine;
}

/**
 * The first line, up to `lastLine`, indented so that YAML cannot read it as
 * the editor meant: YAML reports where it gave up, which is often the line
 * above the one to fix (a field indented by one space reads as more of the
 * value above it). Tabs are left to tabMistake.
 */
export function indentationMistake(lines: readonly WrittenLine[], lastLine: number): LineMistake | undefined {
  const levels: Level[] = [];
  let previous: WrittenLine | undefined;
  let beforePrevious: WrittenLine | undefined;
  let blockScalarIndent: number | undefined;
  for (const line of lines) {
    if (line.number > lastLine) break;
    if (line.blank || line.comment) continue;
    // The lines of a `description: >` or `|` value are words, indented as the editor likes.
    if (blockScalarIndent !== undefined && line.indent > blockScalarIndent) continue;
    blockScalarIndent = undefined;
    if (line.hasTab) return undefined;
    const mistake = placeLine(line, levels, previous, beforePrevious);
    if (mistake) return mistake;
    beforePrevious = previous;
    previous = line;
    if (line.value !== undefined && /^[|>][+-]?\d*\s*(#.*)?$/.test(line.value)) blockScalarIndent = line.indent;
    // A quoted value that goes on over lines: what follows is words, and a quote left open is told apart elsewhere.
    if (line.value !== undefined && /^["']/.test(line.value) && !/["']\s*(#.*)?$/.test(line.value.slice(1))) {
      return undefined;
    }
  }
  return undefined;
}

/** Puts the line in its group or list; what is wrong with its indentation, if anything. */
function placeLine(
  line: WrittenLine,
  levels: Level[],
  previous: WrittenLine | undefined,
  beforePrevious: WrittenLine | undefined,
): LineMistake | undefined {
  const here = (message: string) => ({ number: line.number, message });
  const kind = line.item ? "seq" : "map";
  const corrected = (indent: number) => `${" ".repeat(indent)}${line.text.trimStart()}`;
  if (!previous) {
    levels.push({ indent: line.indent, kind, last: line });
    opensGroup(line, levels);
    if (line.indent === 0) return undefined;
    return here(
      `${line.key ?? "The first line"} is indented by ${spaces(line.indent)}, but the fields of the front matter start at the left edge. Delete the spaces before it: ${corrected(0)}`,
    );
  }

  // After `image:` with nothing after it, more indented lines are its fields (or a list's items, which may line up with it).
  if (previous.key !== undefined && previous.value === "") {
    const keyColumn = previous.contentIndent;
    if (line.indent > keyColumn || (line.item && line.indent === keyColumn)) {
      levels.push({ indent: line.indent, kind, last: line });
      opensGroup(line, levels);
      return undefined;
    }
  }

  let same = levels.length - 1;
  while (same >= 0 && !(levels[same]!.indent === line.indent && levels[same]!.kind === kind)) same--;
  if (same !== -1) {
    levels.length = same + 1;
    levels[same]!.last = line;
    opensGroup(line, levels);
    return undefined;
  }

  const top = levels.at(-1)!;
  if (line.indent > top.indent) {
    // More words of a value that goes on over lines: YAML allows that.
    if (line.key === undefined && !line.item) return undefined;
    if (line.item) {
      if (!previous.item) return undefined;
      return here(
        `This list item is indented by ${spaces(line.indent)}, more than the item above it, so YAML reads it as more words of that item. Line it up with the item above, ${startingWith(previous.indent)}: ${corrected(previous.indent)}`,
      );
    }
    // image: / src: a.png / ␣␣alt: b — the line to fix is src, which should be indented like alt.
    const group = beforePrevious;
    if (
      group?.key !== undefined &&
      group.value === "" &&
      previous.key !== undefined &&
      !previous.item &&
      previous.indent === group.contentIndent
    ) {
      return {
        number: previous.number,
        message: `${previous.key} is not indented under ${group.key}, so YAML reads ${group.key} as empty and cannot fit the line below. Start it with ${spaces(line.indent)}, like the line below it: ${" ".repeat(line.indent)}${previous.text.trimStart()}`,
      };
    }
    const above = previous.key ?? "the line above";
    return here(
      `${line.key} is indented by ${spaces(line.indent)}, more than ${above} above it, so YAML reads it as more of the value of ${above}. Line it up with ${above}, ${startingWith(previous.contentIndent)}: ${corrected(previous.contentIndent)}`,
    );
  }

  // Between two levels: the nearest group or list of its kind is the one meant (the deeper one when as near).
  const candidates = levels.filter((level) => level.kind === kind);
  const meant = candidates.reduce<Level | undefined>(
    (best, level) => (!best || Math.abs(level.indent - line.indent) <= Math.abs(best.indent - line.indent) ? level : best),
    undefined,
  );
  if (!meant) return undefined;
  if (line.item) {
    return here(
      `This list item is indented by ${spaces(line.indent)}, but the item above it by ${spaces(meant.indent)}: the items of a list line up. Start the line ${startingWith(meant.indent)}: ${corrected(meant.indent)}`,
    );
  }
  const sibling = meant.last.key ?? "the field above";
  if (meant.indent === 0) {
    return here(
      `${line.key} is indented by ${spaces(line.indent)}, but a field that is not part of a group starts at the left edge, like ${sibling}. Delete the spaces before it: ${corrected(0)}`,
    );
  }
  return here(
    `${line.key} is indented by ${spaces(line.indent)}, but ${sibling} above it by ${spaces(meant.indent)}: the fields of a group line up. Start the line ${startingWith(meant.indent)}: ${corrected(meant.indent)}`,
  );
}

/** A list item written as `- name: value` starts a group: the lines below it that line up with `name` are its fields. */
function opensGroup(line: WrittenLine, levels: Level[]): void {
  if (line.item && line.key !== undefined) levels.push({ indent: line.contentIndent, kind: "map", last: line });
}

function startingWith(indent: number): string {
  return indent === 0 ? "at the left edge" : `with ${spaces(indent)} before it`;
}

/**
 * A line indented with a tab, which YAML refuses: the spaces to write
 * instead, worked out from the lines above (two more than a field that opens
 * a group, else as many as the line above).
 */
export function tabMistake(lines: readonly WrittenLine[], number: number): string | undefined {
  let previous: { line: WrittenLine; indent: number } | undefined;
  for (const line of lines) {
    if (line.blank || line.comment) continue;
    let indent = line.indent;
    if (line.hasTab) {
      if (previous?.line.key !== undefined && previous.line.value === "")
        indent = previous.indent + (previous.line.contentIndent - previous.line.indent) + 2;
      else if (previous && previous.line.leading === line.leading) indent = previous.indent;
      else indent = line.leading.replace(/\t/g, "  ").length;
    }
    if (line.number === number) {
      if (!line.hasTab) return undefined;
      return `This line is indented with a tab, and YAML needs spaces. Indent it with ${spaces(indent)} instead: ${" ".repeat(indent)}${line.text.trimStart()}`;
    }
    previous = { line, indent };
  }
  return undefined;
}
