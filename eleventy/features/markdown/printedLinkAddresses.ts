import type MarkdownIt from "markdown-it";
import { absoluteUrl, siteUrl } from "../../core/siteUrl.ts";

/** A scheme (https:, mailto:, tel:), a link within the page (#…) or a protocol-relative address: not one to make absolute. */
const NOT_A_SITE_PATH = /^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i;

/**
 * A printed page cannot be clicked: its links print their full address after
 * their words, as GOV.UK's do (assets/css/site.css, @media print). CSS can
 * print an href but cannot make "/events/…" absolute, so each link to this
 * site carries its full address in data-print-href for the stylesheet to print.
 * Links elsewhere print their href as it is; mailto:, tel: and # links print nothing.
 */
export function printedLinkAddresses(markdown: MarkdownIt): void {
  // Read once: siteUrl() checks $SITE_URL and $PATH_PREFIX, too much to do again for every link of every page.
  const base = siteUrl();
  const renderLink =
    markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  markdown.renderer.rules.link_open = (tokens, idx, options, env: { page?: { url?: unknown } } | undefined, self) => {
    const token = tokens[idx]!;
    const href = token.attrGet("href");
    if (href && !NOT_A_SITE_PATH.test(href)) {
      // A relative link ("../social-workers/") is relative to the page's own address.
      const pageUrl = typeof env?.page?.url === "string" ? env.page.url : "/";
      const target = new URL(href, `https://site.invalid${pageUrl}`);
      token.attrSet("data-print-href", absoluteUrl(target.pathname + target.search + target.hash, base));
    }
    return renderLink(tokens, idx, options, env, self);
  };
}
