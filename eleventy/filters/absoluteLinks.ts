/** Whether a text is a URL on its own (https://…, mailto:…), as Eleventy's HTML base plugin tells. */
function isFullUrl(url: string): boolean {
  return URL.canParse(url);
}

/**
 * One link of a page made absolute on the site's address, exactly as
 * Eleventy's `renderTransforms` filter does with a base URL (its HTML base
 * plugin): full URLs are kept, a page-relative one is read from the page's
 * own address, then the site's address is put in front.
 */
export function absoluteLink(url: string, pageUrl: string, base: string): string {
  let link = url.trim();
  if (isFullUrl(link)) return link;
  if (!link.startsWith("/")) {
    const resolved = new URL(link, `http://example.com${pageUrl}`);
    link = resolved.pathname + resolved.hash;
  }
  return new URL(link, base).toString();
}

/**
 * The links of an article's HTML made absolute, for the feed, where readers
 * show it away from the site. It gives what `renderTransforms` gives for
 * Markdown without images, whose only URLs are the href of its <a> elements
 * (always first, in double quotes, as markdown-it writes them), without
 * parsing and re-writing the HTML: at thousands of articles, that parse was
 * seconds of every build. HTML with an <img> still needs `renderTransforms`,
 * which also makes the <picture>.
 */
export function absoluteLinks(html: string, pageUrl: string, base: string): string {
  if (html.includes("<img")) throw new Error("absoluteLinks handles HTML without images: use renderTransforms for the rest");
  return html.replace(/<a href="([^"]*)"/g, (_tag, url: string) => `<a href="${absoluteLink(url, pageUrl, base)}"`);
}
