import { readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import {
  CONTENT_LAYOUT,
  FOLDER_COLLECTIONS,
  GUIDE_FOLDER,
  LANGUAGE_TRAPS_FILE,
  LIST_COLLECTIONS,
  TOP_README,
  entryTextFiles,
  type FolderCollection,
} from '../content/layout.ts';
import { lstatOrUndefined, readBytesNoFollow, symlinkProblem, tooBigProblem } from './fileAccess.ts';
import { MAX_DOC_FILE_BYTES, MAX_PDF_BYTES, MAX_PHOTO_BYTES } from './limits.ts';
import type { ContentProblem } from './problems.ts';
import { readContentText } from './readContentTree.ts';

/**
 * Which files may be in content/ at all. The build turns files it finds into modules (every photo in an
 * offer folder is imported; an MDX image imports whatever it names), so a stray `evil.mjs`, an `.svg` with a
 * script or an HTML page renamed `.png` is a way to run code at build time or on our origin. The checker
 * therefore accepts only the files content needs, checks that each photo really is the image its name says,
 * and refuses symbolic links everywhere.
 */

// Every allowed name comes from the one content layout, so a new collection is allowed (and checked) at once.
const TOP_FILES = new Set([...LIST_COLLECTIONS.map((name) => CONTENT_LAYOUT[name].file), TOP_README]);
const FOLDERS: ReadonlyMap<string, FolderCollection> = new Map(
  FOLDER_COLLECTIONS.map((name) => [CONTENT_LAYOUT[name].folder, CONTENT_LAYOUT[name]]),
);
const TOP_FOLDERS = new Set([...FOLDERS.keys(), GUIDE_FOLDER]);
/** Photo extensions the site's image pipeline takes, in the form the guide gives. */
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** What a file's first bytes say it is, for the photo and PDF types content may hold. */
export type Sniffed = 'jpeg' | 'png' | 'webp' | 'avif' | 'pdf' | 'gif' | 'text' | 'unknown';

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** Reads the type from the first bytes (the "magic number"), the way an image decoder or a browser would. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    // ISO-BMFF: the major brand at 8, compatible brands from 16 to the end of the ftyp box.
    const boxEnd = Math.min(bytes.length, (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!);
    const brands = [ascii(bytes, 8, 12)];
    for (let i = 16; i + 4 <= boxEnd; i += 4) brands.push(ascii(bytes, i, i + 4));
    return brands.some((b) => b === 'avif' || b === 'avis') ? 'avif' : 'unknown';
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (/^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*</.test(ascii(bytes, 0, Math.min(bytes.length, 64)))) return 'text';
  return 'unknown';
}

const IMAGE_KINDS = new Set<Sniffed>(['jpeg', 'png', 'webp', 'avif']);
const EXPECTED: Record<string, Sniffed> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.avif': 'avif',
  '.pdf': 'pdf',
};
const DESCRIBED: Record<Sniffed, string> = {
  jpeg: 'a JPEG photo',
  png: 'a PNG image',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  pdf: 'a PDF document',
  gif: 'a GIF image, which the site does not use',
  text: 'text (SVG or HTML code, which could run a script on the site)',
  unknown: 'not a file type the site knows',
};

/** The photo and PDF files found in each offer folder, for the "not listed in facts.yaml" warnings. */
export interface ContentFiles {
  photosByOffer: Map<string, string[]>;
  pdfsByOffer: Map<string, string[]>;
}

/**
 * PDF names that make a document act on its own: run script (/JavaScript, /JS), do something when it is opened
 * or a page is shown (/OpenAction, /AA), start a program (/Launch), carry other files (/EmbeddedFile), play Flash
 * or media (/RichMedia), hold a script-driven form (/XFA) or send and fetch data (/SubmitForm, /ImportData).
 * A catalog document needs none of them, and the site serves PDFs from its own origin.
 */
