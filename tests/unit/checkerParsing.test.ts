import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_LAYOUT, listItemsOf } from '../../src/lib/content/layout.ts';
import { listFileParser } from '../../src/lib/content/listFile.ts';
import { offerFileBytes, offerFilePath, readOfferPdf } from '../../src/lib/content/offerFiles.ts';
import { astroYamlError, astroYamlLoad } from '../../src/lib/validation/astroParsers.ts';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { firstDifference, parseYaml } from '../../src/lib/validation/parseYaml.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { TODAY, check, fixtureWith, replaceIn, tempDir } from './helpers.ts';

// How the checker reads YAML and front matter, and reports every way the build would read them differently.

const BASE = 'offers/balkhash-test-base';

/** parseYaml of `text` when the build's reader (faked here) returns `astro`; the problems it reports. */
function parsedAgainst(text: string, astro: ReturnType<typeof astroYamlLoad>, lineOffset = 0): ContentProblem[] {
  const problems: ContentProblem[] = [];
  parseYaml('content/x.yaml', text, problems, () => astro, lineOffset);
  return problems;
}

const messages = (problems: readonly ContentProblem[]) => problems.map((p) => `${p.line ?? '-'} ${p.field ?? '-'}: ${p.message}`);

describe('a YAML value the build would read differently', () => {
  it('names both readings in plain words: dates, nothing, text, numbers and groups', () => {
    expect(messages(parsedAgainst('a: soon\n', { data: { a: new Date('2026-01-03T00:00:00Z') } }))).toEqual([
      '1 a: the site\'s build would read this value as the date 2026-01-03T00:00:00.000Z, but the check reads the text "soon"',
    ]);
    expect(messages(parsedAgainst('a: x\n', { data: { a: new Date(Number.NaN) } }))).toEqual([
      '1 a: the site\'s build would read this value as an invalid date, but the check reads the text "x"',
    ]);
    expect(messages(parsedAgainst('a: 1\nb: 2\n', { data: { a: 1 } }))).toEqual([
      "2 b: the site's build would read this value as nothing, but the check reads the number 2",
    ]);
    // Text and groups over 40 characters are cut at 40, with an ellipsis.
    const long = 'abcdefghij'.repeat(5);
    expect(messages(parsedAgainst(`a: ${long}\n`, { data: { a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] } }))).toEqual([
      '1 a: the site\'s build would read this value as [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15], but the check reads the text "abcdefghijabcdefghijabcdefghijabcdefghij…"',
    ]);
    // `{"long":"` is 9 characters, so 31 letters of the text follow it.
    expect(messages(parsedAgainst('a: short\n', { data: { a: { long: long } } }))).toEqual([
      '1 a: the site\'s build would read this value as {"long":"abcdefghijabcdefghijabcdefghija…, but the check reads the text "short"',
    ]);
  });

  it('says which real date an impossible day becomes, or that it is invalid', () => {
    // js-yaml rolls 2026-02-30 over to 2 March; the fake reader returns what it would.
    expect(messages(parsedAgainst('d: 2026-02-30\n', { data: { d: new Date('2026-03-02T00:00:00Z') } }))).toEqual([
      "1 d: 2026-02-30 is not a real calendar date: the site's build would read it as 2026-03-02",
    ]);
    expect(messages(parsedAgainst('d: 2026-02-30\n', { data: { d: new Date(Number.NaN) } }))).toEqual([
      "1 d: 2026-02-30 is not a real calendar date: the site's build would read it as an invalid date",
    ]);
  });

  it('reports the reason and line when the build cannot read the YAML at all, counted from the front matter start', () => {
    const problems = parsedAgainst('a: 1\n', { error: { reason: 'the stream contains non-printable characters', line: 3 } }, 2);
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'content/x.yaml',
        line: 5,
        message: "the site's build cannot read this YAML: the stream contains non-printable characters",
        hint: 'check indentation (spaces, not tabs), that every `key:` has a space after the colon, and that text with a colon or # is in quotes',
      },
    ]);
    expect(parsedAgainst('a: 1\n', { error: { reason: 'no line known' } })[0]!.line).toBeUndefined();
  });

  it('stops a control character pasted into facts.yaml or a title, which the build refuses', () => {
    const dir = fixtureWith((d) => {
      replaceIn(d, `${BASE}/facts.yaml`, 'en: Recreation base,', 'en: "Recreation\u0007base",');
      replaceIn(d, `${BASE}/en.mdx`, 'title: Test recreation base (en)', 'title: Test \u0007recreation base (en)');
    });
    expect(check(dir).errors.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual([
      "content/offers/balkhash-test-base/facts.yaml:30 the site's build cannot read this YAML: expected valid JSON character",
      "content/offers/balkhash-test-base/en.mdx:2 the site's build cannot read this YAML: the stream contains non-printable characters",
    ]);
  });
});

