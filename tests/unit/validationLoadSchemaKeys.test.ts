import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collectKeys, urlFieldPaths, valuesAt } from '../../src/lib/validation/schemaKeys.ts';

// The checker learns field names and web-address fields from the schemas themselves, so "did you mean" hints and
// the https rule follow the schemas with no list to keep in step. Small schemas here use every kind of wrapper.

describe('collectKeys: every field name a schema knows', () => {
  it('finds names inside objects, lists, tuples, unions, pipes and every wrapper', () => {
    const schema = z.object({
      plain: z.string(),
      opt: z.object({ inOptional: z.number() }).optional(),
      nul: z.object({ inNullable: z.number() }).nullable(),
      def: z.object({ inDefault: z.number() }).default({ inDefault: 1 }),
      pre: z.object({ inPrefault: z.number() }).prefault({ inPrefault: 1 }),
      ro: z.object({ inReadonly: z.number() }).readonly(),
      cat: z.object({ inCatch: z.number() }).catch({ inCatch: 0 }),
      nonopt: z.object({ inNonoptional: z.number() }).optional().nonoptional(),
      list: z.array(z.object({ inList: z.string() })),
      pair: z.tuple([z.object({ inTupleFirst: z.string() }), z.object({ inTupleSecond: z.string() })]),
      either: z.union([z.object({ inUnionA: z.string() }), z.object({ inUnionB: z.string() })]),
      // The output side has other fields than the input side (as after a transform); the cast lets zod's types allow it.
      piped: z.object({ inPipeIn: z.string() }).pipe(z.object({ inPipeOut: z.string().optional() }) as never),
      deep: z.object({ level1: z.object({ level2: z.array(z.object({ level3: z.string() }).optional()) }) }),
    });
    expect([...collectKeys(schema)].sort()).toEqual(
      [
        'plain',
        'opt',
        'inOptional',
        'nul',
        'inNullable',
        'def',
        'inDefault',
        'pre',
        'inPrefault',
        'ro',
        'inReadonly',
        'cat',
        'inCatch',
        'nonopt',
        'inNonoptional',
        'list',
        'inList',
        'pair',
        'inTupleFirst',
        'inTupleSecond',
        'either',
        'inUnionA',
        'inUnionB',
        'piped',
        'inPipeIn',
        'inPipeOut',
        'deep',
        'level1',
        'level2',
        'level3',
      ].sort(),
    );
  });

  it('finds nothing in a schema without objects, and adds to a set it is given', () => {
    expect([...collectKeys(z.array(z.string()))]).toEqual([]);
    const into = new Set(['already']);
    expect(collectKeys(z.object({ a: z.string() }), into)).toBe(into);
    expect([...into]).toEqual(['already', 'a']);
  });
});

describe('urlFieldPaths: where the web addresses are', () => {
  it('lists each z.url field once, through lists, unions, pipes and wrappers', () => {
    const source = z.object({ name: z.string(), url: z.url() });
    const schema = z.object({
      site: z.url(),
      email: z.email(),
      text: z.string(),
      docs: z.array(z.object({ url: z.url().optional(), title: z.string() })),
      source: source.optional(),
      either: z.union([z.object({ url: z.url() }), z.object({ url: z.url(), extra: z.string() })]),
      piped: z.object({ link: z.url() }).pipe(z.object({ link: z.string(), other: z.url() })),
      nested: z.object({ list: z.array(z.array(z.url())) }).default({ list: [] }),
      pair: z.tuple([z.url()]),
    });
    expect(urlFieldPaths(schema)).toEqual([
      ['site'],
      ['docs', '[]', 'url'],
      ['source', 'url'],
      ['either', 'url'],
      ['piped', 'link'],
      ['nested', 'list', '[]', '[]'],
    ]);
  });

  it('gives the empty path for a schema that is itself an address, and none for other schemas', () => {
    expect(urlFieldPaths(z.url())).toEqual([[]]);
    expect(urlFieldPaths(z.string())).toEqual([]);
    expect(urlFieldPaths(z.number())).toEqual([]);
  });
});

describe('valuesAt: the values at a schema path', () => {
  it('expands [] to each item, with its index in the path', () => {
    const data = { docs: [{ url: 'https://a.kz' }, { title: 'no url' }, { url: 'https://b.kz' }] };
    expect(valuesAt(data, ['docs', '[]', 'url'])).toEqual([
      { path: ['docs', 0, 'url'], value: 'https://a.kz' },
      { path: ['docs', 2, 'url'], value: 'https://b.kz' },
    ]);
  });

  it('starts from the path it is given', () => {
    expect(valuesAt({ url: 'x' }, ['url'], [3])).toEqual([{ path: [3, 'url'], value: 'x' }]);
    expect(valuesAt('x', [], ['site'])).toEqual([{ path: ['site'], value: 'x' }]);
    expect(valuesAt(undefined, [], ['site'])).toEqual([]);
    expect(valuesAt(null, [], ['site'])).toEqual([{ path: ['site'], value: null }]);
  });

  it('finds nothing where the data has another shape', () => {
    expect(valuesAt({ docs: 'not a list' }, ['docs', '[]', 'url'])).toEqual([]);
    expect(valuesAt({ docs: { 0: { url: 'x' } } }, ['docs', '[]', 'url'])).toEqual([]);
    expect(valuesAt(null, ['url'])).toEqual([]);
    expect(valuesAt('text', ['length'])).toEqual([]);
    expect(valuesAt(['https://a.kz'], ['0'])).toEqual([]);
    expect(valuesAt([[1, 2], [3]], ['[]', '[]'])).toEqual([
      { path: [0, 0], value: 1 },
      { path: [0, 1], value: 2 },
      { path: [1, 0], value: 3 },
    ]);
  });
});
