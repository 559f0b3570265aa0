// The byte checks behind "this file is not UTF-8" and "this looks like a Windows-1251 (Russian Excel) file":
// the exact edges of valid UTF-8 (RFC 3629, table 3-7 of the Unicode standard) and when Windows-1251 is guessed.
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, looksLikeWindows1251 } from '../../src/lib/text/utf8.ts';

const at = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('where UTF-8 first goes wrong', () => {
  it('accepts nothing, ASCII up to 0x7f, and rejects a stray continuation byte', () => {
    expect(at()).toBe(-1);
    expect(at(...ascii('abc'), 0x7f)).toBe(-1);
    expect(at(0x80)).toBe(0);
    expect(at(...ascii('ab'), 0xbf)).toBe(2);
  });

  it('takes two-byte sequences from c2 to df, and refuses the overlong c0 and c1', () => {
    expect(at(0xc2, 0x80)).toBe(-1);
    expect(at(0xdf, 0xbf)).toBe(-1);
    expect(at(0xc1, 0xbf)).toBe(0);
    expect(at(0xc0, 0x80)).toBe(0);
  });

  it('takes three-byte sequences, refusing overlong e0 forms and the surrogates of ed', () => {
    expect(at(0xe0, 0xa0, 0x80)).toBe(-1);
    expect(at(0xe0, 0x9f, 0xbf)).toBe(0);
    expect(at(0xe1, 0x80, 0x80)).toBe(-1);
    expect(at(0xed, 0x9f, 0xbf)).toBe(-1);
    expect(at(0xed, 0xa0, 0x80)).toBe(0);
    expect(at(0xed, 0x80, 0xbf)).toBe(-1);
    expect(at(0xef, 0xbf, 0xbf)).toBe(-1);
  });

  it('takes four-byte sequences from f0 90 to f4 8f, and nothing above U+10FFFF', () => {
    expect(at(0xf0, 0x90, 0x80, 0x80)).toBe(-1);
    expect(at(0xf0, 0x8f, 0xbf, 0xbf)).toBe(0);
    expect(at(0xf1, 0x80, 0x80, 0x80)).toBe(-1);
    expect(at(0xf4, 0x8f, 0xbf, 0xbf)).toBe(-1);
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0);
    expect(at(0xf4, 0x80, 0xbf, 0xbf)).toBe(-1);
    expect(at(0xf5, 0x80, 0x80, 0x80)).toBe(0);
    expect(at(0xff)).toBe(0);
  });

  it('checks every continuation byte, the later ones against 80..bf', () => {
    expect(at(0xc2, 0x7f)).toBe(0);
    expect(at(0xc2, 0xc0)).toBe(0);
    expect(at(0xe1, 0x80, 0x7f)).toBe(0);
    expect(at(0xe1, 0x80, 0xc0)).toBe(0);
    expect(at(0xe1, 0xbf, 0xbf)).toBe(-1);
    expect(at(0xf1, 0x80, 0x80, 0xc0)).toBe(0);
  });

  it('points at the lead byte of a sequence cut short at the end', () => {
    expect(at(...ascii('ab'), 0xc2)).toBe(2);
    expect(at(...ascii('ab'), 0xe1, 0x80)).toBe(2);
    expect(at(0xf1, 0x80, 0x80)).toBe(0);
  });

  it('counts the bytes of valid sequences before the bad one', () => {
    expect(at(0xc2, 0x80, 0xff)).toBe(2);
    expect(at(0xe1, 0x80, 0x80, 0xff)).toBe(3);
    expect(at(0xf1, 0x80, 0x80, 0x80, 0xff)).toBe(4);
    // "Ка " in UTF-8, then a Windows-1251 "К" (0xca) followed by ASCII.
    expect(at(0xd0, 0x9a, 0xd0, 0xb0, 0x20, 0xca, 0x61)).toBe(5);
  });
});

// Windows-1251 bytes written by hand: П=cf р=f0 и=e8 в=e2 е=e5 т=f2, en dash=96, é of Latin-1 (e9) reads as й.
const PRIVET = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const cp1251 = (...bytes: number[]) => looksLikeWindows1251(Uint8Array.from(bytes));

describe('whether bytes are Russian text in Windows-1251', () => {
  it('says yes to Russian words, and no to plain ASCII', () => {
    expect(cp1251(...PRIVET, 0x20, ...PRIVET)).toBe(true);
    expect(cp1251(...ascii('plain text'))).toBe(false);
    expect(cp1251()).toBe(false);
  });

  it('says no to a lone accented letter of Latin-1, such as café', () => {
    expect(cp1251(...ascii('caf'), 0xe9)).toBe(false);
    expect(cp1251(...ascii('caf'), 0xe9, ...ascii(' and more'))).toBe(false);
  });

  it('counts a two-letter word as words, from either neighbour', () => {
    expect(cp1251(0xcf, 0xf0)).toBe(true);
    expect(cp1251(...ascii('a '), 0xcf, 0xf0, ...ascii(' b'))).toBe(true);
  });

  it('needs at least 9 in 10 non-ASCII characters to be Cyrillic', () => {
    // Nine Cyrillic letters in words and one en dash: 0.9.
    expect(cp1251(...PRIVET, 0xcf, 0xf0, 0xe8, 0x20, 0x96)).toBe(true);
    // Eight and one: 0.89.
    expect(cp1251(...PRIVET, 0xcf, 0xf0, 0x20, 0x96)).toBe(false);
  });

  it('needs at least 8 in 10 Cyrillic letters to stand in words', () => {
    // Four letters in a word and one alone: 0.8.
    expect(cp1251(0xcf, 0xf0, 0xe8, 0xe2, 0x20, 0xe5)).toBe(true);
    // Three and one: 0.75.
    expect(cp1251(0xcf, 0xf0, 0xe8, 0x20, 0xe5)).toBe(false);
  });
});
