/**
 * Words written in quotes that YAML reads back exactly as they are, for a
 * corrected line in a message. Double quotes, unless the words hold double
 * quotes and no apostrophe: single quotes then need no backslashes, which
 * editors find hard to get right.
 */
export function quotedValue(words: string): string {
  if (words.includes('"') && !words.includes("'")) return `'${words}'`;
  return `"${words.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** "single" or "double": which quotes quotedValue puts around the words. */
export function quoteKind(words: string): "single" | "double" {
  return quotedValue(words).startsWith("'") ? "single" : "double";
}
