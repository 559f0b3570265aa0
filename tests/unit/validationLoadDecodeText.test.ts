import { describe, expect, it } from 'vitest';
import { SAVE_AS_UTF8, decodeUtf8, guessEncoding } from '../../src/lib/validation/decodeText.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';

// Content files are decoded byte by byte: what an official saved in the wrong encoding, or with invisible
// direction marks, is reported on its line, never silently turned into other letters.

const FILE = 'content/offers/x/facts.yaml';

function decode(bytes: number[] | string, options?: { flagReplacementChar?: boolean }) {
  const problems: ContentProblem[] = [];
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes);
  const text = decodeUtf8(data, FILE, problems, options);
  return { text, problems: problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.message} | ${p.hint}`) };
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
/** "Балхаш" as Windows-1251 bytes. */
const BALKHASH_1251 = [0xc1, 0xe0, 0xeb, 0xf5, 0xe0, 0xf8];

const NOT_UTF8 = 'the file is not saved as UTF-8, so its letters would show as �; this line has the first character that cannot be read';

describe('decodeUtf8', () => {
  it('returns plain UTF-8 text unchanged, Cyrillic and Kazakh letters included, with no problem', () => {
    expect(decode('name: Қарқаралы\nru: Балхаш\n')).toEqual({ text: 'name: Қарқаралы\nru: Балхаш\n', problems: [] });
  });

  it('drops a leading byte-order mark, and only a whole one', () => {
    expect(decode([0xef, 0xbb, 0xbf, ...ascii('id: a')]).text).toBe('id: a');
    // Ｋ (fullwidth K) is EF BC AB: its first byte is that of a byte-order mark, but it is a letter to keep.
    expect(decode('Ｋ: 1').text).toBe('Ｋ: 1');
    // EF BB 8F is a character too (U+FECF), not a mark.
    expect(decode([0xef, 0xbb, 0x8f, 0x41]).text).toBe('\uFECFA');
    // Only one mark is dropped: a second one is a character of the text, kept so later checks can see it.
    expect(decode([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]).text).toBe('\uFEFFA');
  });

  it('refuses Windows-1251 bytes, naming the line of the first bad byte and the encoding', () => {
    const { text, problems } = decode([...ascii('id: a\nkind: b\nname: '), ...BALKHASH_1251, 0x0a]);
    expect(text).toBeUndefined();
    expect(problems).toEqual([
      `error ${FILE}:3 ${NOT_UTF8}: it looks like Windows-1251, the old Russian Windows encoding | ${SAVE_AS_UTF8}`,
    ]);
  });

  it('counts lines after a byte-order mark from the first line of the text', () => {
    const { problems } = decode([0xef, 0xbb, 0xbf, ...ascii('a\n'), 0xff, 0x0a, 0x0a]);
    expect(problems).toEqual([`error ${FILE}:2 ${NOT_UTF8} | ${SAVE_AS_UTF8}`]);
  });

  it('refuses UTF-16 (Notepad’s “Unicode”) and says so', () => {
    // "id" in UTF-16 little-endian with its mark FF FE.
    const { text, problems } = decode([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]);
    expect(text).toBeUndefined();
    expect(problems).toEqual([`error ${FILE}:1 ${NOT_UTF8}: it looks like UTF-16 (“Unicode” in Notepad) | ${SAVE_AS_UTF8}`]);
  });

  it('names no encoding when it cannot tell', () => {
    expect(decode([...ascii('a\nb\nc'), 0x80]).problems).toEqual([`error ${FILE}:3 ${NOT_UTF8} | ${SAVE_AS_UTF8}`]);
  });

  it('refuses each line with a direction control, and only those characters', () => {
    const lines = ['ok', 'a\u202Ab', 'c\u202Ed', 'e\u2066f', 'g\u2069h', 'i\u2029j\u202Fk\u2065l\u206Am\u2028'];
    const { text, problems } = decode(lines.join('\n'));
    expect(text).toBe(lines.join('\n'));
    const bidi =
      'the line contains an invisible character that changes the direction of the text (U+202A–U+202E or U+2066–U+2069), so it may not read the way it looks | retype the line, or delete the invisible character (in VS Code it shows as a highlighted box)';
    expect(problems).toEqual([2, 3, 4, 5].map((line) => `error ${FILE}:${line} ${bidi}`));
  });

  it('refuses each line with �, unless told not to; direction controls are refused either way', () => {
    const text = 'a\nБал�аш\nb\n��\n\u202Bx';
    const lost =
      'the text contains �, a character that replaced letters lost in an earlier conversion | retype the letters where � stands (copying from the original document again usually works)';
    expect(decode(text).problems.filter((p) => p.includes('�, a character'))).toEqual([
      `error ${FILE}:2 ${lost}`,
      `error ${FILE}:4 ${lost}`,
    ]);
    const quiet = decode(text, { flagReplacementChar: false });
    expect(quiet.text).toBe(text);
    expect(quiet.problems.map((p) => p.slice(0, 60))).toEqual([`error ${FILE}:5 the line contains an inv`]);
  });
});

describe('guessEncoding', () => {
  it('recognises both UTF-16 byte-order marks, and not half of one', () => {
    expect(guessEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47]))).toBe('utf-16');
    expect(guessEncoding(Uint8Array.from([0xfe, 0xff, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47]))).toBe('utf-16');
    // A lone FF or FE (я or ю in Windows-1251) is no mark.
    expect(guessEncoding(Uint8Array.from([0xff, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47]))).not.toBe('utf-16');
    expect(guessEncoding(Uint8Array.from([0x41, 0xfe, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47]))).toBeUndefined();
    expect(guessEncoding(Uint8Array.from([0xfe, 0xfe, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47]))).not.toBe('utf-16');
    expect(guessEncoding(Uint8Array.from([0xff, 0xff, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47]))).not.toBe('utf-16');
  });

  it('takes text with more than one zero byte in eight for UTF-16, and exactly one in eight for something else', () => {
    expect(guessEncoding(Uint8Array.from([0x41, 0, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47]))).toBeUndefined();
    expect(guessEncoding(Uint8Array.from([0x41, 0, 0x42, 0, 0x44, 0x45, 0x46, 0x47]))).toBe('utf-16');
  });

  it('recognises Russian saved as Windows-1251', () => {
    expect(guessEncoding(Uint8Array.from([...ascii('ru: '), ...BALKHASH_1251]))).toBe('windows-1251');
  });
});

describe('SAVE_AS_UTF8', () => {
  it('tells how to save as UTF-8 in the editors officials use', () => {
    expect(SAVE_AS_UTF8).toBe(
      'save the file as UTF-8: in Notepad, File → Save as → Encoding: UTF-8; in VS Code, click the encoding at the bottom right → Save with Encoding → UTF-8; then check that the Russian and Kazakh letters read correctly',
    );
  });
});
