/**
 * Directives a `<meta http-equiv="Content-Security-Policy">` cannot carry:
 * browsers ignore them there (CSP Level 3, §3.3), so they stay in _headers only.
 */
const HEADER_ONLY_DIRECTIVES = new Set(["frame-ancestors", "report-uri", "report-to", "sandbox"]);

/**
 * The site's Content-Security-Policy as a page's <meta> carries it: all of it
 * but the header-only directives. A host that ignores _headers (GitHub Pages,
 * the default deployment) then still blocks injected scripts; what it loses
 * (framing by other sites, HSTS and the other headers) is in docs/deploying.md.
 */
export function metaContentSecurityPolicy(policy: string): string {
  return policy
    .split(";")
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/)[0]!))
    .join("; ");
}
