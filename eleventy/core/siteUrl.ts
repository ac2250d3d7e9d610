import { z } from "zod";

/** Where the public site lives, without a trailing slash. */
const DEFAULT_SITE_URL = "https://www.leicestershire.gov.uk";

/** A path of folders, such as /previews/pr-42/: letters, digits and - . _ ~ only (no . or .. folder), so it needs no escaping anywhere. */
const PATH_PREFIX = /^\/(?:(?!\.\.?\/)[A-Za-z0-9._~-]+\/)*$/;

/** $SITE_URL (for a staging or preview deployment) or the default, checked: a wrong value must stop the build. */
function givenSiteUrl(value: string | undefined): URL {
  const result = z
    .url({
      protocol: /^https?$/,
      error: "SITE_URL must be an absolute http(s) address, such as https://www.leicestershire.gov.uk",
    })
    .safeParse(value?.trim() || DEFAULT_SITE_URL);
  if (!result.success) throw new Error(`${result.error.issues[0]?.message} (it is "${value}")`);
  return new URL(result.data);
}

/**
 * The path the site is served under, starting and ending with /: "/" at a
 * site's own domain, "/<repository>/" at a GitHub Pages project address,
 * "/previews/pr-42/" for a pull request's preview. From $PATH_PREFIX, else the
 * path of $SITE_URL. Eleventy's pathPrefix and HTML base plugin put it before
 * every link of the built pages (.eleventy.ts); the site's files stay at the
 * root of _site/, to be published under that path.
 */
export function pathPrefix(value = process.env["PATH_PREFIX"], site = process.env["SITE_URL"]): string {
  const given = value?.trim();
  const prefix = given ? `/${given}/`.replace(/\/{2,}/g, "/") : givenSiteUrl(site).pathname.replace(/\/?$/, "/");
  if (!PATH_PREFIX.test(prefix)) {
    throw new Error(`PATH_PREFIX must be a path of folders, such as /previews/pr-42/ (it is "${value ?? prefix}")`);
  }
  return prefix;
}

/**
 * The site's public address, without a trailing slash: the host of $SITE_URL
 * (or the default) and the path prefix. Canonical links, Open Graph, the feed
 * and the sitemap all use it.
 */
export function siteUrl(value = process.env["SITE_URL"], prefix = pathPrefix(undefined, value)): string {
  return new URL(prefix, givenSiteUrl(value).origin).href.replace(/\/$/, "");
}

/** An absolute URL for a path of the site, such as /news/, under the site's address and its path prefix. */
export function absoluteUrl(path: string, base = siteUrl()): string {
  return new URL(path.replace(/^\//, ""), `${base}/`).href;
}
