// The two hand-written readers under the .xlsx import: the XML tokeniser and the zip reader. A
// workbook is hostile input, so both must refuse precisely (saying what is wrong, for the "file is
// damaged" message) and accept exactly what XML 1.0 and zip allow.
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readRegisterXlsx } from '../../src/lib/register/io.ts';
import { decodeXmlText, xmlTokens } from '../../src/lib/register/xml.ts';
import { listZip, readZipEntry } from '../../src/lib/register/zip.ts';
import { refusal, workbookOf, xmlFailure, zipFailure, zipOf } from './registerHelpers.ts';

const tokens = (xml: string) => [...xmlTokens(xml)];

describe('character references', () => {
  it('decodes references to every kind of character XML 1.0 allows, at the edges of each range', () => {
    // The ranges of XML 1.0 §2.2: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    expect(decodeXmlText('&#9;&#10;&#13;')).toBe('\t\n\r');
    expect(decodeXmlText('&#32;&#65;&#xD7FF;')).toBe(' A\uD7FF');
    expect(decodeXmlText('&#xE000;&#xfffd;')).toBe('\uE000\uFFFD');
    expect(decodeXmlText('&#x10000;&#x10FFFF;')).toBe('\u{10000}\u{10FFFF}');
  });

  it('refuses references to characters XML cannot hold', () => {
    for (const ref of ['&#31;', '&#8;', '&#xD800;', '&#xDFFF;', '&#xFFFE;', '&#x110000;']) {
      expect(xmlFailure(() => decodeXmlText(`a${ref}b`))).toBe(`the reference ${ref} is not one XML defines`);
    }
  });

  it('refuses hexadecimal references with stray letters, no digits or more than six digits', () => {
    for (const ref of ['&#x41g;', '&#x;', '&#x0000041;', '&#xG;']) {
      expect(xmlFailure(() => decodeXmlText(ref))).toBe(`the reference ${ref} is not one XML defines`);
    }
  });

  it('refuses an unknown entity and a lone ampersand, saying which', () => {
    expect(xmlFailure(() => decodeXmlText('Tom &nbsp; Jerry'))).toBe('the reference &nbsp; is not one XML defines');
    expect(xmlFailure(() => decodeXmlText('Tom & Jerry'))).toBe('an "&" that starts no entity');
  });
});

describe('XML tokens', () => {
  it('skips comments and gives CDATA sections as plain text, markup included', () => {
    expect(tokens('<t>a<!-- note -->b<![CDATA[x < y & z]]></t>')).toEqual([
      { kind: 'open', name: 't', attrs: {}, selfClosing: false },
      { kind: 'text', text: 'a' },
      { kind: 'text', text: 'b' },
      { kind: 'text', text: 'x < y & z' },
      { kind: 'close', name: 't' },
    ]);
  });

  it('ends a comment at its own -->, not at one in the text before it', () => {
    expect(tokens('<t>a --><!-- c --></t>')).toEqual([
      { kind: 'open', name: 't', attrs: {}, selfClosing: false },
      { kind: 'text', text: 'a -->' },
      { kind: 'close', name: 't' },
    ]);
  });

  it('reads attributes in single or double quotes with spaces around the =', () => {
    expect(tokens(`<c r = "B2"  t= 'inlineStr' s ='1'/>`)).toEqual([
      { kind: 'open', name: 'c', attrs: { r: 'B2', t: 'inlineStr', s: '1' }, selfClosing: true },
    ]);
  });

  it('says what is wrong with malformed markup', () => {
    const cases: Array<[string, string]> = [
      ['<a>x</a', 'a closing tag never ends'],
      ['<?xml version="1.0"', 'a "?>" is missing'],
      ['<a><!-- open', 'a "-->" is missing'],
      ['< a/>', 'a tag has no name'],
      ['<a b="1"', 'the tag <a> never ends'],
      ['<a / >', 'a stray "/" in <a>'],
      ['<a ="1">', 'a stray character in <a>'],
      ['<a b>', 'the attribute b in <a> has no value'],
      ['<a b=1>', 'the attribute b in <a> is not quoted'],
      ['<a b="1>', 'the attribute b in <a> never ends'],
    ];
    for (const [xml, message] of cases)
      expect(
        xmlFailure(() => tokens(xml)),
        xml,
      ).toBe(message);
  });
});

/** A one-part archive whose part is stored as is (method 0), as some zip tools write small parts. */
function storedZip(text: string) {
  const bytes = new TextEncoder().encode(text);
  const zip = zipOf([{ name: 'part.xml', deflated: bytes, crc: crc32(bytes), size: bytes.length }]);
  const entry = { ...listZip(zip, 10).get('part.xml')!, method: 0 };
  return { zip, entry };
}

