import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guarded, loadContent } from '../../src/lib/validation/loadContent.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { GOOD_FIXTURE, TODAY, tempDir } from './helpers.ts';

// loadContent on small trees built in the test: every file or folder it cannot use is reported once, by file,
// with the fix, and the rest of the tree is still read.

const LIST_FILES = ['contacts.yaml', 'exchange-rates.yaml', 'grantors.yaml', 'incentives.yaml', 'mci.yaml', 'places.yaml'];

/** An empty `content` folder in a temporary root. */
function emptyContent(): string {
  const dir = join(tempDir('validation-load-'), 'content');
  mkdirSync(dir);
  return dir;
}

/** A content folder with the good fixture's list files only (no districts, no offers). */
function listsOnly(): string {
  const dir = emptyContent();
  for (const file of LIST_FILES) cpSync(join(GOOD_FIXTURE, file), join(dir, file));
  return dir;
}

/** A whole copy of the good fixture. */
function goodCopy(): string {
  const dir = join(tempDir('validation-load-'), 'content');
  cpSync(GOOD_FIXTURE, dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  writeFileSync(join(dir, file), text.replace(from, to));
}

const said = (problems: readonly ContentProblem[]) =>
  problems.map((p) => `${p.severity} ${p.file}:${p.line ?? '-'} ${p.field ?? '-'}: ${p.message} | ${p.hint}`);

describe('guarded: a file that makes the reader throw becomes a problem on that file', () => {
  it('returns what the reading returns when it does not throw', () => {
    const problems: ContentProblem[] = [];
    expect(guarded(problems, 'content/a.yaml', 'fallback', () => 'read')).toBe('read');
    expect(problems).toEqual([]);
  });

  it('reports the first line of the error, at most 160 characters, and returns the fallback', () => {
    const problems: ContentProblem[] = [];
    const long = `${'x'.repeat(200)}\nsecond line`;
    expect(
      guarded(problems, 'content/a.yaml', 'fallback', () => {
        throw new Error(long);
      }),
    ).toBe('fallback');
    expect(
      guarded(problems, 'content/b.yaml', 7, () => {
        throw 'stack overflow\nat line 1';
      }),
    ).toBe(7);
    expect(said(problems)).toEqual([
      `error content/a.yaml:- -: the check could not finish reading this: ${'x'.repeat(160)} | look for anything unusual in the file (very long lines, deep nesting, odd characters); if it looks fine, ask the site’s developers, quoting this message`,
      'error content/b.yaml:- -: the check could not finish reading this: stack overflow | look for anything unusual in the file (very long lines, deep nesting, odd characters); if it looks fine, ask the site’s developers, quoting this message',
    ]);
  });
});

describe('loadContent on small trees', () => {
  it('names each missing list file and says there are no offers', () => {
    const result = loadContent(emptyContent(), { today: TODAY });
    const missing = (file: string) => `error content/${file}:- -: this file is missing | restore it from git history; the catalog needs it`;
    expect(said(result.problems)).toEqual([
      missing('places.yaml'),
      missing('contacts.yaml'),
      missing('incentives.yaml'),
      missing('mci.yaml'),
      missing('grantors.yaml'),
      missing('exchange-rates.yaml'),
      'error content/offers:- -: there are no offers | add at least one offer folder',
      "warning content/exchange-rates.yaml:- -: there is no rate for USD and EUR, so offer pages show no amounts in it | add `- { id: usd, kztPerUnit: …, date: …, source: …, verified: … }` from the NBK's table of official rates",
    ]);
    expect(result.filesRead).toBe(6);
    expect(result.tree.offers).toEqual([]);
  });

  it('refuses list files of the wrong shape and folders it cannot use, each once, and reads on', () => {
    const dir = listsOnly();
    writeFileSync(join(dir, 'places.yaml'), '# old layout\n- id: a\n');
    writeFileSync(join(dir, 'grantors.yaml'), 'other: 1\n');
    for (const folder of ['offers/page', 'offers/Bad_Name', 'offers/no-facts', 'districts/empty'])
      mkdirSync(join(dir, folder), { recursive: true });
    const result = loadContent(dir, { today: TODAY });
    expect(said(result.problems.filter((p) => !p.file.startsWith('content/incentives')))).toEqual([
      'error content/places.yaml:2 -: the list must sit under `places:` (the file starts with `- id: …`, the old layout) | add a line `places:` above the first `- id:` (after the comments at the top), and leave the items as they are; see content/README.md, "Lists"',
      'error content/grantors.yaml:1 -: must hold one key, `grantors:`, with the list of items under it (found `other`) | write `grantors:` on its own line, then each item starting with `- id: …`; see content/README.md, "Lists"',
      'error content/districts/empty:- -: this district folder has no district.yaml | add district.yaml (copy it from another district)',
      'error content/offers/Bad_Name:- -: the folder name `Bad_Name` cannot be an offer id | rename the folder using only lower-case Latin letters, digits and hyphens, e.g. `shaitankol-glamping`',
      'error content/offers/no-facts:- -: this offer folder has no facts.yaml, so the offer cannot be published | add facts.yaml (run `npm run new-offer` or copy one from another offer)',
      "error content/offers/page:- -: the folder name `page` is taken by the catalog's own page addresses (/offers/page/2/), so this offer would have no page of its own | rename the folder after the offer, e.g. `karkaraly-town-guest-house`",
    ]);
    // The lists that were right are in the tree; folders without their facts file are not counted as read.
    expect([result.tree.places.length, result.tree.grantors.length, result.tree.contacts.length, result.filesRead]).toEqual([0, 0, 6, 6]);
  });

  it('refuses a repeated id in a list, keeping the first item, and an http:// address', () => {
    const dir = listsOnly();
    edit(dir, 'contacts.yaml', 'id: balkhash-tourism-officer', 'id: balkhash-land-officer');
    // The same mistake on two lines is two problems, not one.
    writeFileSync(join(dir, 'mci.yaml'), `# a\u202Eb\n# c\u202Ed\n${readFileSync(join(dir, 'mci.yaml'), 'utf8')}`);
    edit(dir, 'exchange-rates.yaml', 'url: https://example.org/test-rates', 'url: http://example.org/test-rates');
    const result = loadContent(dir, { today: TODAY });
    // (Places and incentives also name districts, which this tree has none of: those problems are left out here.)
    expect(result.problems.filter((p) => p.file === 'content/mci.yaml').map((p) => [p.line, p.message.slice(0, 50)])).toEqual([
      [1, 'the line contains an invisible character that chan'],
      [2, 'the line contains an invisible character that chan'],
    ]);
    const lists = result.problems.filter((p) => p.file === 'content/contacts.yaml' || p.file === 'content/exchange-rates.yaml');
    expect(said(lists)).toEqual([
      'error content/contacts.yaml:12 [1].id: the id `balkhash-land-officer` is used twice (also item 1) | give each item its own id',
      'error content/exchange-rates.yaml:12 [0].source.url: an `http://` address is not secure: write https://: `http://example.org/test-rates` | write the full address starting with https:// (open the page in a browser and copy it from the address bar)',
    ]);
    expect(result.tree.contacts.map((c) => [c.index, c.value.id])).toEqual([
      [0, 'balkhash-land-officer'],
      [2, 'karkaraly-land-officer'],
      [3, 'karkaraly-tourism-officer'],
      [4, 'regional-investment-officer'],
      [5, 'karkaraly-park-recreation-officer'],
    ]);
  });
});

describe('loadContent reads list items field by field', () => {
  it('reports each wrong field of a one-line mapping, suggests the key meant, and drops an unreadable list quietly', () => {
    const dir = listsOnly();
    edit(
      dir,
      'contacts.yaml',
      'name: { en: "Timur Demo-Akhmetov (demo)", ru: "Тимур Демо-Ахметов (демо)", kk: "Тимур Демо-Ахметов (демо)" }',
      'name: { en: 1, ru: 2, kk: 3 }\n  emial: x@example.kz',
    );
    writeFileSync(join(dir, 'places.yaml'), Uint8Array.from([0x70, 0x3a, 0x20, 0xc0, 0x0a]));
    const result = loadContent(dir, { today: TODAY });
    const contacts = result.problems.filter((p) => p.file === 'content/contacts.yaml');
    expect(contacts.map((p) => [p.line, p.field])).toEqual([
      [13, '[1].name.en'],
      [13, '[1].name.ru'],
      [13, '[1].name.kk'],
      [14, '[1].emial'],
    ]);
    expect(contacts[3]!.hint).toContain('`email`');
    expect(result.problems.filter((p) => p.file === 'content/places.yaml').map((p) => [p.line, p.message.slice(0, 30)])).toEqual([
      [1, 'the file is not saved as UTF-8'],
    ]);
    expect(result.tree.places).toEqual([]);
  });
});

describe('loadContent on one offer', () => {
  /** The list files and the base offer of the good fixture (no districts). */
  const oneOffer = () => {
    const dir = listsOnly();
    cpSync(join(GOOD_FIXTURE, 'offers/balkhash-test-base'), join(dir, 'offers/balkhash-test-base'), { recursive: true });
    return dir;
  };
  const OFFER = 'content/offers/balkhash-test-base';

  it('judges only addresses the schema takes, quoting at most 80 characters of a long one', () => {
    const dir = listsOnly();
    const long = `http://example.org/${'a'.repeat(100)}`;
    edit(dir, 'exchange-rates.yaml', 'url: https://example.org/test-rates', `url: ${long}`);
    edit(dir, 'exchange-rates.yaml', 'url: https://example.org/test-rates', 'url: ftp://example.org/rates');
    const problems = loadContent(dir, { today: TODAY }).problems.filter((p) => p.file === 'content/exchange-rates.yaml');
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [12, '[0].source.url', `an \`http://\` address is not secure: write https://: \`${long.slice(0, 80)}\``],
      [22, '[1].source.url', 'must be a full web address starting with https://'],
      // The euro rate failed its schema, so there is no euro rate to convert with.
      [undefined, undefined, 'there is no rate for EUR, so offer pages show no amounts in it'],
    ]);
  });

  it('says nothing of a photo that facts.yaml lists, and names the one it does not', () => {
    const dir = oneOffer();
    const base = join(dir, 'offers/balkhash-test-base');
    for (const name of ['shore.jpg', 'extra.jpg']) writeFileSync(join(base, name), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    edit(
      dir,
      'offers/balkhash-test-base/facts.yaml',
      'published: 2026-01-10',
      'photos:\n  - file: shore.jpg\n    alt: { en: "The shore", ru: "Берег", kk: "Жаға" }\npublished: 2026-01-10',
    );
    const result = loadContent(dir, { today: TODAY });
    expect(result.problems.filter((p) => p.message.startsWith('this photo')).map((p) => p.file)).toEqual([`${OFFER}/extra.jpg`]);
  });

  it('checks the body of a text whose header is wrong, and names a missing Kazakh text', () => {
    const dir = oneOffer();
    writeFileSync(join(dir, 'offers/balkhash-test-base/en.mdx'), '---\ntitle: 5\n---\nBody\n\n<script>alert(1)</script>\n');
    rmSync(join(dir, 'offers/balkhash-test-base/kk.mdx'));
    const result = loadContent(dir, { today: TODAY });
    const en = result.problems.filter((p) => p.file === `${OFFER}/en.mdx`);
    // One problem for the header (line 2) and at least one for the body (line 6).
    expect([...new Set(en.map((p) => p.line))]).toEqual([2, 6]);
    expect(said(result.problems.filter((p) => p.file === `${OFFER}/kk.mdx`))).toEqual([
      'warning content/offers/balkhash-test-base/kk.mdx:- -: the Kazakh text of this offer is missing, so that language shows the English text with a notice | create kk.mdx beside facts (copy en.mdx and translate it)',
    ]);
    expect(result.tree.offers.map((o) => [o.id, Object.keys(o.texts)])).toEqual([['balkhash-test-base', ['ru']]]);
  });

  it('drops an offer whose facts cannot be read at all, saying why, and then says there are no offers only if nothing else did', () => {
    const dir = oneOffer();
    writeFileSync(join(dir, 'offers/balkhash-test-base/facts.yaml'), Uint8Array.from([0x6b, 0x3a, 0x20, 0xc0, 0x0a]));
    const result = loadContent(dir, { today: TODAY });
    expect(result.problems.filter((p) => p.file.startsWith('content/offers')).map((p) => [p.file, p.line])).toEqual([
      [`${OFFER}/facts.yaml`, 1],
    ]);
    expect([result.tree.offers, result.tree.invalidOffers, result.filesRead]).toEqual([[], [], 10]);
  });
});

