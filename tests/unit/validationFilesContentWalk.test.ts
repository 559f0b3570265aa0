import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activePdfNames, checkContentFiles, sniff } from '../../src/lib/validation/contentFiles.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';

// The file walk of the content check, called directly on small trees built in a temporary folder: which files
// may be in content/, what each refused one is told, and what a photo or PDF really is from its first bytes.

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

type Entry = string | Uint8Array | { dir: true };

/** A repository root holding content/ with the given files (paths under content/); returns both paths. */
function tree(files: Record<string, Entry>): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'valfiles-walk-'));
  made.push(root);
  const content = join(root, 'content');
  mkdirSync(content);
  for (const [path, body] of Object.entries(files)) {
    const full = join(content, path);
    if (typeof body === 'object' && 'dir' in body) {
      mkdirSync(full, { recursive: true });
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, body);
  }
  return { root, content };
}

/** Runs the walk and gives each problem as `file: message (fix: hint)`. */
function walk(files: Record<string, Entry>, edit?: (content: string) => void) {
  const { root, content } = tree(files);
  edit?.(content);
  const problems: ContentProblem[] = [];
  const found = checkContentFiles(content, root, problems);
  return { found, problems, lines: problems.map((p) => `${p.severity} ${p.file}: ${p.message} (fix: ${p.hint})`) };
}

const OFFER_ALLOWED =
  'only facts.yaml, en.mdx, ru.mdx, kk.mdx, photos (.jpg, .jpeg, .png, .webp, .avif) and PDF documents (.pdf) may be in an offer folder';

