// Reads a `_headers` file (Cloudflare Pages syntax) and works out the headers it gives a URL path:
// every matching rule applies in order, `! Name` removes a header set by an earlier rule.

export interface HeaderRule {
  pattern: string;
  lines: Array<{ remove: string } | { name: string; value: string }>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), lines: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`header line before any path: ${raw}`);
    const line = raw.trim();
    if (line.startsWith('!')) rule.lines.push({ remove: line.slice(1).trim().toLowerCase() });
    else {
      const colon = line.indexOf(':');
      if (colon < 1) throw new Error(`not a header line: ${raw}`);
      rule.lines.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
    }
  }
  return rules;
}

/** `*` matches any run of characters (including none); everything else is literal. */
function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/** Lower-case header names → values for a URL path. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const line of rule.lines) {
      if ('remove' in line) delete out[line.remove];
      else out[line.name] = out[line.name] ? `${out[line.name]}, ${line.value}` : line.value;
    }
  }
  return out;
}
