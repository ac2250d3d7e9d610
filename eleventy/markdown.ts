import MarkdownIt from "markdown-it";

/**
 * Editors write Markdown, never HTML: raw HTML is off (Eleventy would turn it
 * on) so that content cannot inject markup or script. The typographer gives
 * British curly quotes and dashes to straight ones typed on a keyboard.
 */
export function createMarkdown(): MarkdownIt {
  return new MarkdownIt({
    html: false,
    linkify: false,
    typographer: true,
    quotes: "“”‘’",
  });
}
