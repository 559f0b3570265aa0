import type { z } from 'astro/zod';

/** Every field name that appears anywhere in a schema, for "did you mean" hints on unknown keys. */
export function collectKeys(schema: z.core.$ZodType, into = new Set<string>()): Set<string> {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
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
      (def.items as z.core.$ZodType[]).forEach((s) => collectKeys(s, into));
      break;
    case 'union':
      (def.options as z.core.$ZodType[]).forEach((s) => collectKeys(s, into));
      break;
    case 'pipe':
      collectKeys(def.in as z.core.$ZodType, into);
      collectKeys(def.out as z.core.$ZodType, into);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      collectKeys(def.innerType as z.core.$ZodType, into);
      break;
  }
  return into;
}
