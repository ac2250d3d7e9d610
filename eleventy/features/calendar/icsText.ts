/*
 * The text rules of RFC 5545 (iCalendar), which every calendar app's parser
 * holds files to: a value is escaped, and a long line is folded.
 */

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: a line holds at most 75 octets, so longer ones go on in
 * continuation lines that start with a space. Octets, not characters: "’"
 * is three of them. A character is never split, or the file would not be
 * valid UTF-8 line by line and some apps would show mojibake.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  // The first line has 75 octets to fill; a continuation's leading space takes one of them.
  let room = MAX_OCTETS;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > room) {
      lines.push(current);
      current = "";
      octets = 0;
      room = MAX_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n ");
}

/** A whole iCalendar file from its content lines ("NAME:value"), folded, each ended by CRLF as the RFC requires. */
export function icsFile(contentLines: string[]): string {
  return contentLines.map((line) => `${foldLine(line)}\r\n`).join("");
}