export const ACTIVE_PDF_NAMES = [
  'JavaScript',
  'JS',
  'OpenAction',
  'AA',
  'Launch',
  'EmbeddedFile',
  'RichMedia',
  'XFA',
  'SubmitForm',
  'ImportData',
] as const;
const ACTIVE_NAMES: ReadonlySet<string> = new Set(ACTIVE_PDF_NAMES);

/** A PDF name: `/` and the regular characters up to the next white space or delimiter (PDF 32000-1, 7.2.2). */
const PDF_NAME = /\/([^\0\t\n\f\r ()<>[\]{}/%]*)/g;

/**
 * The active names (ACTIVE_PDF_NAMES) a PDF's bytes contain, each once, in the order found. A name is a whole
 * token, so `/JSON` or `/JSFoo` is not `/JS`; `#xx` escapes are decoded first, so `/J#61vaScript` is caught.
 *
 * Limitation, on purpose and written in content/README.md: this reads the bytes as they are. A name inside a
 * compressed object stream (PDF 1.5 and later, /ObjStm with /FlateDecode) is not visible without inflating
 * the stream, so such a PDF can pass. The other guards do not depend on this scan: the server sends PDFs with
 * `Content-Security-Policy: sandbox` and nosniff, and browsers' own viewers do not run document script on our
 * origin. Compressed bytes can also, rarely, spell a name by chance; the fix for that is the same as for a
 * real one: save the document again.
 */
export function activePdfNames(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const found = new Set<string>();
  for (const match of text.matchAll(PDF_NAME)) {
    const name = match[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    if (ACTIVE_NAMES.has(name)) found.add(name);
  }
  return [...found];
}

type Push = (file: string, message: string, hint: string, severity?: ContentProblem['severity']) => void;

/** Why a file is not welcome in an offer folder, in words that fit its kind. */
function strayMediaFolderFile(name: string, collection: FolderCollection): { message: string; hint: string } {
  const ext = extname(name).toLowerCase();
  const allowed = `only ${[...entryTextFiles(collection)].join(', ')}, photos (${PHOTO_EXTENSIONS.join(', ')}) and PDF documents (.pdf) may be in an ${collection.noun} folder`;
  if (name.startsWith('.'))
    return {
      message: `\`${name}\` is a hidden file; ${allowed}`,
      hint: 'delete it (editors and operating systems sometimes leave such files behind)',
    };
  if (ext === '.svg')
    return {
      message: `\`${name}\` is an SVG drawing, which can carry a script; ${allowed}`,
      hint: `export the drawing as .png (or .jpg), list it under \`photos:\` in ${collection.factsFile} and delete the .svg`,
    };
  if (
    ['.js', '.mjs', '.cjs', '.ts', '.mts', '.jsx', '.tsx', '.astro', '.html', '.htm', '.json', '.wasm', '.node', '.sh', '.env'].includes(
      ext,
    ) ||
    name === '.env'
  ) {
    return { message: `\`${name}\` is a program or page file, which content may never contain; ${allowed}`, hint: 'delete the file' };
  }
  return {
    message: `\`${name}\` does not belong here: ${allowed}`,
    hint: 'delete the file or move it out of content/; a photo must be saved as .jpg, .png, .webp or .avif',
  };
}

/** Checks the size and the first bytes of a photo or a PDF. */
function checkBinary(path: string, file: string, size: number, ext: string, problems: ContentProblem[]): void {
  const max = ext === '.pdf' ? MAX_PDF_BYTES : MAX_PHOTO_BYTES;
  if (size > max) {
    problems.push(
      tooBigProblem(
        file,
        size,
        max,
        ext === '.pdf'
          ? 'save the PDF again with smaller pictures (e.g. a scan at 150 dpi), or put it on an official site and give its address as `url:` under `documents:` in facts.yaml'
          : 'save the photo about 2400 px wide (about 2 MB): the site makes smaller copies itself',
      ),
    );
    return;
  }
  const head = readBytesNoFollow(path, 64);
  const kind = head ? sniff(head) : 'unknown';
  const want = EXPECTED[ext]!;
  if (kind === want) {
    if (want === 'pdf') checkPdfIsPassive(path, file, problems);
    return;
  }
  const rename =
    IMAGE_KINDS.has(kind) && ext !== '.pdf' ? `rename it to end in .${kind === 'jpeg' ? 'jpg' : kind} (and in facts.yaml), ` : '';
  problems.push({
    severity: 'error',
    file,
    message: `the file is named ${ext} but is ${DESCRIBED[kind]}${size === 0 ? ' (it is empty)' : ''}, not ${DESCRIBED[want]}`,
    hint:
      ext === '.pdf'
        ? 'export the document as PDF again'
        : `${rename || 'open it in an image editor and export it again as .jpg or .png, '}then run the check again`,
  });
}

/** Refuses a PDF that can run script or act when it is opened (see activePdfNames and its limitation). */
function checkPdfIsPassive(path: string, file: string, problems: ContentProblem[]): void {
  const bytes = readBytesNoFollow(path, MAX_PDF_BYTES);
  const names = bytes ? activePdfNames(bytes) : [];
  if (names.length === 0) return;
  problems.push({
    severity: 'error',
    file,
    message: `the PDF contains ${names.map((n) => `/${n}`).join(', ')}: a document that can run a script, open something or send data, which the site does not publish`,
    hint: 'save/print the document again as plain PDF without scripts or attachments (e.g. "Print" → "Save as PDF"), then run the check again',
  });
}

/** Lists a folder with the type of each entry, never following links; symbolic links are reported and left out. */
function entries(
  root: string,
  dir: string,
  problems: ContentProblem[],
): Array<{ name: string; path: string; file: string; dir: boolean; size: number }> {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const file = relative(root, path);
    const stats = lstatOrUndefined(path);
    if (!stats) continue;
    if (stats.isSymbolicLink()) {
      problems.push(symlinkProblem(file));
      continue;
    }
    if (!stats.isFile() && !stats.isDirectory()) {
      problems.push({ severity: 'error', file, message: 'this is not an ordinary file or folder', hint: 'delete it' });
      continue;
    }
    out.push({ name, path, file, dir: stats.isDirectory(), size: stats.size });
  }
  return out;
}

