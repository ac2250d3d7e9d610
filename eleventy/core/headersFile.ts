/**
 * Reads a `_headers` file, the format Netlify and Cloudflare Pages use:
 * a path pattern on its own line, then indented `Name: value` lines, or
 * `! Name` to detach a header that an earlier matching rule gave.
 */
export interface HeaderRule {
  pattern: RegExp;
  headers: Array<[string, string]>;
  /** Headers this rule removes from what earlier rules gave (`! Name`). */
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detached = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(line);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !(match || detached)) {
      throw new Error(`_headers line ${index + 1}: expected an indented "Name: value" or "! Name" under a path`);
    }
    if (detached) rule.detach.push(detached[1]!);
    else rule.headers.push([match![1]!, match![2]!]);
  }
  return rules;
}

/**
 * The headers a path is served with, combined as Cloudflare Pages combines
 * them (its asset server's attachCustomHeaders): every matching rule applies,
 * in the order of the file; a rule first removes the headers it detaches,
 * then sets its own, and a header that an earlier rule already set gets the
 * new value after a comma. So `Cache-Control` on `/*` and again on
 * `/assets/css/*` would give "max-age=0, …, max-age=31536000, …", which
 * is why the later rule detaches it first (`! Cache-Control`). Netlify
 * instead keeps the last matching rule's value of a header.
 */
export function headersFor(rules: HeaderRule[], urlPath: string): Array<[string, string]> {
  const headers = new Map<string, [string, string]>();
  const setByRules = new Set<string>();
  for (const rule of rules) {
    if (!rule.pattern.test(urlPath)) continue;
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = headers.get(key);
      headers.set(key, setByRules.has(key) && earlier ? [earlier[0], `${earlier[1]}, ${value}`] : [name, value]);
      setByRules.add(key);
    }
  }
  return [...headers.values()];
}
