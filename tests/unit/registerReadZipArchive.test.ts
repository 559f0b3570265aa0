// The zip reader and writer under the .xlsx import and export, at the edges the existing register
// tests leave open: headers with extra fields and comments (as Info-ZIP and LibreOffice write),
// the longest archive comment, each ZIP64 marker, the entry-count limit, the shared unpacking budget,
// and the exact bytes of what the export writes (read back here by hand, not with the code under test).
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listZip, readZipEntry, writeZip } from '../../src/lib/register/zip.ts';
import { unzipText, zipFailure, zipOf } from './registerHelpers.ts';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const budget = (entryBytes = 1000, remainingBytes = 1000) => ({ entryBytes, remainingBytes });

interface Part {
  name: string;
  data: string;
  stored?: boolean;
  localExtra?: number;
  centralExtra?: number;
  comment?: number;
}

/** A zip archive built by hand, with extra fields and comments of the given lengths (filled with 0x41). */
function zipWithExtras(parts: Part[], archiveComment = 0): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const raw = Buffer.from(p.data);
    const body = p.stored ? raw : deflateRawSync(raw);
    const localExtra = Buffer.alloc(p.localExtra ?? 0, 0x41);
    const centralExtra = Buffer.alloc(p.centralExtra ?? 0, 0x41);
    const comment = Buffer.alloc(p.comment ?? 0, 0x41);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(p.stored ? 0 : 8, 10);
    dir.writeUInt32LE(crc32(raw), 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(raw.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt16LE(centralExtra.length, 30);
    dir.writeUInt16LE(comment.length, 32);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, localExtra, body);
    central.push(dir, name, centralExtra, comment);
    offset += 30 + name.length + localExtra.length + body.length;
  }
  const size = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(archiveComment, 20);
  return new Uint8Array(Buffer.concat([...locals, ...central, end, Buffer.alloc(archiveComment, 0x20)]));
}

