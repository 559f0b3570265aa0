import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniff } from '../../src/lib/validation/contentFiles.ts';
import { formatBytes } from '../../src/lib/validation/fileAccess.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { check, fixtureWith, tempDir, writeIn } from './helpers.ts';

// Files planted in temporary copies of tests/fixtures/content-good: the branches of the file walk that no
// other fixture reaches (a wrong photo type, a folder where a file belongs, a pipe, a README with odd bytes).

const OFFER = 'offers/shaitankol-glamping';
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];

/** The problems on one file, as `severity: message (fix: hint)`, so a test states the whole text it expects. */
function on(problems: readonly ContentProblem[], file: string): string[] {
  return problems.filter((p) => p.file === `content/${file}`).map((p) => `${p.severity}: ${p.message} (fix: ${p.hint})`);
}

const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('what a photo or PDF really is, from its first bytes', () => {
  it('knows an AVIF image by a compatible brand (avis) as well as by its major brand', () => {
    // ftyp box of 24 bytes: major brand mif1, compatible brands mif1 and avis (an AVIF image sequence).
    expect(sniff(latin1('\0\0\0\u0018ftypmif1\0\0\0\0mif1avis'))).toBe('avif');
    expect(sniff(latin1('\0\0\0\u0018ftypmif1\0\0\0\0mif1heic'))).toBe('unknown');
  });

  it('tells a GIF and an unknown file apart from the types the site takes', () => {
    expect(sniff(latin1('GIF89a\u0001\0'))).toBe('gif');
    expect(sniff(latin1('PK\u0003\u0004 a zip archive'))).toBe('unknown');
  });
});

describe('a photo or PDF whose bytes are not what its name says', () => {
  it('tells the official which extension the photo really needs', () => {
    const dir = fixtureWith((d) => {
      writeFileSync(join(d, OFFER, 'shore.png'), Buffer.from(JPEG));
      writeFileSync(join(d, OFFER, 'plan.jpg'), Buffer.from(PNG));
    });
    const { problems } = check(dir);
    expect(on(problems, `${OFFER}/shore.png`)).toContain(
      'error: the file is named .png but is a JPEG photo, not a PNG image (fix: rename it to end in .jpg (and in facts.yaml), then run the check again)',
    );
    expect(on(problems, `${OFFER}/plan.jpg`)).toContain(
      'error: the file is named .jpg but is a PNG image, not a JPEG photo (fix: rename it to end in .png (and in facts.yaml), then run the check again)',
    );
  });

  it('does not suggest renaming a photo saved as .pdf, and says when a photo file is empty', () => {
    const dir = fixtureWith((d) => {
      writeFileSync(join(d, OFFER, 'title.pdf'), Buffer.from(JPEG));
      writeFileSync(join(d, OFFER, 'empty.jpg'), '');
      writeFileSync(join(d, OFFER, 'anim.webp'), 'GIF89a');
    });
    const { problems } = check(dir);
    expect(on(problems, `${OFFER}/title.pdf`)).toContain(
      'error: the file is named .pdf but is a JPEG photo, not a PDF document (fix: export the document as PDF again)',
    );
    expect(on(problems, `${OFFER}/empty.jpg`)).toContain(
      'error: the file is named .jpg but is not a file type the site knows (it is empty), not a JPEG photo (fix: open it in an image editor and export it again as .jpg or .png, then run the check again)',
    );
    expect(on(problems, `${OFFER}/anim.webp`)).toContain(
      'error: the file is named .webp but is a GIF image, which the site does not use, not a WebP image (fix: open it in an image editor and export it again as .jpg or .png, then run the check again)',
    );
  });

  it('refuses a PDF over 20 MB (MAX_PDF_BYTES) with a fix that fits documents', () => {
    const dir = fixtureWith((d) => {
      writeFileSync(join(d, OFFER, 'plan.pdf'), '%PDF-1.7\n');
      truncateSync(join(d, OFFER, 'plan.pdf'), 20 * 1024 * 1024 + 1);
    });
    expect(on(check(dir).errors, `${OFFER}/plan.pdf`)).toEqual([
      'error: the file is 20.0 MB, more than the limit of 20.0 MB for this kind of file (fix: save the PDF again with smaller pictures (e.g. a scan at 150 dpi), or put it on an official site and give its address as `url:` under `documents:` in facts.yaml)',
    ]);
  });
});

