import { firstInvalidUtf8, looksLikeWindows1251 } from '../text/utf8.ts';
import { RegisterFileError } from './problems.ts';

export { firstInvalidUtf8 };

/**
 * Decoding a CSV register: strict UTF-8 only. Excel in a Russian locale saves "CSV" as Windows-1251
 * by default; read as UTF-8 that turns every Cyrillic letter into U+FFFD. Guessing the encoding would
 * be worse (Windows-1251 has no ә ғ қ ң ө ұ ү һ, so Kazakh text is already lost as "?"), so the
 * import refuses and says how to save the file as UTF-8.
 */

/** The spreadsheet row a byte offset falls on: line breaks inside quoted cells do not start a row. */
export function csvRowAt(bytes: Uint8Array, offset: number): number {
  let row = 1;
  let quoted = false;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x0a && !quoted) row++;
  }
  return row;
}

const HOW_TO_SAVE_RU =
  'Как исправить: откройте таблицу в Excel, выберите Файл → Сохранить как → тип файла «CSV UTF-8 (разделитель — запятая) (*.csv)» и загрузите новый файл. ' +
  'Можно загрузить и саму книгу .xlsx. Если в таблице есть казахский текст, сохраните заново из исходной книги .xlsx: в кодировке Windows-1251 нет букв ә ғ қ ң ө ұ ү һ, и они уже могли замениться на «?».';
const HOW_TO_SAVE_EN =
  'How to fix it: open the table in Excel, choose File → Save As → file type "CSV UTF-8 (Comma delimited) (*.csv)" and import the new file. ' +
  'You can also import the .xlsx workbook itself. If the table has Kazakh text, save again from the original .xlsx workbook: Windows-1251 has no letters ә ғ қ ң ө ұ ү һ, so they may already have become "?".';

/**
 * The text of a CSV register, decoded as strict UTF-8 (a byte-order mark is allowed and removed).
 * Throws a RegisterFileError, in Russian and English, naming the file and the row of the first bad byte.
 */
export function decodeRegisterCsv(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new RegisterFileError(file, [
      {
        message: [
          `Файл ${file} сохранён как «Текст Юникод» (UTF-16), а не CSV UTF-8, поэтому ничего не записано.`,
          HOW_TO_SAVE_RU,
          `The file ${file} was saved as "Unicode Text" (UTF-16), not CSV UTF-8, so nothing was written.`,
          HOW_TO_SAVE_EN,
        ].join('\n'),
      },
    ]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const row = bad >= 0 ? csvRowAt(bytes, bad) : undefined;
    const byte = bad >= 0 ? `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}` : '';
    const cp1251 = looksLikeWindows1251(bytes);
    throw new RegisterFileError(file, [
      {
        row,
        message: [
          `Файл ${file} не в кодировке UTF-8${row ? ` (первый неверный байт ${byte} — в строке ${row})` : ''}, поэтому ничего не записано: русский и казахский текст превратился бы в «���».`,
          ...(cp1251
            ? ['Похоже, файл сохранён в кодировке Windows-1251 (ANSI): так Excel по умолчанию сохраняет тип «CSV (разделители — запятые)».']
            : []),
          HOW_TO_SAVE_RU,
          `The file ${file} is not UTF-8${row ? ` (the first bad byte, ${byte}, is on row ${row})` : ''}, so nothing was written: Russian and Kazakh text would have turned into "���".`,
          ...(cp1251
            ? [
                'The file looks like it was saved as Windows-1251 (ANSI), which is what Excel saves for the plain "CSV (Comma delimited)" type.',
              ]
            : []),
          HOW_TO_SAVE_EN,
        ].join('\n'),
      },
    ]);
  }
}