describe('listing the parts of an archive', () => {
  it('names its errors ZipError, so a log says which reader refused the file', () => {
    const e = zipFailure(() => listZip(new Uint8Array(0), 10));
    expect(e.name).toBe('ZipError');
    expect(String(e)).toBe('ZipError: it is not a zip archive (an .xlsx workbook is one)');
  });

  it('reads every part when headers carry extra fields and comments', () => {
    const zip = zipWithExtras([
      { name: 'xl/workbook.xml', data: '<workbook/>', localExtra: 9, centralExtra: 13, comment: 5 },
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>', localExtra: 4, centralExtra: 7, comment: 3 },
      { name: 'docProps/custom.xml', data: 'stored as is', stored: true, localExtra: 2 },
    ]);
    const entries = listZip(zip, 10);
    expect([...entries.keys()]).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'docProps/custom.xml']);
    expect(entries.get('docProps/custom.xml')).toMatchObject({ method: 0, flags: 0x0800, compressedSize: 12 });
    expect(entries.get('xl/workbook.xml')).toMatchObject({ method: 8, crc: crc32(Buffer.from('<workbook/>')), localOffset: 0 });
    expect(text(readZipEntry(zip, entries.get('xl/workbook.xml')!, budget()))).toBe('<workbook/>');
    expect(text(readZipEntry(zip, entries.get('xl/worksheets/sheet1.xml')!, budget()))).toBe('<worksheet/>');
    expect(text(readZipEntry(zip, entries.get('docProps/custom.xml')!, budget()))).toBe('stored as is');
  });

  it('reads part names written in UTF-8', () => {
    const zip = zipOf([{ name: 'реестр/лист.xml', data: 'x' }]);
    expect([...listZip(zip, 10).keys()]).toEqual(['реестр/лист.xml']);
  });

  it('finds the end record behind the longest comment a zip can have (65 535 bytes)', () => {
    const zip = zipWithExtras([{ name: 'a.txt', data: 'hello' }], 0xffff);
    const entries = listZip(zip, 10);
    expect(text(readZipEntry(zip, entries.get('a.txt')!, budget()))).toBe('hello');
  });

  it('reads an empty archive (nothing but the end record) as no parts', () => {
    expect(listZip(zipOf([]), 10).size).toBe(0);
  });

  it('says a file too short to hold an end record is not a zip archive', () => {
    for (const data of [new Uint8Array(0), new Uint8Array([0x50, 0x4b]), zipOf([]).subarray(1)])
      expect(zipFailure(() => listZip(data, 10)).message).toBe('it is not a zip archive (an .xlsx workbook is one)');
  });

  it('refuses each ZIP64 marker: the entry count, the table size, the table offset', () => {
    const zip = zipOf([{ name: 'a', data: '1' }]);
    for (const [at, bytes] of [
      [10, [0xff, 0xff]],
      [12, [0xff, 0xff, 0xff, 0xff]],
      [16, [0xff, 0xff, 0xff, 0xff]],
    ] as const) {
      const z = zip.slice();
      z.set(bytes, z.length - 22 + at);
      expect(zipFailure(() => listZip(z, 10)).message, String(at)).toBe('it is a ZIP64 archive, which no register needs');
    }
  });

  it('accepts exactly as many parts as allowed, and says how many there are when over', () => {
    const two = zipOf([
      { name: 'a', data: '1' },
      { name: 'b', data: '2' },
    ]);
    expect(listZip(two, 2).size).toBe(2);
    const over = zipFailure(() => listZip(two, 1));
    expect(over.message).toBe('it has 2 parts; a workbook has a few dozen at most');
    expect(over.limit).toBe('entries');
    expect(zipFailure(() => listZip(new Uint8Array(0), 1)).limit).toBeUndefined();
  });

  it('accepts a table of contents that ends exactly where the end record starts, and refuses one byte more', () => {
    const zip = zipOf([{ name: 'a', data: '1' }]);
    const view = new DataView(zip.buffer, zip.byteOffset);
    const size = view.getUint32(zip.length - 22 + 12, true);
    const fits = zip.slice();
    new DataView(fits.buffer).setUint32(fits.length - 22 + 12, size + 22, true);
    expect([...listZip(fits, 10).keys()]).toEqual(['a']);
    const cut = zip.slice();
    new DataView(cut.buffer).setUint32(cut.length - 22 + 12, size + 23, true);
    expect(zipFailure(() => listZip(cut, 10)).message).toBe('its table of contents is cut off');
  });

  it('says the table is damaged when it claims more parts than it holds', () => {
    const zip = zipOf([{ name: 'a', data: '1' }]);
    zip.set([2, 0], zip.length - 22 + 10);
    expect(zipFailure(() => listZip(zip, 10)).message).toBe('its table of contents is damaged');
  });
});

