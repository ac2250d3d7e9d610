import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";

/**
 * Parses a built XML file strictly enough to catch what would stop a feed
 * reader or a search engine: malformed XML throws. Attributes are kept with
 * an "@" prefix; the elements named in `lists` are always arrays.
 */
// Parsed XML has no static shape: the tests' assertions are what check it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readXml(file: string, lists: string[]): Record<string, any> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    isArray: (name) => lists.includes(name),
  });
  // The second argument makes the parser validate the document first, so broken XML fails loudly.
  return parser.parse(readFileSync(file, "utf8"), true);
}