describe('what a file is, from its first bytes', () => {
  it('needs all three JPEG bytes and all eight PNG bytes', () => {
    expect(sniff(Uint8Array.from([0xff, 0xd8, 0xff]))).toBe('jpeg');
    expect(sniff(Uint8Array.from([0xff, 0xd8, 0x00]))).toBe('unknown');
    expect(sniff(Uint8Array.from([0x00, 0xd8, 0xff]))).toBe('unknown');
    expect(sniff(Uint8Array.from([0xff, 0x00, 0xff]))).toBe('unknown');
    expect(sniff(PNG)).toBe('png');
    expect(sniff(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00]))).toBe('unknown');
  });

  it('knows WebP by RIFF and WEBP together, and not a RIFF sound file', () => {
    expect(sniff(latin1('RIFF\u0010\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniff(latin1('RIFF\u0010\0\0\0WAVEfmt '))).toBe('unknown');
    expect(sniff(latin1('RIFX\u0010\0\0\0WEBPVP8 '))).toBe('unknown');
  });

  it('reads AVIF brands only inside the ftyp box', () => {
    // Major brand avif.
    expect(sniff(latin1('\0\0\0\u0010ftypavif\0\0\0\0'))).toBe('avif');
    // Box of 16 bytes: the "avif" after it belongs to the next box, not to the compatible brands.
    expect(sniff(latin1('\0\0\0\u0010ftypmif1\0\0\0\0avif'))).toBe('unknown');
    // Box of 20 bytes: the same four bytes are a compatible brand.
    expect(sniff(latin1('\0\0\0\u0014ftypmif1\0\0\0\0avif'))).toBe('avif');
    // A box size larger than the bytes read stops at the end of what was read.
    expect(sniff(latin1('\0\0\u0001\0ftypmif1\0\0\0\0heicavis'))).toBe('avif');
    // A brand cut short by the end of the box is not read.
    expect(sniff(latin1('\0\0\0\u0013ftypmif1\0\0\0\0avif'))).toBe('unknown');
  });

  it('knows a PDF by %PDF- and a GIF by GIF8', () => {
    expect(sniff(latin1('%PDF-1.7\n'))).toBe('pdf');
    expect(sniff(latin1('%PDF 1.7\n'))).toBe('unknown');
    expect(sniff(latin1('GIF87a'))).toBe('gif');
    expect(sniff(latin1('GIF'))).toBe('unknown');
  });

  it('takes markup for text, after white space or a UTF-8 byte-order mark, within the first 64 bytes', () => {
    expect(sniff(latin1('<svg onload="x">'))).toBe('text');
    expect(sniff(latin1(' \n\t<html>'))).toBe('text');
    expect(sniff(Uint8Array.from([0xef, 0xbb, 0xbf, 0x3c, 0x73]))).toBe('text');
    expect(sniff(latin1('x<svg>'))).toBe('unknown');
    expect(sniff(latin1(`${' '.repeat(63)}<`))).toBe('text');
    expect(sniff(latin1(`${' '.repeat(64)}<`))).toBe('unknown');
    expect(sniff(new Uint8Array(0))).toBe('unknown');
  });
});

describe('PDF names that make a document act on its own', () => {
  it('finds each active name once, in the order found, as a whole token', () => {
    expect(activePdfNames(latin1('<< /OpenAction 5 0 R /JS (app.alert(1)) /JS (again) >>'))).toEqual(['OpenAction', 'JS']);
    expect(activePdfNames(latin1('<< /JSON /JSFoo /Type /Catalog /AAx >>'))).toEqual([]);
    expect(activePdfNames(latin1('/Launch/EmbeddedFile[/RichMedia]{/XFA}(/SubmitForm)<</ImportData>>%/AA\n/JavaScript'))).toEqual([
      'Launch',
      'EmbeddedFile',
      'RichMedia',
      'XFA',
      'SubmitForm',
      'ImportData',
      'AA',
      'JavaScript',
    ]);
  });

  it('decodes #xx escapes in either case before comparing', () => {
    expect(activePdfNames(latin1('/J#61vaScript'))).toEqual(['JavaScript']);
    expect(activePdfNames(latin1('/#4a#53'))).toEqual(['JS']);
    expect(activePdfNames(latin1('/#4A#53'))).toEqual(['JS']);
    expect(activePdfNames(latin1('/J#5'))).toEqual([]);
  });

  it('reads only the bytes of the view it is given', () => {
    const whole = latin1('/JS /Launch');
    expect(activePdfNames(whole.subarray(4))).toEqual(['Launch']);
    expect(activePdfNames(whole.subarray(0, 3))).toEqual(['JS']);
  });
});

describe('files in an offer folder', () => {
  const OFFER = 'offers/lake-camp';

  it('lists the photos and PDFs of each offer, leaving out its text files and anything refused', () => {
    const { found, problems } = walk({
      [`${OFFER}/facts.yaml`]: 'x',
      [`${OFFER}/en.mdx`]: 'x',
      [`${OFFER}/shore.jpg`]: JPEG,
      [`${OFFER}/plan.PNG`]: PNG,
      [`${OFFER}/plan.pdf`]: '%PDF-1.7\n%%EOF\n',
      [`${OFFER}/.hidden.jpg`]: JPEG,
      [`${OFFER}/.old.pdf`]: '%PDF-1.7\n',
      'offers/second/a.jpeg': JPEG,
    });
    expect(Object.fromEntries(found.photosByOffer)).toEqual({ 'lake-camp': ['plan.PNG', 'shore.jpg'], second: ['a.jpeg'] });
    expect(Object.fromEntries(found.pdfsByOffer)).toEqual({ 'lake-camp': ['plan.pdf'], second: [] });
    expect(problems.map((p) => p.file)).toEqual([`content/${OFFER}/.hidden.jpg`, `content/${OFFER}/.old.pdf`]);
  });

  it('tells a hidden file, a drawing, a program and anything else apart, each with its own fix', () => {
    const { lines } = walk({
      [`${OFFER}/.DS_Store`]: 'x',
      [`${OFFER}/map.SVG`]: '<svg/>',
      [`${OFFER}/evil.mjs`]: 'x',
      [`${OFFER}/data.json`]: '{}',
      [`${OFFER}/secrets.env`]: 'x',
      [`${OFFER}/run.sh`]: 'x',
      [`${OFFER}/notes.txt`]: 'x',
    });
    expect(lines).toEqual([
      `error content/${OFFER}/.DS_Store: \`.DS_Store\` is a hidden file; ${OFFER_ALLOWED} (fix: delete it (editors and operating systems sometimes leave such files behind))`,
      `error content/${OFFER}/data.json: \`data.json\` is a program or page file, which content may never contain; ${OFFER_ALLOWED} (fix: delete the file)`,
      `error content/${OFFER}/evil.mjs: \`evil.mjs\` is a program or page file, which content may never contain; ${OFFER_ALLOWED} (fix: delete the file)`,
      `error content/${OFFER}/map.SVG: \`map.SVG\` is an SVG drawing, which can carry a script; ${OFFER_ALLOWED} (fix: export the drawing as .png (or .jpg), list it under \`photos:\` in facts.yaml and delete the .svg)`,
      `error content/${OFFER}/notes.txt: \`notes.txt\` does not belong here: ${OFFER_ALLOWED} (fix: delete the file or move it out of content/; a photo must be saved as .jpg, .png, .webp or .avif)`,
      `error content/${OFFER}/run.sh: \`run.sh\` is a program or page file, which content may never contain; ${OFFER_ALLOWED} (fix: delete the file)`,
      `error content/${OFFER}/secrets.env: \`secrets.env\` is a program or page file, which content may never contain; ${OFFER_ALLOWED} (fix: delete the file)`,
    ]);
  });

  it('names every kind of program or page file as one that content may never contain', () => {
    const names = ['a.js', 'b.cjs', 'c.ts', 'd.mts', 'e.jsx', 'f.tsx', 'g.astro', 'h.html', 'i.HTM', 'j.wasm', 'k.node'];
    const { lines } = walk(Object.fromEntries(names.map((n) => [`${OFFER}/${n}`, 'x'])));
    expect(lines).toEqual(
      names.map(
        (n) =>
          `error content/${OFFER}/${n}: \`${n}\` is a program or page file, which content may never contain; ${OFFER_ALLOWED} (fix: delete the file)`,
      ),
    );
  });

  it('refuses a folder inside an offer folder, and a district folder holding a photo', () => {
    const { lines } = walk({
      [`${OFFER}/photos`]: { dir: true },
      'districts/balkhash/district.yaml': 'x',
      'districts/balkhash/kk.mdx': 'x',
      'districts/balkhash/view.jpg': JPEG,
      'districts/balkhash/photos': { dir: true },
    });
    expect(lines).toEqual([
      'error content/districts/balkhash/photos: `photos/` does not belong here: only district.yaml, en.mdx, ru.mdx and kk.mdx may be in a district folder (fix: delete it, or move it out of content/)',
      'error content/districts/balkhash/view.jpg: `view.jpg` does not belong here: only district.yaml, en.mdx, ru.mdx and kk.mdx may be in a district folder (fix: delete it, or move it out of content/)',
      `error content/${OFFER}/photos: \`photos/\` is a folder inside an offer folder, which is not allowed (fix: move the photos it holds into the offer folder itself (and list them under \`photos:\`), then delete the folder)`,
    ]);
  });

  it('reports a symbolic link and a named pipe without reading them, and keeps walking', () => {
    const { lines, found } = walk({ [`${OFFER}/b.jpg`]: JPEG }, (content) => {
      symlinkSync('/etc/passwd', join(content, OFFER, 'a.jpg'));
      execFileSync('mkfifo', [join(content, OFFER, 'c.jpg')]);
    });
    expect(lines).toEqual([
      `error content/${OFFER}/a.jpg: this is a symbolic link (a shortcut to another file or folder), which content may not contain: it could expose files from outside the catalog (fix: delete the link and put the real file here instead (a copy, not a link))`,
      `error content/${OFFER}/c.jpg: this is not an ordinary file or folder (fix: delete it)`,
    ]);
    expect(found.photosByOffer.get('lake-camp')).toEqual(['b.jpg']);
  });
});

describe('a photo or PDF whose bytes or size are wrong', () => {
  const OFFER = 'offers/lake-camp';

  it('suggests the extension the picture really has, and no rename for a PDF or an unknown file', () => {
    const { lines } = walk({
      [`${OFFER}/a.jpg`]: latin1('RIFF\u0010\0\0\0WEBPVP8 '),
      [`${OFFER}/b.png`]: latin1('\0\0\0\u0010ftypavif\0\0\0\0'),
      [`${OFFER}/c.webp`]: JPEG,
      [`${OFFER}/d.jpg`]: '%PDF-1.4\n',
      [`${OFFER}/e.png`]: '<svg onload="alert(1)"/>',
      [`${OFFER}/f.pdf`]: PNG,
      [`${OFFER}/g.avif`]: '',
      [`${OFFER}/h.jpg`]: PNG,
      [`${OFFER}/i.webp`]: 'GIF89a',
    });
    const again = 'open it in an image editor and export it again as .jpg or .png, then run the check again';
    expect(lines).toEqual([
      `error content/${OFFER}/a.jpg: the file is named .jpg but is a WebP image, not a JPEG photo (fix: rename it to end in .webp (and in facts.yaml), then run the check again)`,
      `error content/${OFFER}/b.png: the file is named .png but is an AVIF image, not a PNG image (fix: rename it to end in .avif (and in facts.yaml), then run the check again)`,
      `error content/${OFFER}/c.webp: the file is named .webp but is a JPEG photo, not a WebP image (fix: rename it to end in .jpg (and in facts.yaml), then run the check again)`,
      `error content/${OFFER}/d.jpg: the file is named .jpg but is a PDF document, not a JPEG photo (fix: ${again})`,
      `error content/${OFFER}/e.png: the file is named .png but is text (SVG or HTML code, which could run a script on the site), not a PNG image (fix: ${again})`,
      `error content/${OFFER}/f.pdf: the file is named .pdf but is a PNG image, not a PDF document (fix: export the document as PDF again)`,
      `error content/${OFFER}/g.avif: the file is named .avif but is not a file type the site knows (it is empty), not an AVIF image (fix: ${again})`,
      `error content/${OFFER}/h.jpg: the file is named .jpg but is a PNG image, not a JPEG photo (fix: rename it to end in .png (and in facts.yaml), then run the check again)`,
      `error content/${OFFER}/i.webp: the file is named .webp but is a GIF image, which the site does not use, not a WebP image (fix: ${again})`,
    ]);
  });

  it('takes a photo of exactly 15 MB and refuses one byte more, with the photo fix', () => {
    const { lines } = walk({ [`${OFFER}/a.jpg`]: JPEG, [`${OFFER}/b.jpg`]: JPEG }, (content) => {
      truncateSync(join(content, OFFER, 'a.jpg'), 15 * 1024 * 1024);
      truncateSync(join(content, OFFER, 'b.jpg'), 15 * 1024 * 1024 + 1);
    });
    expect(lines).toEqual([
      `error content/${OFFER}/b.jpg: the file is 15.0 MB, more than the limit of 15.0 MB for this kind of file (fix: save the photo about 2400 px wide (about 2 MB): the site makes smaller copies itself)`,
    ]);
  });

  it('holds a PDF to 20 MB, not to the photo limit, with a fix that fits documents', () => {
    const { lines } = walk({ [`${OFFER}/a.pdf`]: '%PDF-1.7\n', [`${OFFER}/b.pdf`]: '%PDF-1.7\n' }, (content) => {
      truncateSync(join(content, OFFER, 'a.pdf'), 16 * 1024 * 1024);
      truncateSync(join(content, OFFER, 'b.pdf'), 25 * 1024 * 1024);
    });
    expect(lines).toEqual([
      `error content/${OFFER}/b.pdf: the file is 25.0 MB, more than the limit of 20.0 MB for this kind of file (fix: save the PDF again with smaller pictures (e.g. a scan at 150 dpi), or put it on an official site and give its address as \`url:\` under \`documents:\` in facts.yaml)`,
    ]);
  });

  it('does not read a real photo as a PDF, whatever bytes it holds', () => {
    const photo = Uint8Array.from([...JPEG, ...latin1(' /JavaScript /OpenAction ')]);
    expect(walk({ [`${OFFER}/a.jpg`]: photo }).lines).toEqual([]);
  });

  it('refuses a PDF that runs script, naming what it found, and passes a plain one', () => {
    const { lines } = walk({
      [`${OFFER}/active.pdf`]:
        '%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction 2 0 R /AA << >> >> endobj\n2 0 obj << /S /JavaScript /JS (x) >> endobj\n',
      [`${OFFER}/plain.pdf`]: '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF\n',
    });
    expect(lines).toEqual([
      `error content/${OFFER}/active.pdf: the PDF contains /OpenAction, /AA, /JavaScript, /JS: a document that can run a script, open something or send data, which the site does not publish (fix: save/print the document again as plain PDF without scripts or attachments (e.g. "Print" → "Save as PDF"), then run the check again)`,
    ]);
  });

  it('scans the whole PDF for active names, not only its first bytes', () => {
    const { lines } = walk({ [`${OFFER}/late.pdf`]: `%PDF-1.7\n${'%'.repeat(5000)}\n<< /Launch >>\n` });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('the PDF contains /Launch:');
  });
});

describe('the folders of offers and districts, the guide and the top of content/', () => {
  it('refuses a hidden folder and a loose file among the offer folders, and reads their README', () => {
    const { lines } = walk({
      'offers/.git': { dir: true },
      'offers/notes.txt': 'x',
      'offers/README.md': Uint8Array.from([0x41, 0xc0, 0x0a]),
      'districts/README.md': 'Notes \uFFFD kept from a conversion\n',
      'districts/plan.jpg': JPEG,
    });
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'error content/districts/plan.jpg: a file is sitting directly in the districts folder, where only one folder per item belongs (fix: move it into the folder of the district it belongs to, or delete it)',
    );
    expect(lines[1]).toBe('error content/offers/.git: `.git/` is a hidden folder, which content may not contain (fix: delete it)');
    expect(lines[2]).toMatch(/^error content\/offers\/README\.md: .*UTF-8/);
    expect(lines[3]).toBe(
      'error content/offers/notes.txt: a file is sitting directly in the offers folder, where only one folder per item belongs (fix: move it into the folder of the offer it belongs to, or delete it)',
    );
  });

  it('takes guide pages and the language traps in docs/, and refuses anything else there', () => {
    const { lines } = walk({
      'docs/components.md': '# Components \uFFFD kept from a conversion\n',
      'docs/language-traps.yaml': 'traps: []\n',
      'docs/.draft.md': 'x',
      'docs/old.md': { dir: true },
      'docs/notes.txt': 'x',
      'docs/broken.md': Uint8Array.from([0xc0]),
    });
    const tail =
      "does not belong in content/docs/, which holds only the guide's .md pages and language-traps.yaml (fix: delete it, or move it out of content/)";
    expect(lines.filter((l) => !l.includes('broken.md'))).toEqual([
      `error content/docs/.draft.md: \`.draft.md\` ${tail}`,
      `error content/docs/notes.txt: \`notes.txt\` ${tail}`,
      `error content/docs/old.md: \`old.md/\` ${tail}`,
    ]);
    expect(lines.filter((l) => l.includes('broken.md'))).toHaveLength(1);
  });

  it('takes the list files and the README at the top, and refuses a file or folder under another name or kind', () => {
    const top = 'may be here (fix: move an offer into content/offers/<id>/, or delete the file)';
    const only =
      'only places.yaml, contacts.yaml, incentives.yaml, mci.yaml, grantors.yaml, exchange-rates.yaml, README.md and the folders offers/, districts/, docs/';
    const { lines } = walk({
      'places.yaml': 'x',
      'exchange-rates.yaml': 'x',
      'README.md': Uint8Array.from([0xff, 0x0a]),
      'contacts.yaml/': { dir: true },
      offers: 'not a folder',
      'evil.mjs': 'x',
    });
    expect(lines.filter((l) => !l.includes('README.md:'))).toEqual([
      `error content/contacts.yaml: \`contacts.yaml/\` does not belong at the top of content/: ${only} ${top}`,
      `error content/evil.mjs: \`evil.mjs\` does not belong at the top of content/: ${only} ${top}`,
      `error content/offers: \`offers\` does not belong at the top of content/: ${only} ${top}`,
    ]);
    expect(lines.filter((l) => l.includes('README.md:'))).toHaveLength(1);
  });

  it('leaves the list files to the loader, so a broken one is not reported twice, and accepts U+FFFD in the README', () => {
    expect(walk({ 'places.yaml': Uint8Array.from([0xff, 0xc0, 0x0a]), 'README.md': 'Notes \uFFFD\n' }).lines).toEqual([]);
  });

  it('stops at a content/ that is a symbolic link, reporting it once, and says nothing of a missing one', () => {
    const { root, content } = tree({ 'offers/a/x.jpg': JPEG });
    const link = join(root, 'linked');
    symlinkSync(content, link);
    const problems: ContentProblem[] = [];
    const found = checkContentFiles(link, root, problems);
    expect(problems.map((p) => `${p.file}: ${p.message.slice(0, 23)}`)).toEqual(['linked: this is a symbolic link']);
    expect(found.photosByOffer.size).toBe(0);

    const none: ContentProblem[] = [];
    expect(checkContentFiles(join(root, 'missing'), root, none).photosByOffer.size).toBe(0);
    expect(none).toEqual([]);
    writeFileSync(join(root, 'plain'), 'x');
    expect(checkContentFiles(join(root, 'plain'), root, none).pdfsByOffer.size).toBe(0);
    expect(none).toEqual([]);
  });
});
