// The list files (places.yaml, contacts.yaml, …) hold their list under one key, e.g. `places:`, so the editor
// at /admin/ can edit them. The build's loader and the content check read that one layout, and the old layout
// (the list at the file's top) is refused with a message that names the file and the fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_LAYOUT } from '../../src/lib/content/layout.ts';
import { listFileParser } from '../../src/lib/content/listFile.ts';
import { GOOD_FIXTURE, check, fixtureWith, replaceIn, writeIn } from './helpers.ts';

const fixtureText = (file: string) => readFileSync(join(GOOD_FIXTURE, file), 'utf8');

/** The officers of tests/fixtures/content-good/contacts.yaml, in file order, as written there. */
const FIXTURE_CONTACT_IDS = [
  'balkhash-land-officer',
  'balkhash-tourism-officer',
  'karkaraly-land-officer',
  'karkaraly-tourism-officer',
  'regional-investment-officer',
  'karkaraly-park-recreation-officer',
];

describe('the build reads a list file under its key', () => {
  it('gives the file() loader the items under `contacts:`, in file order', () => {
    const parse = listFileParser(CONTENT_LAYOUT.contacts, 'content/contacts.yaml');
    const items = parse(fixtureText('contacts.yaml'));
    expect(items.map((c) => c.id)).toEqual(FIXTURE_CONTACT_IDS);
    expect(items[0]).toMatchObject({ phone: '+7 700 000 00 01', email: 'balkhash.land@example.kz' });
  });

  it('reads the exchange rates under `rates:`', () => {
    const parse = listFileParser(CONTENT_LAYOUT.exchangeRates, 'content/exchange-rates.yaml');
    expect(parse(fixtureText('exchange-rates.yaml')).map((r) => r.id)).toEqual(['usd', 'eur']);
  });

  it('stops the build on the old layout with the same words as the content check', () => {
    const parse = listFileParser(CONTENT_LAYOUT.places, 'content/places.yaml');
    expect(() => parse('- id: karaganda\n  type: city\n')).toThrow(
      'content/places.yaml: the list must sit under `places:` (the file starts with `- id: …`, the old layout); add a line `places:` above the first `- id:`',
    );
  });
});

describe('the content check of a list file', () => {
  it('reads every list of the fixture under its key', () => {
    const { tree, errors } = check(fixtureWith(() => {}));
    expect(errors).toEqual([]);
    expect(tree.contacts.map((c) => c.value.id)).toEqual(FIXTURE_CONTACT_IDS);
    expect(tree.exchangeRates.map((r) => r.value.id)).toEqual(['usd', 'eur']);
  });

  it('refuses the old layout (the list at the top) naming the file, the key and content/README.md', () => {
    const dir = fixtureWith((d) => replaceIn(d, 'places.yaml', /^places:\n/m, ''));
    const error = check(dir).errors.find((e) => e.file === 'content/places.yaml');
    expect(error).toEqual({
      severity: 'error',
      file: 'content/places.yaml',
      line: 4,
      message: 'the list must sit under `places:` (the file starts with `- id: …`, the old layout)',
      hint: 'add a line `places:` above the first `- id:` (after the comments at the top), and leave the items as they are; see content/README.md, "Lists"',
    });
  });

  it('refuses a file whose key is misspelt, saying which key it found', () => {
    const dir = fixtureWith((d) => replaceIn(d, 'contacts.yaml', /^contacts:$/m, 'contact:'));
    const error = check(dir).errors.find((e) => e.file === 'content/contacts.yaml');
    expect(error?.message).toBe('must hold one key, `contacts:`, with the list of items under it (found `contact`)');
  });

  it('refuses a second key beside the list', () => {
    const dir = fixtureWith((d) => writeIn(d, 'mci.yaml', `${fixtureText('mci.yaml')}note: hello\n`));
    const error = check(dir).errors.find((e) => e.file === 'content/mci.yaml');
    expect(error?.message).toBe('must hold one key, `mci:`, with the list of items under it (found `mci`, `note`)');
  });

  it('gives an item problem the line of the item under the key, and the item as `[i].field`', () => {
    const dir = fixtureWith((d) => replaceIn(d, 'contacts.yaml', 'email: balkhash.land@example.kz', 'email: not-an-address'));
    const error = check(dir).errors.find((e) => e.file === 'content/contacts.yaml');
    expect(error).toMatchObject({ file: 'content/contacts.yaml', line: 10, field: '[0].email' });
  });
});
