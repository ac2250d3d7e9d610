import MarkdownIt from "markdown-it";
import { markdownImages } from "../images/markdownImages.ts";
import { pageStructure } from "./pageStructure.ts";
import { printedLinkAddresses } from "./printedLinkAddresses.ts";

/**
 * Editors write Markdown, never HTML: raw HTML is off (Eleventy would turn it
 * on) so that content cannot inject markup or script. The typographer gives
 * British curly quotes and dashes to straight ones typed on a keyboard.
 * Images must describe themselves and name a file beside the page (../images/markdownImages.ts);
 * headings, lists, tables and links must be readable on a phone and with a screen reader (pageStructure.ts);
 * links carry their full address for print (printedLinkAddresses.ts).
 */
export function createMarkdown(): MarkdownIt {
  return new MarkdownIt({
    html: false,
    linkify: false,
    typographer: true,
    quotes: "“”‘’",
  })
    .use(markdownImages)
    .use(pageStructure)
    .use(printedLinkAddresses);
}
