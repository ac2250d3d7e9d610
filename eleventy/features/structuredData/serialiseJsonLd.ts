/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify
 * alone would let a title containing "</script>" end the element, so every
 * character that HTML treats specially is written as a \u escape, which JSON
 * parsers read back as the same character.
 */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
