import type { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';
import type { YamlSource } from './readContentTree.ts';
import { didYouMean } from './suggest.ts';

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** Turns zod issues into problems with file, line, field, a plain message and a fix. */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  source: YamlSource,
  knownKeys: readonly string[] = [],
): ContentProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path;
    const value = valueAt(source.data, path);
    const base = { severity: 'error' as const, file: source.file, line: source.lineOf(path), field: fieldName(path) || undefined };
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        ...base,
        line: source.lineOf([...path, key]),
        field: fieldName([...path, key]),
        message: `\`${key}\` is not a field the catalog knows, so it would be ignored`,
        hint: didYouMean(key, knownKeys) ?? 'remove it, or check its spelling and indentation against content/README.md',
      }));
    }
    if (issue.code === 'invalid_type' && value === undefined) {
      return [{ ...base, message: 'is missing', hint: `add it: it ${issue.message.replace(/^Invalid input: /, '')}` }];
    }
    if (issue.code === 'invalid_value' || issue.code === 'invalid_union') {
      const values = 'values' in issue ? (issue.values as unknown[]).map(String) : [];
      return [{ ...base, message: `\`${String(value)}\` is not allowed here: ${issue.message}`, hint: didYouMean(value, values) }];
    }
    return [{ ...base, message: issue.message }];
  });
}
