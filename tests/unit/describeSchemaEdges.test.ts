// The field reference (describeSchema.ts) on small schemas with what the content schemas happen not to use: a text
// or a number with no check, a list of those, a field of a kind the guide has no word for, and fields nobody has
// described yet. The guide must still give each a row an official can read.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeObject } from '../../src/lib/fieldReference/describeSchema.ts';

describe('the field rows of schemas the content does not use', () => {
  it('calls an unchecked text "text" and an unchecked number "number", with an empty description', () => {
    expect(describeObject(z.object({ note: z.string(), score: z.number() }))).toEqual([
      { path: 'note', required: 'yes', type: { kind: 'text' }, description: '' },
      { path: 'score', required: 'yes', type: { kind: 'number' }, description: '' },
    ]);
  });

  it('marks a list of unchecked texts or numbers as a list, with an empty description', () => {
    expect(describeObject(z.object({ tags: z.array(z.string()), sizes: z.array(z.number()).optional() }))).toEqual([
      { path: 'tags', required: 'yes', type: { kind: 'text', list: true }, description: '' },
      { path: 'sizes', required: 'no', type: { kind: 'number', list: true }, description: '' },
    ]);
  });

  it('writes a field of a kind it has no word for (a choice of a text or a number) as text', () => {
    expect(describeObject(z.object({ size: z.union([z.string(), z.number()]).describe('Size.') }))).toEqual([
      { path: 'size', required: 'yes', type: { kind: 'text' }, description: 'Size.' },
    ]);
  });

  it('tells a whole number from a number, and a choice of values from text', () => {
    expect(describeObject(z.object({ rooms: z.number().int(), kind: z.enum(['hotel', 'camp']), yes: z.boolean() }))).toEqual([
      { path: 'rooms', required: 'yes', type: { kind: 'whole number' }, description: '' },
      { path: 'kind', required: 'yes', type: { kind: 'text', values: ['hotel', 'camp'] }, description: '' },
      { path: 'yes', required: 'yes', type: { kind: 'boolean' }, description: '' },
    ]);
  });
});
