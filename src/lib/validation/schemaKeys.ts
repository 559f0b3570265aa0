import type { z } from 'astro/zod';

type SchemaDef = Record<string, unknown> & { type: string };

/** zod types that wrap one inner schema and add nothing of their own to its fields. */
const WRAPPERS: ReadonlySet<string> = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** A schema's definition, with wrappers (optional, default…) taken off, so walkers see the fields. */
function unwrappedDef(schema: z.core.$ZodType): SchemaDef {
  let def = schema._zod.def as unknown as SchemaDef;
  while (WRAPPERS.has(def.type)) def = (def.innerType as z.core.$ZodType)._zod.def as unknown as SchemaDef;
  return def;
}

/** Every field name that appears anywhere in a schema, for "did you mean" hints on unknown keys. */
export function collectKeys(schema: z.core.$ZodType, into = new Set<string>()): Set<string> {
  const def = unwrappedDef(schema);
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) {
        into.add(key);
        collectKeys(child, into);
      }
      break;
    case 'array':
      collectKeys(def.element as z.core.$ZodType, into);
      break;
    case 'tuple':
      for (const s of def.items as z.core.$ZodType[]) collectKeys(s, into);
      break;
    case 'union':
      for (const s of def.options as z.core.$ZodType[]) collectKeys(s, into);
      break;
    case 'pipe':
      collectKeys(def.in as z.core.$ZodType, into);
      collectKeys(def.out as z.core.$ZodType, into);
      break;
  }
  return into;
}

/** A path through a schema: field names, with `[]` for "every item of a list". */
export type SchemaPath = ReadonlyArray<string>;

/**
 * The paths of every web-address field (z.url) in a schema, e.g. `['documents', '[]', 'url']`, so the checker
 * can hold each one to the content rule (https only) without a list to keep in step with the schemas.
 */
export function urlFieldPaths(schema: z.core.$ZodType, prefix: string[] = [], into: string[][] = []): string[][] {
  const def = unwrappedDef(schema);
  switch (def.type) {
    case 'string':
      if ((def as { format?: string }).format === 'url' && !into.some((p) => p.join('.') === prefix.join('.'))) into.push(prefix);
      break;
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) urlFieldPaths(child, [...prefix, key], into);
      break;
    case 'array':
      urlFieldPaths(def.element as z.core.$ZodType, [...prefix, '[]'], into);
      break;
    case 'union':
      for (const s of def.options as z.core.$ZodType[]) urlFieldPaths(s, prefix, into);
      break;
    case 'pipe':
      urlFieldPaths(def.in as z.core.$ZodType, prefix, into);
      break;
  }
  return into;
}

/** The values found at a schema path in some data, each with its concrete path (`[]` expanded to indexes). */
export function valuesAt(data: unknown, path: SchemaPath, at: PropertyKey[] = []): Array<{ path: PropertyKey[]; value: unknown }> {
  if (path.length === 0) return data === undefined ? [] : [{ path: at, value: data }];
  const [head, ...rest] = path;
  if (head === '[]') return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return valuesAt((data as Record<string, unknown>)[head!], rest, [...at, head!]);
}
