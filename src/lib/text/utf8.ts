/**
 * Byte-level checks shared by everything that reads files officials save (content files and audit
 * registers): where strict UTF-8 decoding fails, and whether the bytes are really Windows-1251, the
 * encoding old Windows editors and Excel's plain "CSV" use in a Russian locale.
 */

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1 when all are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the allowed range of the first one
    // (which rules out overlong forms, surrogates and code points above U+10FFFF).
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * True when the bytes read as Windows-1251 give Russian-looking text: nearly every non-ASCII
 * character is a Cyrillic letter, and they come in words rather than alone (a lone é of Latin-1
 * "café" also reads as a Cyrillic letter). False where the runtime has no Windows-1251 decoder.
 */
export function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('windows-1251').decode(bytes);
  } catch {
    return false;
  }
  const chars = [...text];
  const cyr = (ch: string | undefined) => ch !== undefined && /\p{Script=Cyrillic}/u.test(ch);
  let high = 0;
  let cyrillic = 0;
  let inWords = 0;
  chars.forEach((ch, i) => {
    if (ch.codePointAt(0)! < 0x80) return;
    high++;
    if (!cyr(ch)) return;
    cyrillic++;
    if (cyr(chars[i - 1]) || cyr(chars[i + 1])) inWords++;
  });
  return high > 0 && cyrillic / high >= 0.9 && inWords / cyrillic >= 0.8;
}
