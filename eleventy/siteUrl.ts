import { z } from "zod";

/** Where the public site lives, without a trailing slash. */
const DEFAULT_SITE_URL = "https://www.leicestershire.gov.uk";

/**
 * The site's public address, from $SITE_URL (for a staging or preview
 * deployment) or the default. Canonical links, Open Graph, the feed and the
 * sitemap all use it, so a wrong value must stop the build.
 */
export function siteUrl(value = process.env["SITE_URL"]): string {
  const result = z
    .url({
      protocol: /^https?$/,
      error: "SITE_URL must be an absolute http(s) address, such as https://www.leicestershire.gov.uk",
    })
    .safeParse(value?.trim() || DEFAULT_SITE_URL);
  if (!result.success) throw new Error(`${result.error.issues[0]?.message} (it is "${value}")`);
  return result.data.replace(/\/+$/, "");
}

/** An absolute URL for a path of the site, such as /news/. */
export function absoluteUrl(path: string, base = siteUrl()): string {
  return new URL(path, `${base}/`).href;
}