function checkMediaFolder(
  root: string,
  dir: string,
  collection: FolderCollection,
  push: Push,
  problems: ContentProblem[],
): { photos: string[]; pdfs: string[] } {
  const photos: string[] = [];
  const pdfs: string[] = [];
  const textFiles = entryTextFiles(collection);
  for (const e of entries(root, dir, problems)) {
    if (e.dir) {
      push(
        e.file,
        `\`${e.name}/\` is a folder inside an ${collection.noun} folder, which is not allowed`,
        `move the photos it holds into the ${collection.noun} folder itself (and list them under \`photos:\`), then delete the folder`,
      );
      continue;
    }
    if (textFiles.has(e.name)) continue; // read, size-checked and decoded when the entry is loaded
    const ext = extname(e.name).toLowerCase();
    if (!e.name.startsWith('.') && (PHOTO_EXTENSIONS as readonly string[]).includes(ext)) {
      photos.push(e.name);
      checkBinary(e.path, e.file, e.size, ext, problems);
    } else if (!e.name.startsWith('.') && ext === '.pdf') {
      pdfs.push(e.name);
      checkBinary(e.path, e.file, e.size, ext, problems);
    } else {
      const why = strayMediaFolderFile(e.name, collection);
      push(e.file, why.message, why.hint);
    }
  }
  return { photos, pdfs };
}

function checkTextFolder(root: string, dir: string, collection: FolderCollection, push: Push, problems: ContentProblem[]): void {
  const textFiles = [...entryTextFiles(collection)];
  const allowed = `${textFiles.slice(0, -1).join(', ')} and ${textFiles.at(-1)}`;
  for (const e of entries(root, dir, problems)) {
    if (!e.dir && textFiles.includes(e.name)) continue;
    push(
      e.file,
      `\`${e.name}${e.dir ? '/' : ''}\` does not belong here: only ${allowed} may be in a ${collection.noun} folder`,
      'delete it, or move it out of content/',
    );
  }
}

