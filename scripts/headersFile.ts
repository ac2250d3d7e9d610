/**
 * Reads a `_headers` file, the format Netlify and Cloudflare Pages use:
 * a path pattern on its own line, then indented `Name: value` lines.
 */
export interface HeaderRule {
  pattern: RegExp;
  headers: Array<[string, string]>;
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
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${index + 1}: expected an indented "Name: value" under a path`);
    rule.headers.push([match[1]!, match[2]!]);
  }
  return rules;
}

export function headersFor(rules: HeaderRule[], urlPath: string): Array<[string, string]> {
  return rules.filter((rule) => rule.pattern.test(urlPath)).flatMap((rule) => rule.headers);
}