describe('finding the first difference between the two readings', () => {
  it('compares dates by time, lists by length and items, groups by their keys', () => {
    const a = new Date('2026-01-01T00:00:00Z');
    expect(firstDifference(a, new Date('2026-01-01T00:00:00Z'))).toBeUndefined();
    expect(firstDifference(a, new Date('2026-01-02T00:00:00Z'))).toEqual({ path: [], astro: a, ours: new Date('2026-01-02T00:00:00Z') });
    expect(firstDifference([1], { 0: 1 })).toEqual({ path: [], astro: [1], ours: { 0: 1 } });
    expect(firstDifference({ a: 1 }, { a: 1, b: 2 })).toEqual({ path: ['b'], astro: undefined, ours: 2 });
    expect(firstDifference({ a: 1, b: 2 }, { a: 1 })).toEqual({ path: ['b'], astro: 2, ours: undefined });
    const odd = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    expect(firstDifference(odd, { a: 1 })).toEqual({ path: [], astro: odd, ours: { a: 1 } });
  });
});

describe('YAML the checker refuses before comparing', () => {
  it('reports nesting over 12 levels once, at its line', () => {
    // 13 flow lists inside each other: too deep for the content limit, too shallow for the quick text scan.
    const problems: ContentProblem[] = [];
    parseYaml('content/x.yaml', `a:\n  b: ${'['.repeat(13)}1${']'.repeat(13)}\n`, problems, () => ({ data: {} }));
    expect(messages(problems)).toEqual(['2 -: lists and groups are nested more than 12 levels deep here']);
  });

  it('lists the first ten syntax errors and counts the rest on the tenth', () => {
    const text = Array.from({ length: 12 }, (_, i) => `k${i}: [1,,2]`).join('\n');
    const problems: ContentProblem[] = [];
    parseYaml('content/x.yaml', text, problems, () => ({ data: {} }));
    expect(problems).toHaveLength(10);
    expect(problems.slice(0, 9).every((p) => !p.message.includes('more errors'))).toBe(true);
    expect(problems[9]!.message).toMatch(/^the file is not valid YAML: .* \(and 2 more errors after it\)$/);
    const ten: ContentProblem[] = [];
    parseYaml('content/x.yaml', text.split('\n').slice(0, 10).join('\n'), ten, () => ({ data: {} }));
    expect(ten.some((p) => p.message.includes('more errors'))).toBe(false);
  });
});

describe("the build's own YAML reader", () => {
  it('turns its exception into a reason and a 1-based line', () => {
    expect(astroYamlLoad('a: [1,,2]\n')).toEqual({ error: { reason: "expected the node content, but found ','", line: 1 } });
    expect(astroYamlLoad('a: 1\n')).toEqual({ data: { a: 1 } });
    expect(astroYamlError({ reason: 'bad', mark: { line: 0 } })).toEqual({ reason: 'bad', line: 1 });
    expect(astroYamlError(new Error('first line\nsecond line'))).toEqual({ reason: 'first line', line: undefined });
    expect(astroYamlError('thrown text')).toEqual({ reason: 'thrown text', line: undefined });
  });
});

describe('front matter', () => {
  it('refuses a front matter block that is never closed', () => {
    const dir = fixtureWith((d) => writeFileSync(join(d, BASE, 'en.mdx'), '---\ntitle: Test\nsummary: Never closed\n\nBody.\n'));
    expect(check(dir).errors.map((e) => `${e.file}:${e.line} ${e.message} (fix: ${e.hint})`)).toContain(
      'content/offers/balkhash-test-base/en.mdx:1 the front-matter block is not closed (fix: add a line `---` after the last field (`summary: …`))',
    );
  });
});

