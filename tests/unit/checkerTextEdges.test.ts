import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, guessEncoding } from '../../src/lib/validation/decodeText.ts';
import { readBytesNoFollow } from '../../src/lib/validation/fileAccess.ts';
import { checkLanguage, type LanguageSegment } from '../../src/lib/validation/languageChecks.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { valuesAt } from '../../src/lib/validation/schemaKeys.ts';
import { check, fixtureWith, replaceIn, tempDir } from './helpers.ts';

// Smaller corners of the checker: the quote of a Kazakh sentence, what a non-UTF-8 file looks like,
// an unknown field with nothing to suggest, and reading a file without following a link.

/** Only the no-Kazakh-letter warnings (the Russian words in these sentences are warned about separately). */
const sentenceWarnings = (problems: ContentProblem[]) => problems.map((p) => p.message).filter((m) => m.startsWith('this Kazakh sentence'));

const kk = (text: string): LanguageSegment => ({ file: 'content/offers/x/kk.mdx', lang: 'kk', text, line: 9 });

describe('a Kazakh sentence with no Kazakh letter', () => {
  it('quotes at most its first eight words, then an ellipsis', () => {
    const problems = checkLanguage([kk('Это очень красивое место для отдыха всей семьи летом зимой.')], []);
    expect(sentenceWarnings(problems)).toEqual([
      'this Kazakh sentence has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): «Это очень красивое место для отдыха всей семьи …»',
    ]);
  });

  it('quotes a sentence of eight words or fewer whole', () => {
    const problems = checkLanguage([kk('Это очень красивое место для отдыха.')], []);
    expect(sentenceWarnings(problems)).toEqual([
      'this Kazakh sentence has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): «Это очень красивое место для отдыха»',
    ]);
  });

  it('flags the Russian «и» at the very end of a Kazakh line', () => {
    const problems = checkLanguage([kk('Көл мен тау и')], []);
    expect(problems.map((p) => `${p.line} ${p.message}`)).toEqual(['9 «и» is a Russian word in Kazakh text']);
  });
});

describe('a file that is not UTF-8', () => {
  it('recognises UTF-16 by either byte-order mark, or by its many zero bytes', () => {
    expect(guessEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toBe('utf-16');
    expect(guessEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toBe('utf-16');
    // "Ab" in UTF-16 little-endian without a mark: every second byte is zero.
    expect(guessEncoding(Uint8Array.from([0x41, 0, 0x62, 0]))).toBe('utf-16');
    expect(guessEncoding(Uint8Array.from([0xfe, 0x41, 0x42, 0x43]))).toBeUndefined();
  });

  it('names the line of the first bad byte, and guesses no encoding when none fits', () => {
    const problems: ContentProblem[] = [];
    expect(decodeUtf8(Uint8Array.from([0x61, 0x0a, 0x62, 0xc0, 0x0a]), 'content/x.yaml', problems)).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/x.yaml',
      line: 2,
      message: 'the file is not saved as UTF-8, so its letters would show as �; this line has the first character that cannot be read',
    });
  });
});

describe('fields the catalog does not know', () => {
  it('says to remove an unknown field when no known field is spelt like it', () => {
    const dir = fixtureWith((d) =>
      replaceIn(d, 'offers/balkhash-test-base/facts.yaml', 'kind: infrastructure', 'kind: infrastructure\nzzqqxx: 1'),
    );
    const unknown = check(dir).errors.find((e) => e.message.includes('`zzqqxx`'));
    expect(unknown).toMatchObject({
      line: 3,
      message: '`zzqqxx` is not a field the catalog knows, so it would be ignored',
      hint: 'remove it, or check its spelling and indentation against content/README.md',
    });
  });

  it('finds values by a schema path, with their indexes, and nothing under a plain value', () => {
    expect(valuesAt({ photos: [{ file: 'a.jpg' }, { file: 'b.jpg' }] }, ['photos', '[]', 'file'])).toEqual([
      { path: ['photos', 0, 'file'], value: 'a.jpg' },
      { path: ['photos', 1, 'file'], value: 'b.jpg' },
    ]);
    expect(valuesAt({ price: 'on request' }, ['price', 'amountKzt'])).toEqual([]);
  });
});

describe('reading a content file without following a link', () => {
  it('reads an ordinary file, and nothing through a link or from a missing file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.yaml'), 'a: 1\n');
    symlinkSync(join(dir, 'real.yaml'), join(dir, 'link.yaml'));
    expect(Buffer.from(readBytesNoFollow(join(dir, 'real.yaml'), 100)!).toString()).toBe('a: 1\n');
    expect(readBytesNoFollow(join(dir, 'link.yaml'), 100)).toBeUndefined();
    expect(readBytesNoFollow(join(dir, 'gone.yaml'), 100)).toBeUndefined();
  });
});
