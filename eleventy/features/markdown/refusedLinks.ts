import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";

/*
 * markdown-it leaves out any link or image whose address would run code or open something other than a page
 * (javascript:, vbscript:, file:, and data: but for a few kinds of picture: its validateLink), and prints the Markdown
 * as it was written instead, brackets and all: the reader sees "[the form](javascript:…)" and nobody is told. Such
 * links are refused here, on their lines, before the build, whatever their case or encoding (jav&#x61;script:,
 * JavaScript:, <javascript:…>, by reference). data: is refused for links and images alike: a page or picture carried
 * in its own address is not a file of the site.
 */

/** The site's own Markdown's rules of what a link may be, as createMarkdown's instance applies them. */
const siteMarkdown = new MarkdownIt();

/** Parses as the site's Markdown does, but keeps every link, so that the refused ones can be found with their lines. */
const everyLink = new MarkdownIt({ html: false, linkify: false });
everyLink.validateLink = () => true;

/**
 * Text that cannot hold such an address is not parsed (at thousands of pages, parsing every one is a tenth of a second
 * of every build): one needs the scheme written out with its colon, or a character reference (&#106;, &colon;) or an
 * escaped colon (\:) that could make it, for markdown-it decodes no other way of writing it.
 */
const MAYBE_REFUSED = /(?:script|data|file):|&#|&colon;|\\:/i;

/** What an address refused here would do, by its scheme; undefined for one the site publishes. */
function refusedBecause(href: string): string | undefined {
  const address = href.trim().toLowerCase();
  if (/^(java|vb)script:/.test(address)) return "would run code in the reader's browser";
  if (address.startsWith("data:")) return "carries a page or file inside the address itself, where code can hide";
  if (address.startsWith("file:")) return "would open a file on the reader's own computer, not on the website";
  return siteMarkdown.validateLink(href) ? undefined : "is of a kind the site cannot publish";
}

/** The address as the editor meant it, short enough for one line: markdown-it percent-encodes what it keeps. */
function shown(href: string): string {
  let text = href;
  try {
    text = decodeURI(href);
  } catch {
    // Kept encoded: it cannot be decoded.
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const LINK_FIX =
  "so the site cannot publish it (the page would show its Markdown, brackets and all). A link can go to a page of this site (/events/loneliness-summit/), a web address (https://…), an email address (mailto:name@example.gov.uk) or a phone number (tel:01164960000): write one of those, or delete the link.";
const IMAGE_FIX =
  'so the site cannot publish it. A picture in the text is a file kept beside the page, written ![what it shows](images/summit.jpg): upload the picture and name its file ("Add a picture" in docs/editing.md).';

/**
 * Every link and image in a page's Markdown whose address the site would leave out, each on its line: `body` is the
 * text below the front matter, which starts on the file's line `bodyLine`.
 */
export function refusedLinkProblems(file: string, body: string, bodyLine: number): ContentProblem[] {
  if (!MAYBE_REFUSED.test(body)) return [];
  const env: { references?: Record<string, { href: string }> } = {};
  const tokens = everyLink.parse(body, env);
  const problems: ContentProblem[] = [];

  // A reference's address is written on its own line ([form]: javascript:…), which is where it is reported.
  const lines = body.split(/\r?\n/);
  const refusedReferences = new Set<string>();
  for (const [label, { href }] of Object.entries(env.references ?? {})) {
    const because = refusedBecause(href);
    if (!because) continue;
    refusedReferences.add(href);
    const labelOf = (line: string) => /^ {0,3}\[([^\]]+)\]:/.exec(line)?.[1];
    const at = lines.findIndex((line) => {
      const written = labelOf(line);
      return written !== undefined && everyLink.utils.normalizeReference(written) === label;
    });
    const written = at === -1 ? label.toLowerCase() : labelOf(lines[at]!)!;
    problems.push({
      file,
      line: bodyLine + Math.max(at, 0),
      message: `The address given for [${written}], "${shown(href)}", ${because}, ${LINK_FIX}`,
    });
  }

  // A table's cells have no lines of their own: they are on their row's.
  let blockLine = 0;
  for (const block of tokens) {
    if (block.map) blockLine = block.map[0];
    if (block.type !== "inline" || !block.children) continue;
    let line = bodyLine + blockLine;
    for (const child of block.children as Token[]) {
      if (child.type === "softbreak" || child.type === "hardbreak") line += 1;
      const image = child.type === "image";
      if (!image && child.type !== "link_open") continue;
      const href = child.attrGet(image ? "src" : "href") ?? "";
      const because = refusedBecause(href);
      // One given by a reference is reported where the reference is written.
      if (!because || refusedReferences.has(href)) continue;
      problems.push({
        file,
        line,
        message: image
          ? `The picture "${shown(href)}" ${because}, ${IMAGE_FIX}`
          : `The link to "${shown(href)}" ${because}, ${LINK_FIX}`,
      });
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