describe('list files, as the build reads them', () => {
  it('reads an empty list as no items, and an empty file as no items', () => {
    const parse = listFileParser(CONTENT_LAYOUT.places, 'content/places.yaml');
    expect(parse('places:\n')).toEqual([]);
    expect(parse('# nothing yet\n')).toEqual([]);
  });

  it('stops the build with the file name on YAML it cannot read', () => {
    const parse = listFileParser(CONTENT_LAYOUT.places, 'content/places.yaml');
    expect(() => parse('places: [1,,2]\n')).toThrow("content/places.yaml: expected the node content, but found ','");
  });

  it('names the keys found when the one key is wrong, and refuses a key that holds no list', () => {
    expect(listItemsOf(CONTENT_LAYOUT.places, { place: [], extra: 1 })).toEqual({
      problem: {
        message: 'must hold one key, `places:`, with the list of items under it (found `place`, `extra`)',
        hint: 'write `places:` on its own line, then each item starting with `- id: …`; see content/README.md, "Lists"',
      },
    });
    expect(listItemsOf(CONTENT_LAYOUT.places, 'text')).toMatchObject({
      problem: { message: 'must hold one key, `places:`, with the list of items under it' },
    });
    expect(listItemsOf(CONTENT_LAYOUT.places, { places: { id: 'x' } })).toEqual({
      problem: {
        message: '`places:` must be a list, each item starting with `- id: …`',
        hint: 'put each item on its own lines under `places:`, starting with `- id: …`; see content/README.md, "Lists"',
      },
    });
  });

  it('reports a list file with the key but a group under it, in the content check', () => {
    const dir = fixtureWith((d) => writeFileSync(join(d, 'mci.yaml'), 'mci:\n  id: mci-2026\n'));
    expect(
      check(dir)
        .errors.filter((e) => e.file === 'content/mci.yaml')
        .map((e) => e.message),
    ).toContain('`mci:` must be a list, each item starting with `- id: …`');
  });
});

describe("an offer's own files for the build", () => {
  it('gives the path, the size of an ordinary file and nothing for a missing file or a folder', () => {
    const content = tempDir('catalog-offer-files-');
    mkdirSync(join(content, 'offers/x/sub'), { recursive: true });
    writeFileSync(join(content, 'offers/x/plan.pdf'), '%PDF-1.7\n');
    expect(offerFilePath('x', 'plan.pdf', content)).toBe(join(content, 'offers', 'x', 'plan.pdf'));
    expect(offerFileBytes('x', 'plan.pdf', content)).toBe(9);
    expect(offerFileBytes('x', 'gone.pdf', content)).toBeUndefined();
    expect(offerFileBytes('x', 'sub', content)).toBeUndefined();
  });

  it('reads a PDF, but not a link, a folder, a missing file or one over the 20 MB limit', () => {
    const content = tempDir('catalog-offer-files-');
    mkdirSync(join(content, 'offers/x/sub'), { recursive: true });
    writeFileSync(join(content, 'offers/x/plan.pdf'), '%PDF-1.7\n');
    symlinkSync(join(content, 'offers/x/plan.pdf'), join(content, 'offers/x/link.pdf'));
    writeFileSync(join(content, 'offers/x/big.pdf'), '%PDF-1.7\n');
    truncateSync(join(content, 'offers/x/big.pdf'), 20 * 1024 * 1024 + 1);
    writeFileSync(join(content, 'offers/x/limit.pdf'), '%PDF-1.7\n');
    truncateSync(join(content, 'offers/x/limit.pdf'), 20 * 1024 * 1024);
    expect(Buffer.from(readOfferPdf('x', 'plan.pdf', content)!).toString()).toBe('%PDF-1.7\n');
    expect(readOfferPdf('x', 'link.pdf', content)).toBeUndefined();
    expect(readOfferPdf('x', 'sub', content)).toBeUndefined();
    expect(readOfferPdf('x', 'gone.pdf', content)).toBeUndefined();
    expect(readOfferPdf('x', 'big.pdf', content)).toBeUndefined();
    expect(readOfferPdf('x', 'limit.pdf', content)?.length).toBe(20 * 1024 * 1024);
  });
});

describe('the checker without a given repository root', () => {
  it('names files from the folder above content/, as the command line does', () => {
    const dir = fixtureWith((d) => replaceIn(d, `${BASE}/facts.yaml`, 'district: balkhash', 'district: balkash'));
    const { problems } = loadContent(dir, { today: TODAY });
    expect(problems.map((p) => p.file)).toContain('content/offers/balkhash-test-base/facts.yaml');
  });
});
