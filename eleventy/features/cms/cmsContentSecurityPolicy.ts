import directives from "../headers/cmsContentSecurityPolicy.json" with { type: "json" };

/**
 * The Content-Security-Policy of /admin/ alone (eleventy/features/headers/cmsContentSecurityPolicy.json; why each source is
 * there: docs/deploying.md). Under `npm start` the CMS also talks to the local proxy, on a port of its own.
 */
export function cmsContentSecurityPolicy(localProxyOrigin?: string): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources, ...(name === "connect-src" && localProxyOrigin ? [localProxyOrigin] : [])])
    .map((parts) => parts.join(" "))
    .join("; ");
}