describe('zip archives', () => {
  it('finds the table of contents behind an archive comment', () => {
    const zip = zipOf([{ name: 'a.txt', data: 'hello' }]);
    const comment = new TextEncoder().encode('saved by a tool');
    const withComment = new Uint8Array(zip.length + comment.length);
    withComment.set(zip);
    withComment.set(comment, zip.length);
    // The end record's comment length (its last two bytes) says how long the comment is.
    withComment[zip.length - 2] = comment.length;
    const entries = listZip(withComment, 10);
    expect([...entries.keys()]).toEqual(['a.txt']);
    expect(new TextDecoder().decode(readZipEntry(withComment, entries.get('a.txt')!, { entryBytes: 100, remainingBytes: 100 }))).toBe(
      'hello',
    );
  });

  it('refuses archives that are not zip, too many parts, a cut-off or damaged table, and a part twice', () => {
    expect(zipFailure(() => listZip(new TextEncoder().encode('id,kind\r\nshaitankol-glamping,land-plot\r\n'), 10)).message).toBe(
      'it is not a zip archive (an .xlsx workbook is one)',
    );
    const three = zipOf([
      { name: 'a', data: '1' },
      { name: 'b', data: '2' },
      { name: 'c', data: '3' },
    ]);
    const many = zipFailure(() => listZip(three, 2));
    expect(many.message).toBe('it has 3 parts; a workbook has a few dozen at most');
    expect(many.limit).toBe('entries');
    const cut = three.slice();
    cut[cut.length - 22 + 13] = 0xff; // the table's declared size, now tens of kilobytes past the end of the data
    expect(zipFailure(() => listZip(cut, 10)).message).toBe('its table of contents is cut off');
    const damaged = three.slice();
    damaged[damaged.length - 22 - 3 * 47] = 0; // first byte of the first table entry's signature (46 bytes + a 1-byte name each)
    expect(zipFailure(() => listZip(damaged, 10)).message).toBe('its table of contents is damaged');
    const twice = zipOf([
      { name: 'a', data: '1' },
      { name: 'a', data: '2' },
    ]);
    expect(zipFailure(() => listZip(twice, 10)).message).toBe('the part a appears twice');
  });

  it('refuses a ZIP64 archive', () => {
    const zip = zipOf([{ name: 'a', data: '1' }]);
    zip.set([0xff, 0xff], zip.length - 22 + 10); // the entry count ZIP64 archives write
    expect(zipFailure(() => listZip(zip, 10)).message).toBe('it is a ZIP64 archive, which no register needs');
  });

  it('reads a stored part up to the size limit and refuses one byte more', () => {
    const { zip, entry } = storedZip('12345');
    expect(new TextDecoder().decode(readZipEntry(zip, entry, { entryBytes: 5, remainingBytes: 100 }))).toBe('12345');
    const over = zipFailure(() => readZipEntry(zip, entry, { entryBytes: 4, remainingBytes: 100 }));
    expect(over.message).toBe('the part part.xml unpacks to more than 4 bytes');
    expect(over.limit).toBe('entry');
  });

  it('refuses encrypted, damaged, cut-off and oddly compressed parts, naming the part', () => {
    const { zip, entry } = storedZip('12345');
    const budget = () => ({ entryBytes: 100, remainingBytes: 100 });
    expect(zipFailure(() => readZipEntry(zip, { ...entry, flags: 1 }, budget())).message).toBe('the part part.xml is encrypted');
    expect(zipFailure(() => readZipEntry(zip, { ...entry, localOffset: 3 }, budget())).message).toBe('the part part.xml is damaged');
    expect(zipFailure(() => readZipEntry(zip, { ...entry, compressedSize: zip.length }, budget())).message).toBe(
      'the part part.xml is cut off',
    );
    expect(zipFailure(() => readZipEntry(zip, { ...entry, method: 12 }, budget())).message).toBe(
      'the part part.xml uses compression method 12, which spreadsheets do not use',
    );
    // "12345" is not a deflate stream: inflating it fails, and the message keeps zlib's reason.
    expect(zipFailure(() => readZipEntry(zip, { ...entry, method: 8 }, budget())).message).toMatch(
      /^the part part\.xml is damaged \(.+\)$/,
    );
  });

  it('tells an official with an encrypted workbook that it cannot be read and how to save it again', () => {
    const zip = workbookOf('');
    // Set the "encrypted" flag in the central directory entry of the first part (_rels/.rels).
    const start = zip.length - 22 - new DataView(zip.buffer, zip.byteOffset).getUint32(zip.length - 22 + 12, true);
    zip[start + 8] = 1;
    const message = refusal(() => readRegisterXlsx(zip)).problems[0]!.message;
    expect(message).toContain('The workbook cannot be read: the part _rels/.rels is encrypted. Open it in Excel and save it again');
  });
});