describe('files and folders that do not belong in content/', () => {
  it('refuses a stray text file in an offer folder, listing what may be there', () => {
    const dir = fixtureWith((d) => writeIn(d, `${OFFER}/notes.txt`, 'remember the road'));
    expect(on(check(dir).errors, `${OFFER}/notes.txt`)).toEqual([
      'error: `notes.txt` does not belong here: only facts.yaml, en.mdx, ru.mdx, kk.mdx, photos (.jpg, .jpeg, .png, .webp, .avif) and PDF documents (.pdf) may be in an offer folder (fix: delete the file or move it out of content/; a photo must be saved as .jpg, .png, .webp or .avif)',
    ]);
  });

  it('refuses a named pipe or other special file without trying to read it', () => {
    const dir = fixtureWith((d) => execFileSync('mkfifo', [join(d, OFFER, 'pipe')]));
    expect(on(check(dir).errors, `${OFFER}/pipe`)).toEqual(['error: this is not an ordinary file or folder (fix: delete it)']);
  });

  it('refuses a named pipe in place of a text file instead of waiting on it forever', () => {
    // Opening a pipe for reading blocks until something writes to it, so the check must never open one.
    const dir = fixtureWith((d) => {
      rmSync(join(d, OFFER, 'kk.mdx'));
      execFileSync('mkfifo', [join(d, OFFER, 'kk.mdx')]);
    });
    // The file walk reports it too ("not an ordinary file or folder"); what matters here is that the check ends.
    expect(on(check(dir).errors, `${OFFER}/kk.mdx`)).toContain(
      'error: this is not an ordinary file, so the check cannot read it (fix: replace it with a plain text file)',
    );
  });

  it('marks a folder with a trailing / in district folders, in docs and at the top of content/', () => {
    const dir = fixtureWith((d) => {
      mkdirSync(join(d, 'districts/balkhash/photos'));
      mkdirSync(join(d, 'docs/images'), { recursive: true });
      mkdirSync(join(d, 'drafts'));
    });
    const { errors } = check(dir);
    expect(on(errors, 'districts/balkhash/photos')).toEqual([
      'error: `photos/` does not belong here: only district.yaml, en.mdx, ru.mdx and kk.mdx may be in a district folder (fix: delete it, or move it out of content/)',
    ]);
    expect(on(errors, 'docs/images')).toEqual([
      "error: `images/` does not belong in content/docs/, which holds only the guide's .md pages and language-traps.yaml (fix: delete it, or move it out of content/)",
    ]);
    expect(on(errors, 'drafts')).toEqual([
      'error: `drafts/` does not belong at the top of content/: only places.yaml, contacts.yaml, incentives.yaml, mci.yaml, grantors.yaml, exchange-rates.yaml, README.md and the folders offers/, districts/, docs/ may be here (fix: move an offer into content/offers/<id>/, or delete the file)',
    ]);
  });

  it('refuses a hidden folder and a loose file among the offer and district folders', () => {
    const dir = fixtureWith((d) => {
      mkdirSync(join(d, 'offers/.git'));
      writeIn(d, 'offers/shore.jpg', 'x');
      writeIn(d, 'districts/notes.md', 'x');
    });
    const { errors } = check(dir);
    expect(on(errors, 'offers/.git')).toEqual(['error: `.git/` is a hidden folder, which content may not contain (fix: delete it)']);
    expect(on(errors, 'offers/shore.jpg')).toEqual([
      'error: a file is sitting directly in the offers folder, where only one folder per item belongs (fix: move it into the folder of the offer it belongs to, or delete it)',
    ]);
    expect(on(errors, 'districts/notes.md')).toEqual([
      'error: a file is sitting directly in the districts folder, where only one folder per item belongs (fix: move it into the folder of the district it belongs to, or delete it)',
    ]);
  });

  it('reads a README beside the offers and at the top, accepting a U+FFFD there but not invalid UTF-8', () => {
    // READMEs are notes for editors, never published, so a replacement character left by a conversion is fine.
    const dir = fixtureWith((d) => {
      writeIn(d, 'README.md', 'Notes \uFFFD about the catalog\n');
      writeIn(d, 'offers/README.md', 'Notes \uFFFD about offers\n');
      writeIn(d, 'districts/README.md', 'x');
      writeFileSync(join(d, 'districts/README.md'), Buffer.from([0x41, 0xc0, 0x0a]));
    });
    const { problems } = check(dir);
    expect(on(problems, 'README.md')).toEqual([]);
    expect(on(problems, 'offers/README.md')).toEqual([]);
    expect(on(problems, 'districts/README.md')).toHaveLength(1);
    expect(on(problems, 'districts/README.md')[0]).toMatch(/^error: .*UTF-8/);
  });

  it('refuses content/ itself when it is a symbolic link, and reports it once', () => {
    const real = fixtureWith(() => {});
    const root = tempDir('catalog-link-');
    symlinkSync(real, join(root, 'content'));
    const { problems } = check(join(root, 'content'));
    // The folders behind the link are still read (so their own mistakes show too), but the link fails the check;
    // the file walk stops at the link, so no photo or PDF warning may be made up for the offers behind it.
    // The audit warning is the good fixture's own (its 2025-06-10 audit is over 12 months before TODAY).
    expect(problems.map((p) => `${p.severity} ${p.file} ${p.field ?? ''}`)).toEqual([
      'error content ',
      'warning content/offers/balkhash-test-base/facts.yaml audit.date',
    ]);
    expect(problems[0]!.message).toContain('is a symbolic link');
  });

  it('reports a missing content/ folder instead of passing it as empty', () => {
    const root = tempDir('catalog-none-');
    const { errors } = check(join(root, 'content'));
    // Every list file is required, and a catalog with no offers is an error too; nothing else is invented.
    expect(errors.map((e) => `${e.file}: ${e.message}`)).toEqual([
      'content/places.yaml: this file is missing',
      'content/contacts.yaml: this file is missing',
      'content/incentives.yaml: this file is missing',
      'content/mci.yaml: this file is missing',
      'content/grantors.yaml: this file is missing',
      'content/exchange-rates.yaml: this file is missing',
      'content/offers: there are no offers',
    ]);
    expect(errors[0]!.hint).toBe('restore it from git history; the catalog needs it');
  });

  it('reports a text file that is a folder as a file the check cannot read', () => {
    const dir = fixtureWith((d) => {
      rmSync(join(d, OFFER, 'kk.mdx'));
      mkdirSync(join(d, OFFER, 'kk.mdx'));
    });
    expect(on(check(dir).errors, `${OFFER}/kk.mdx`)).toContain(
      'error: this is not an ordinary file, so the check cannot read it (fix: replace it with a plain text file)',
    );
  });
});

describe('sizes in words', () => {
  it('gives small sizes in bytes, then KB rounded up, then MB', () => {
    expect(formatBytes(12)).toBe('12 bytes');
    expect(formatBytes(1025)).toBe('2 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});