/** The folder of offers or of districts: one sub-folder per item (and an optional README.md). */
function checkItemFolders(
  root: string,
  dir: string,
  what: string,
  push: Push,
  problems: ContentProblem[],
  each: (path: string, name: string) => void,
): void {
  for (const e of entries(root, dir, problems)) {
    if (e.dir && !e.name.startsWith('.')) each(e.path, e.name);
    else if (!e.dir && e.name === 'README.md') readContentText(root, e.path, problems, MAX_DOC_FILE_BYTES, { flagReplacementChar: false });
    else
      push(
        e.file,
        e.dir
          ? `\`${e.name}/\` is a hidden folder, which content may not contain`
          : `a file is sitting directly in the ${what} folder, where only one folder per item belongs`,
        e.dir ? 'delete it' : `move it into the folder of the ${what.replace(/s$/, '')} it belongs to, or delete it`,
      );
  }
}

function checkDocs(root: string, dir: string, push: Push, problems: ContentProblem[]): void {
  for (const e of entries(root, dir, problems)) {
    if (!e.dir && e.name.endsWith('.md') && !e.name.startsWith('.')) {
      readContentText(root, e.path, problems, MAX_DOC_FILE_BYTES, { flagReplacementChar: false });
      continue;
    }
    if (!e.dir && e.name === LANGUAGE_TRAPS_FILE) continue; // read, size-checked and validated by loadContent
    push(
      e.file,
      `\`${e.name}${e.dir ? '/' : ''}\` does not belong in content/docs/, which holds only the guide's .md pages and ${LANGUAGE_TRAPS_FILE}`,
      'delete it, or move it out of content/',
    );
  }
}

/**
 * Walks content/ without following links and reports every file or folder that may not be there, every photo
 * or PDF whose bytes are not what its name says, and every one over its size limit. Text files are judged
 * when they are read (readContentText), so here only their presence is checked.
 */
export function checkContentFiles(contentDir: string, root: string, problems: ContentProblem[]): ContentFiles {
  const photosByOffer = new Map<string, string[]>();
  const pdfsByOffer = new Map<string, string[]>();
  const push: Push = (file, message, hint, severity = 'error') => problems.push({ severity, file, message, hint });
  const top = lstatOrUndefined(contentDir);
  if (top?.isSymbolicLink()) {
    problems.push(symlinkProblem(relative(root, contentDir)));
    return { photosByOffer, pdfsByOffer };
  }
  if (!top?.isDirectory()) return { photosByOffer, pdfsByOffer };
  for (const e of entries(root, contentDir, problems)) {
    if (!e.dir && TOP_FILES.has(e.name)) {
      // The YAML lists are read (and size-checked) by loadContent; the README only needs to be readable.
      if (e.name === 'README.md') readContentText(root, e.path, problems, MAX_DOC_FILE_BYTES, { flagReplacementChar: false });
      continue;
    }
    const collection = e.dir ? FOLDERS.get(e.name) : undefined;
    if (collection?.holdsMedia)
      checkItemFolders(root, e.path, e.name, push, problems, (path, name) => {
        const media = checkMediaFolder(root, path, collection, push, problems);
        photosByOffer.set(name, media.photos);
        pdfsByOffer.set(name, media.pdfs);
      });
    else if (collection)
      checkItemFolders(root, e.path, e.name, push, problems, (path) => checkTextFolder(root, path, collection, push, problems));
    else if (e.dir && e.name === GUIDE_FOLDER) checkDocs(root, e.path, push, problems);
    else
      push(
        e.file,
        `\`${e.name}${e.dir ? '/' : ''}\` does not belong at the top of content/: only ${[...TOP_FILES].join(', ')} and the folders ${[...TOP_FOLDERS].map((f) => `${f}/`).join(', ')} may be here`,
        'move an offer into content/offers/<id>/, or delete the file',
      );
  }
  return { photosByOffer, pdfsByOffer };
}
