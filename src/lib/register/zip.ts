import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * The zip container of an .xlsx, read and written with Node's own zlib (no dependency).
 * Reading trusts nothing the archive declares about sizes: each part is inflated with a hard cap
 * on the bytes actually produced, so a zip bomb stops at the cap instead of filling memory.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  localOffset: number;
}

/** Why an archive cannot be read; `limit` is set when a size limit was reached. */
export class ZipError extends Error {
  override name = 'ZipError';
  readonly limit: 'entry' | 'total' | 'entries' | undefined;
  constructor(message: string, limit?: 'entry' | 'total' | 'entries') {
    super(message);
    this.limit = limit;
  }
}

const u16 = (d: Uint8Array, o: number) => d[o]! | (d[o + 1]! << 8);
const u32 = (d: Uint8Array, o: number) => (d[o]! | (d[o + 1]! << 8) | (d[o + 2]! << 16) | (d[o + 3]! << 24)) >>> 0;

/** The archive's table of contents, from its central directory. */
export function listZip(data: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  // The end record is in the last 22 bytes plus a comment of up to 65 535 bytes.
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (u32(data, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('it is not a zip archive (an .xlsx workbook is one)');
  const count = u16(data, end + 10);
  const size = u32(data, end + 12);
  const offset = u32(data, end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw new ZipError('it is a ZIP64 archive, which no register needs');
  if (count > maxEntries) throw new ZipError(`it has ${count} parts; a workbook has a few dozen at most`, 'entries');
  if (offset + size > data.length) throw new ZipError('its table of contents is cut off');
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > data.length || u32(data, p) !== 0x02014b50) throw new ZipError('its table of contents is damaged');
    const nameLength = u16(data, p + 28);
    const extraLength = u16(data, p + 30);
    const commentLength = u16(data, p + 32);
    const name = new TextDecoder().decode(data.subarray(p + 46, p + 46 + nameLength));
    if (entries.has(name)) throw new ZipError(`the part ${name} appears twice`);
    entries.set(name, {
      name,
      flags: u16(data, p + 8),
      method: u16(data, p + 10),
      crc: u32(data, p + 16),
      compressedSize: u32(data, p + 20),
      localOffset: u32(data, p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Counts inflated bytes across the parts of one archive. */
export interface InflateBudget {
  /** Most bytes one part may unpack to. */
  entryBytes: number;
  /** Bytes the remaining parts may unpack to, together; lowered by every part read. */
  remainingBytes: number;
}

/** The unpacked bytes of one part, within the budget. */
export function readZipEntry(data: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  if (entry.flags & 0x1) throw new ZipError(`the part ${entry.name} is encrypted`);
  const at = entry.localOffset;
  if (at + 30 > data.length || u32(data, at) !== 0x04034b50) throw new ZipError(`the part ${entry.name} is damaged`);
  const start = at + 30 + u16(data, at + 26) + u16(data, at + 28);
  const stop = start + entry.compressedSize;
  if (stop > data.length) throw new ZipError(`the part ${entry.name} is cut off`);
  const packed = data.subarray(start, stop);
  const cap = Math.min(budget.entryBytes, budget.remainingBytes);
  const over = () =>
    new ZipError(`the part ${entry.name} unpacks to more than ${cap} bytes`, cap === budget.entryBytes ? 'entry' : 'total');
  let out: Uint8Array;
  if (entry.method === 0) {
    if (packed.length > cap) throw over();
    out = packed;
  } else if (entry.method === 8) {
    try {
      // maxOutputLength makes zlib stop as soon as the output passes the cap: real bytes, not the declared size.
      out = inflateRawSync(packed, { maxOutputLength: Math.max(1, cap) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw over();
      throw new ZipError(`the part ${entry.name} is damaged (${(e as Error).message})`);
    }
    // zlib needs a cap of at least 1 byte: with nothing left, a 1-byte part would otherwise pass.
    if (out.length > cap) throw over();
  } else throw new ZipError(`the part ${entry.name} uses compression method ${entry.method}, which spreadsheets do not use`);
  if (crc32(out) !== entry.crc) throw new ZipError(`the part ${entry.name} is damaged (its checksum does not match)`);
  budget.remainingBytes -= out.length;
  return out;
}

/** DOS date and time, as zip headers keep them (local time fields, two-second steps). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** A zip archive of the given parts, deflated, in the given order. */
export function writeZip(files: ReadonlyArray<{ name: string; data: Uint8Array }>, modified: Date): Uint8Array {
  const { date, time } = dosDateTime(modified);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = new TextEncoder().encode(file.name);
    const packed = deflateRawSync(file.data);
    const crc = crc32(file.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    lv.setUint16(6, 0x0800, true); // names are UTF-8
    lv.setUint16(8, 8, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, file.data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, packed.length, true);
    cv.setUint32(24, file.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, packed);
    centrals.push(central);
    offset += local.length + packed.length;
  }
  const centralSize = centrals.reduce((s, c) => s + c.length, 0);
  const endRecord = new Uint8Array(22);
  const ev = new DataView(endRecord.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let p = 0;
  for (const part of [...locals, ...centrals, endRecord]) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}