describe('unpacking a part within the budget', () => {
  const one = (data: string, stored = false) => {
    const zip = zipWithExtras([{ name: 'p.xml', data, stored }]);
    return { zip, entry: listZip(zip, 10).get('p.xml')! };
  };

  it('lowers the budget shared by the parts by the bytes each part unpacks to', () => {
    const { zip, entry } = one('123456');
    const b = budget(100, 20);
    readZipEntry(zip, entry, b);
    expect(b).toEqual({ entryBytes: 100, remainingBytes: 14 });
    readZipEntry(zip, entry, b);
    readZipEntry(zip, entry, b);
    expect(b.remainingBytes).toBe(2);
    const over = zipFailure(() => readZipEntry(zip, entry, b));
    expect(over.message).toBe('the part p.xml unpacks to more than 2 bytes');
    expect(over.limit).toBe('total');
  });

  it('names the per-part limit when both limits are equal, and the total one when it is lower', () => {
    for (const stored of [true, false]) {
      const { zip, entry } = one('123456', stored);
      expect(zipFailure(() => readZipEntry(zip, entry, budget(5, 5))).limit).toBe('entry');
      expect(zipFailure(() => readZipEntry(zip, entry, budget(5, 4))).limit).toBe('total');
      expect(zipFailure(() => readZipEntry(zip, entry, budget(4, 5))).limit).toBe('entry');
      expect(zipFailure(() => readZipEntry(zip, entry, budget(5, 4))).message).toBe('the part p.xml unpacks to more than 4 bytes');
    }
  });

  it('unpacks a deflated part of exactly the limit and refuses one byte more', () => {
    const { zip, entry } = one('123456');
    expect(text(readZipEntry(zip, entry, budget(6, 6)))).toBe('123456');
    expect(zipFailure(() => readZipEntry(zip, entry, budget(5, 100))).message).toBe('the part p.xml unpacks to more than 5 bytes');
  });

  it('unpacks an empty part even when the budget is spent, and refuses a non-empty one then', () => {
    const empty = one('');
    expect(readZipEntry(empty.zip, empty.entry, budget(100, 0))).toHaveLength(0);
    const full = one('x');
    expect(zipFailure(() => readZipEntry(full.zip, full.entry, budget(100, 0))).limit).toBe('total');
  });

  it('refuses a part whose checksum does not match, naming it', () => {
    const { zip, entry } = one('123456');
    expect(zipFailure(() => readZipEntry(zip, { ...entry, crc: entry.crc ^ 1 }, budget())).message).toBe(
      'the part p.xml is damaged (its checksum does not match)',
    );
  });

  it('refuses a part whose local header starts too close to the end to be whole', () => {
    const { zip, entry } = one('123456');
    for (const localOffset of [zip.length - 30, zip.length - 29, zip.length])
      expect(zipFailure(() => readZipEntry(zip, { ...entry, localOffset }, budget())).message).toBe('the part p.xml is damaged');
  });

  it('reads a stored part that ends exactly at the end of the data', () => {
    const bytes = new TextEncoder().encode('tail');
    const local = new Uint8Array(30 + 1 + bytes.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(26, 1, true);
    local[30] = 0x70; // "p"
    local.set(bytes, 31);
    const entry = { name: 'p', method: 0, flags: 0, crc: crc32(bytes), compressedSize: bytes.length, localOffset: 0 };
    expect(text(readZipEntry(local, entry, budget()))).toBe('tail');
    expect(zipFailure(() => readZipEntry(local, { ...entry, compressedSize: bytes.length + 1 }, budget())).message).toBe(
      'the part p is cut off',
    );
  });
});

describe('writing an archive', () => {
  const modified = new Date(Date.UTC(2026, 2, 15, 10, 20, 31));
  const files = [
    { name: 'a.xml', data: new TextEncoder().encode('<a>first</a>') },
    { name: 'dir/б.xml', data: new TextEncoder().encode('second part, a little longer') },
  ];

  it('writes parts that any zip reader unpacks, in the given order', () => {
    const zip = writeZip(files, modified);
    expect(unzipText(zip)).toEqual({ 'a.xml': '<a>first</a>', 'dir/б.xml': 'second part, a little longer' });
    expect(Object.keys(unzipText(zip))).toEqual(['a.xml', 'dir/б.xml']);
    const entries = listZip(zip, 10);
    expect(text(readZipEntry(zip, entries.get('dir/б.xml')!, budget()))).toBe('second part, a little longer');
  });

  it('writes standard headers: deflate, UTF-8 names, sizes, checksums, the date and time, and offsets', () => {
    const zip = writeZip(files, modified);
    const b = Buffer.from(zip);
    // DOS date and time: (year-1980)<<9 | month<<5 | day, hours<<11 | minutes<<5 | seconds/2.
    const date = (46 << 9) | (3 << 5) | 15;
    const time = (10 << 11) | (20 << 5) | 15;
    const nameA = Buffer.from('a.xml');
    const packedA = deflateRawSync(files[0]!.data).length;
    // First local header.
    expect(b.readUInt32LE(0)).toBe(0x04034b50);
    expect(b.readUInt16LE(4)).toBe(20);
    expect(b.readUInt16LE(6)).toBe(0x0800);
    expect(b.readUInt16LE(8)).toBe(8);
    expect(b.readUInt16LE(10)).toBe(time);
    expect(b.readUInt16LE(12)).toBe(date);
    expect(b.readUInt32LE(14)).toBe(crc32(files[0]!.data));
    expect(b.readUInt32LE(18)).toBe(packedA);
    expect(b.readUInt32LE(22)).toBe(12);
    expect(b.readUInt16LE(26)).toBe(5);
    expect(b.readUInt16LE(28)).toBe(0);
    expect(b.subarray(30, 35).equals(nameA)).toBe(true);
    // Second local header, right after the first part.
    const second = 30 + 5 + packedA;
    expect(b.readUInt32LE(second)).toBe(0x04034b50);
    expect(b.readUInt16LE(second + 26)).toBe(Buffer.from('dir/б.xml').length);
    // End record and central directory.
    const end = b.length - 22;
    expect(b.readUInt32LE(end)).toBe(0x06054b50);
    expect(b.readUInt16LE(end + 4)).toBe(0);
    expect(b.readUInt16LE(end + 6)).toBe(0);
    expect(b.readUInt16LE(end + 8)).toBe(2);
    expect(b.readUInt16LE(end + 10)).toBe(2);
    expect(b.readUInt16LE(end + 20)).toBe(0);
    const centralAt = b.readUInt32LE(end + 16);
    expect(centralAt + b.readUInt32LE(end + 12)).toBe(end);
    expect(b.readUInt32LE(centralAt)).toBe(0x02014b50);
    expect(b.readUInt16LE(centralAt + 4)).toBe(20);
    expect(b.readUInt16LE(centralAt + 6)).toBe(20);
    expect(b.readUInt16LE(centralAt + 8)).toBe(0x0800);
    expect(b.readUInt16LE(centralAt + 10)).toBe(8);
    expect(b.readUInt16LE(centralAt + 12)).toBe(time);
    expect(b.readUInt16LE(centralAt + 14)).toBe(date);
    expect(b.readUInt32LE(centralAt + 16)).toBe(crc32(files[0]!.data));
    expect(b.readUInt32LE(centralAt + 20)).toBe(packedA);
    expect(b.readUInt32LE(centralAt + 24)).toBe(12);
    expect(b.readUInt16LE(centralAt + 28)).toBe(5);
    expect(b.readUInt32LE(centralAt + 42)).toBe(0);
    const secondCentral = centralAt + 46 + 5;
    expect(b.readUInt32LE(secondCentral)).toBe(0x02014b50);
    expect(b.readUInt32LE(secondCentral + 42)).toBe(second);
    expect(b.readUInt32LE(secondCentral + 24)).toBe(files[1]!.data.length);
  });

  it('keeps dates zip cannot hold within its years 1980 to 2107', () => {
    const dateOf = (d: Date) => Buffer.from(writeZip([{ name: 'a', data: new Uint8Array(1) }], d)).readUInt16LE(12);
    expect(dateOf(new Date(Date.UTC(1970, 0, 1)))).toBe((0 << 9) | (1 << 5) | 1);
    expect(dateOf(new Date(Date.UTC(2200, 11, 31)))).toBe((127 << 9) | (12 << 5) | 31);
    expect(dateOf(new Date(Date.UTC(1980, 0, 2)))).toBe((0 << 9) | (1 << 5) | 2);
    expect(dateOf(new Date(Date.UTC(2107, 5, 30)))).toBe((127 << 9) | (6 << 5) | 30);
  });

  it('uses the UTC time of day', () => {
    const timeOf = (d: Date) => Buffer.from(writeZip([{ name: 'a', data: new Uint8Array(1) }], d)).readUInt16LE(10);
    expect(timeOf(new Date(Date.UTC(2026, 0, 1, 23, 59, 59)))).toBe((23 << 11) | (59 << 5) | 29);
  });
});
