// Helpers for the register tests: copies of the good content fixture, a Windows-1251 encoder, and
// a zip/xlsx builder written independently of src/lib/register, so hostile workbooks can be made
// byte by byte (lying sizes, pre-deflated bombs) without trusting the code under test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { RegisterFileError } from '../../src/lib/register/problems.ts';
import { XmlError } from '../../src/lib/register/xml.ts';
import { ZipError } from '../../src/lib/register/zip.ts';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { TODAY, fixtureWith } from './helpers.ts';

/** A temporary copy of tests/fixtures/content-good (never content/). */
export const contentFixture = (edit: (dir: string) => void = () => {}) => fixtureWith(edit);

/** Offers as the export takes them. */
export function offersOf(dir: string) {
  const { tree, problems } = loadContent(dir, { root: join(dir, '..'), today: TODAY });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`fixture has errors: ${JSON.stringify(errors)}`);
  return tree.offers.map((o) => ({
    id: o.id,
    facts: o.facts,
    texts: Object.fromEntries(Object.entries(o.texts).map(([l, t]) => [l, t.data])),
  }));
}

/** Every file under the content folder with its text, dot files (temporary files) included. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((f) => [f.slice(dir.length + 1), readFileSync(f, 'utf8')]),
  );
}

/** Windows-1251, by hand: ASCII as is, the Russian alphabet and Ё/ё, І/і; anything else becomes "?" as Excel does. */
export function toCp1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f)
      out.push(c - 0x410 + 0xc0); // А…я
    else if (c === 0x401)
      out.push(0xa8); // Ё
    else if (c === 0x451)
      out.push(0xb8); // ё
    else if (c === 0x406)
      out.push(0xb2); // І
    else if (c === 0x456)
      out.push(0xb3); // і
    else if (c === 0xfeff)
      continue; // ANSI files have no byte-order mark
    else out.push(0x3f); // ?
  }
  return Uint8Array.from(out);
}

export interface RawEntry {
  name: string;
  /** Content, stored or deflated here. */
  data?: Uint8Array | string;
  /** Already deflated content (for bombs); `size` is then what the archive claims. */
  deflated?: Uint8Array;
  size?: number;
  /** Checksum of pre-deflated content (0 if not given). */
  crc?: number;
}

/** A zip archive, built by hand: local headers, central directory, end record. */
export function zipOf(entries: readonly RawEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const raw = typeof e.data === 'string' ? Buffer.from(e.data) : e.data ? Buffer.from(e.data) : undefined;
    const body = e.deflated ? Buffer.from(e.deflated) : deflateRawSync(raw ?? Buffer.alloc(0));
    const crc = raw ? crc32(raw) : (e.crc ?? 0);
    const size = e.size ?? raw?.length ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const size = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts around a sheet: package and workbook relationships, the workbook. Overrides replace or add parts. */
export function workbookOf(sheetData: string, parts: Record<string, string | RawEntry> = {}): Uint8Array {
  const base: Record<string, string | RawEntry> = {
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${MAIN} xmlns:r="${REL}"><sheets><sheet name="register" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet ${MAIN}><sheetData>${sheetData}</sheetData></worksheet>`,
    ...parts,
  };
  return zipOf(Object.entries(base).map(([name, v]) => (typeof v === 'string' ? { name, data: v } : { ...v, name })));
}

/** An inline-string cell. */
export const textCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** `size` bytes of zeros, deflated as a stream (so the test never holds them in memory): about 1 KB per MB; with their checksum. */
export async function deflatedZeros(size: number): Promise<{ deflated: Uint8Array; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(1 << 20);
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return { deflated: new Uint8Array(Buffer.concat(out)), crc };
}

/** The parts of a zip archive as text, read by hand from its central directory (independent of src/lib/register/zip.ts). */
export function unzipText(zip: Uint8Array): Record<string, string> {
  const b = Buffer.from(zip);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = b.readUInt32LE(end + 16);
  const out: Record<string, string> = {};
  for (let i = 0; i < b.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength, extra, comment, offset] = [
      b.readUInt16LE(p + 10),
      b.readUInt32LE(p + 20),
      b.readUInt16LE(p + 28),
      b.readUInt16LE(p + 30),
      b.readUInt16LE(p + 32),
      b.readUInt32LE(p + 42),
    ];
    const name = b.toString('utf8', p + 46, p + 46 + nameLength);
    const start = offset + 30 + b.readUInt16LE(offset + 26) + b.readUInt16LE(offset + 28);
    const body = b.subarray(start, start + size);
    out[name] = (method === 8 ? inflateRawSync(body) : body).toString('utf8');
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

/** The RegisterFileError a reader throws for a refused file, so its problems can be inspected. */
export function refusal(fn: () => unknown): RegisterFileError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RegisterFileError) return e;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

/** The message of the XmlError `fn` throws (anything else is rethrown). */
export function xmlFailure(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof XmlError) return e.message;
    throw e;
  }
  throw new Error('expected an XmlError');
}

/** The ZipError `fn` throws (anything else is rethrown). */
export function zipFailure(fn: () => unknown): ZipError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ZipError) return e;
    throw e;
  }
  throw new Error('expected a ZipError');
}