describe('loadContent on a copy of the good fixture', () => {
  it('reads the whole fixture: two districts and two offers, 22 files', () => {
    const result = loadContent(goodCopy(), { today: TODAY });
    expect(result.tree.districts.map((d) => [d.id, Object.keys(d.texts).sort()])).toEqual([
      ['balkhash', ['en', 'kk', 'ru']],
      ['karkaraly', ['en', 'kk', 'ru']],
    ]);
    expect(result.tree.offers.map((o) => [o.id, Object.keys(o.texts).sort(), o.texts.en?.data.title])).toEqual([
      ['balkhash-test-base', ['en', 'kk', 'ru'], 'Test recreation base (en)'],
      ['shaitankol-glamping', ['en', 'kk', 'ru'], expect.any(String)],
    ]);
    expect(result.filesRead).toBe(6 + 2 * 4 + 2 * 4);
  });

  it('warns about what it cannot use, reports each problem once, and keeps checking an offer whose facts are wrong', () => {
    const dir = goodCopy();
    const base = join(dir, 'offers/balkhash-test-base');
    rmSync(join(base, 'ru.mdx'));
    writeFileSync(join(base, 'shore.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    writeFileSync(join(base, 'plan.pdf'), '%PDF-1.4\n%%EOF\n');
    // A language file that is a symbolic link is seen by the folder check and by the reader: one message.
    rmSync(join(base, 'kk.mdx'));
    symlinkSync(join(base, 'en.mdx'), join(base, 'kk.mdx'));
    // A third offer whose three texts have no front matter has no title.
    const untitled = join(dir, 'offers/untitled-offer');
    cpSync(base, untitled, { recursive: true, dereference: false });
    rmSync(join(untitled, 'kk.mdx'));
    rmSync(join(untitled, 'shore.jpg'));
    rmSync(join(untitled, 'plan.pdf'));
    for (const lang of ['en', 'ru', 'kk']) writeFileSync(join(untitled, `${lang}.mdx`), 'no front matter\n');
    edit(dir, 'offers/shaitankol-glamping/facts.yaml', 'kind: land-plot', 'kind: castle');
    edit(dir, 'offers/shaitankol-glamping/facts.yaml', 'contact: karkaraly-park-recreation-officer', 'contact: nobody');
    const result = loadContent(dir, { today: TODAY });
    const own = (p: ContentProblem) =>
      p.field !== 'kind' && !p.message.startsWith('the audit of') && !p.file.startsWith('content/offers/untitled-offer/');
    expect(said(result.problems.filter(own))).toEqual([
      'error content/offers/balkhash-test-base/kk.mdx:- -: this is a symbolic link (a shortcut to another file or folder), which content may not contain: it could expose files from outside the catalog | delete the link and put the real file here instead (a copy, not a link)',
      'warning content/offers/balkhash-test-base/ru.mdx:- -: the Russian text of this offer is missing, so that language shows the English text with a notice | create ru.mdx beside facts (copy en.mdx and translate it)',
      'warning content/offers/balkhash-test-base/shore.jpg:- -: this photo is not listed under `photos:` in facts.yaml, so the site does not show it | add it under `photos:` with alt text in three languages, or delete the file',
      'warning content/offers/balkhash-test-base/plan.pdf:- -: this PDF is not listed under `documents:` in facts.yaml, so the site does not publish it | add it under `documents:` with `file:`, `type:` and a title in three languages, or delete the file',
      'error content/offers/untitled-offer:- -: this offer has no valid language file, so it has no title | add en.mdx (and ru.mdx, kk.mdx) with a title and summary',
      'error content/offers/shaitankol-glamping/facts.yaml:35 contact: there is no contact with the id `nobody` | use one of the ids in content/contacts.yaml: balkhash-land-officer, balkhash-tourism-officer, karkaraly-land-officer, karkaraly-tourism-officer, regional-investment-officer, karkaraly-park-recreation-officer',
    ]);
    expect(result.problems.filter((p) => p.field === 'kind').map((p) => p.file)).toEqual(['content/offers/shaitankol-glamping/facts.yaml']);
    expect(result.tree.offers.map((o) => [o.id, Object.keys(o.texts).sort()])).toEqual([['balkhash-test-base', ['en']]]);
    expect(result.tree.invalidOffers.map((o) => [o.id, o.source.file])).toEqual([
      ['shaitankol-glamping', 'content/offers/shaitankol-glamping/facts.yaml'],
    ]);
    expect(result.filesRead).toBe(6 + 2 * 4 + 3 * 4);
  });
});
