import { firstInvalidUtf8, looksLikeWindows1251 } from '../text/utf8.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Content files are read as bytes and decoded as strict UTF-8. Reading them with `readFileSync(path, 'utf8')`
 * silently turns the bytes of another encoding (a facts.yaml saved as Windows-1251 by an old editor) into
 * U+FFFD, so the site would publish "�����" where the official typed "Балхаш", and the checker would not notice.
 */

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const REPLACEMENT = '\uFFFD';
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** The fix for a file in the wrong encoding, in the words of the editors officials use. */
export const SAVE_AS_UTF8 =
  'save the file as UTF-8: in Notepad, File → Save as → Encoding: UTF-8; in VS Code, click the encoding at the bottom right → Save with Encoding → UTF-8; then check that the Russian and Kazakh letters read correctly';

/** 1-based line of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * A guess at the encoding of bytes that are not UTF-8, so the message can say what happened. Decoded as
 * Windows-1251, a Russian or Kazakh file saved by an old Windows editor turns into Cyrillic letters (with
 * quotes, dashes and №): when most of its non-ASCII characters are Cyrillic letters, that is what it is.
 */
export function guessEncoding(bytes: Uint8Array): 'windows-1251' | 'utf-16' | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'utf-16';
  if (bytes.filter((b) => b === 0).length > bytes.length / 8) return 'utf-16';
  return looksLikeWindows1251(bytes) ? 'windows-1251' : undefined;
}

/** 1-based numbers of the lines of `text` that match `pattern`. */
function linesWith(text: string, pattern: RegExp): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (pattern.test(line)) lines.push(i + 1);
  });
  return lines;
}

/**
 * Decodes a content file as strict UTF-8 (a leading byte-order mark is allowed and dropped). Returns
 * undefined, with a problem naming the line of the first bad byte, when the bytes are not UTF-8; reports
 * every line that contains U+FFFD, the mark left where an earlier conversion lost letters (unless
 * `flagReplacementChar` is false: the guide to these messages has to quote the character).
 */
export function decodeUtf8(
  bytes: Uint8Array,
  file: string,
  problems: ContentProblem[],
  { flagReplacementChar = true }: { flagReplacementChar?: boolean } = {},
): string | undefined {
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const guess = guessEncoding(bytes);
    const looks =
      guess === 'windows-1251'
        ? ': it looks like Windows-1251, the old Russian Windows encoding'
        : guess === 'utf-16'
          ? ': it looks like UTF-16 (“Unicode” in Notepad)'
          : '';
    problems.push({
      severity: 'error',
      file,
      line: lineOfByte(body, bad),
      message: `the file is not saved as UTF-8, so its letters would show as �; this line has the first character that cannot be read${looks}`,
      hint: SAVE_AS_UTF8,
    });
    return undefined;
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  // Direction controls make a line display differently from what it contains ("Trojan Source"), so a reviewer
  // could approve text that is not what they read. Russian, Kazakh and English never need them.
  for (const line of linesWith(text, BIDI_CONTROLS)) {
    problems.push({
      severity: 'error',
      file,
      line,
      message:
        'the line contains an invisible character that changes the direction of the text (U+202A–U+202E or U+2066–U+2069), so it may not read the way it looks',
      hint: 'retype the line, or delete the invisible character (in VS Code it shows as a highlighted box)',
    });
  }
  if (!flagReplacementChar) return text;
  for (const line of linesWith(text, new RegExp(REPLACEMENT))) {
    problems.push({
      severity: 'error',
      file,
      line,
      message: 'the text contains �, a character that replaced letters lost in an earlier conversion',
      hint: 'retype the letters where � stands (copying from the original document again usually works)',
    });
  }
  return text;
}
