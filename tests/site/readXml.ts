import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";

/** The entities XML itself defines: any other named entity is an error in the file, and is left as written to show. */
const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Text as an XML reader sees it: the five XML entities and numeric character
 * references (&#39;, which the feed writes for an apostrophe) decoded, in one
 * pass, so that "&amp;#39;" stays "&#39;". fast-xml-parser on its own leaves
 * numeric references undecoded.
 */
export function decodeXmlText(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|([A-Za-z]+));/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return XML_ENTITIES[name ?? ""] ?? whole;
  });
}

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
    entityDecoder: {
      decode: decodeXmlText,
      setExternalEntities: () => undefined,
      addInputEntities: () => undefined,
      reset: () => undefined,
      setXmlVersion: () => undefined,
    },
  });
  // The second argument makes the parser validate the document first, so broken XML fails loudly.
  return parser.parse(readFileSync(file, "utf8"), true);
}
