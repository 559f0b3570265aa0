import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { listFolders, readContentText, readMdx, readYaml } from '../../src/lib/validation/readContentTree.ts';
import { tempDir } from './helpers.ts';

// Reading one hostile content file: links, oversized files and odd front matter are reported on the file,
// with its line, and never read as something else.

/** A temporary root with `content/<name>` holding `text`; returns root and the file's path. */
function fileWith(name: string, text: string | Uint8Array): { root: string; path: string } {
  const root = tempDir('validation-read-');
  mkdirSync(join(root, 'content'));
  const path = join(root, 'content', name);
  writeFileSync(path, text);
  return { root, path };
}

const said = (problems: ContentProblem[]) => problems.map((p) => `${p.severity} ${p.file}:${p.line ?? '-'} ${p.message} | ${p.hint}`);

describe('readContentText', () => {
  it('reads a small UTF-8 file, with no problem', () => {
    const { root, path } = fileWith('a.yaml', 'id: a\n');
    const problems: ContentProblem[] = [];
    expect(readContentText(root, path, problems)).toBe('id: a\n');
    expect(problems).toEqual([]);
  });

  it('leaves a missing file to the caller, saying nothing', () => {
    const root = tempDir('validation-read-');
    const problems: ContentProblem[] = [];
    expect(readContentText(root, join(root, 'content/none.yaml'), problems)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('refuses a symbolic link without following it', () => {
    const { root, path } = fileWith('real.yaml', 'id: a\n');
    const link = join(root, 'content/link.yaml');
    symlinkSync(path, link);
    const problems: ContentProblem[] = [];
    expect(readContentText(root, link, problems)).toBeUndefined();
    expect(said(problems)).toEqual([
      'error content/link.yaml:- this is a symbolic link (a shortcut to another file or folder), which content may not contain: it could expose files from outside the catalog | delete the link and put the real file here instead (a copy, not a link)',
    ]);
  });

  it('reads a file exactly at the size limit and refuses one byte more, unread', () => {
    const { root, path } = fileWith('a.yaml', 'id: abcde\n');
    const atLimit: ContentProblem[] = [];
    expect(readContentText(root, path, atLimit, 10)).toBe('id: abcde\n');
    expect(atLimit).toEqual([]);
    const over: ContentProblem[] = [];
    expect(readContentText(root, path, over, 9)).toBeUndefined();
    expect(said(over)).toEqual([
      'error content/a.yaml:- the file is 10 bytes, more than the limit of 9 bytes for this kind of file | a content text file is normally a few KB: check that nothing was pasted into it by mistake, and move long material into a document',
    ]);
  });

  it('refuses a file over the default limit of 256 KB', () => {
    const { root, path } = fileWith('big.yaml', `# ${'x'.repeat(256 * 1024)}\n`);
    const problems: ContentProblem[] = [];
    expect(readContentText(root, path, problems)).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['the file is 257 KB, more than the limit of 256 KB for this kind of file']);
  });

  it('refuses a folder where a file should be', () => {
    const root = tempDir('validation-read-');
    mkdirSync(join(root, 'content/a.yaml'), { recursive: true });
    const problems: ContentProblem[] = [];
    expect(readContentText(root, join(root, 'content/a.yaml'), problems, 1_000_000)).toBeUndefined();
    expect(said(problems)).toEqual([
      'error content/a.yaml:- this is not an ordinary file, so the check cannot read it | replace it with a plain text file',
    ]);
  });

  it('refuses bytes that are not UTF-8, and flags � unless told not to', () => {
    const bad = fileWith('a.yaml', Uint8Array.from([0x61, 0x0a, 0xc0, 0x0a]));
    const problems: ContentProblem[] = [];
    expect(readContentText(bad.root, bad.path, problems)).toBeUndefined();
    expect(problems.map((p) => [p.file, p.line])).toEqual([['content/a.yaml', 2]]);
    const lost = fileWith('b.md', 'a\n�\n');
    const flagged: ContentProblem[] = [];
    expect(readContentText(lost.root, lost.path, flagged)).toBe('a\n�\n');
    expect(flagged.map((p) => [p.file, p.line])).toEqual([['content/b.md', 2]]);
    const quiet: ContentProblem[] = [];
    expect(readContentText(lost.root, lost.path, quiet, undefined, { flagReplacementChar: false })).toBe('a\n�\n');
    expect(quiet).toEqual([]);
  });
});

describe('readYaml', () => {
  it('reads the data with the lines of its fields', () => {
    const { root, path } = fileWith('a.yaml', 'id: a\nname:\n  en: A\n');
    const problems: ContentProblem[] = [];
    const source = readYaml(root, path, problems);
    expect([source.file, source.data, source.lineOf(['name', 'en']), source.text]).toEqual([
      'content/a.yaml',
      { id: 'a', name: { en: 'A' } },
      3,
      'id: a\nname:\n  en: A\n',
    ]);
    expect(problems).toEqual([]);
  });

  it('gives an empty source for a file it cannot read', () => {
    const root = tempDir('validation-read-');
    const source = readYaml(root, join(root, 'content/none.yaml'), []);
    expect([source.file, source.data, source.lineOf(['id']), source.text]).toEqual(['content/none.yaml', undefined, undefined, '']);
  });
});

describe('readMdx: the one plain form of front matter', () => {
  const mdx = (text: string) => {
    const { root, path } = fileWith('en.mdx', text);
    const problems: ContentProblem[] = [];
    const source = readMdx(root, path, problems);
    return { source, problems: said(problems) };
  };

  it('reads the front matter and finds where the body starts', () => {
    const { source, problems } = mdx('---\ntitle: "T"\nsummary: "S"\n---\nBody line.\n');
    expect(problems).toEqual([]);
    expect([source.data, source.body, source.bodyLine, source.lineOf(['summary']), source.text]).toEqual([
      { title: 'T', summary: 'S' },
      'Body line.\n',
      5,
      3,
      '---\ntitle: "T"\nsummary: "S"\n---\nBody line.\n',
    ]);
  });

  it('accepts Windows line ends and spaces after the dashes', () => {
    const { source, problems } = mdx('--- \r\ntitle: T\r\n---\t\r\nBody\r\n');
    expect(problems).toEqual([]);
    expect([source.data, source.body, source.bodyLine]).toEqual([{ title: 'T' }, 'Body\r\n', 4]);
  });

  it('reports front matter that is not valid YAML, and no body problem', () => {
    const { source, problems } = mdx('---\ntitle: [x\n---\nBody\n');
    expect([source.data, source.body, source.bodyLine]).toEqual([undefined, 'Body\n', 4]);
    expect(problems.map((p) => p.replace(/ \|.*$/, ''))).toEqual([
      'error content/en.mdx:3 the file is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('accepts a file that ends right after the closing line', () => {
    const { source, problems } = mdx('---\ntitle: T\n---');
    expect(problems).toEqual([]);
    expect([source.data, source.body, source.bodyLine]).toEqual([{ title: 'T' }, '', 3]);
  });

  it('gives an empty source for a file it cannot read', () => {
    const root = tempDir('validation-read-');
    const source = readMdx(root, join(root, 'content/none.mdx'), []);
    expect([source.file, source.data, source.lineOf(['title']), source.text, source.body, source.bodyLine]).toEqual([
      'content/none.mdx',
      undefined,
      undefined,
      '',
      '',
      1,
    ]);
  });

  const refused = (text: string) => {
    const { source, problems } = mdx(text);
    expect([source.data, source.body, source.bodyLine, source.lineOf(['title'])]).toEqual([undefined, text, 1, 1]);
    return problems;
  };

  it('refuses TOML front matter between +++ lines', () => {
    expect(refused('+++\ntitle = "T"\n+++\nBody\n')).toEqual([
      'error content/en.mdx:1 the front matter is written between `+++` lines (TOML), which content does not use | replace both `+++` lines with `---` and write the fields as `title: "…"`',
    ]);
    expect(refused('\n+++\ntitle = "T"\n+++\n')).toEqual([
      'error content/en.mdx:1 the front matter is written between `+++` lines (TOML), which content does not use | replace both `+++` lines with `---` and write the fields as `title: "…"`',
    ]);
  });

  it('refuses blank lines or spaces before the first ---', () => {
    const message =
      'error content/en.mdx:1 the file must begin with the `---` line, but there is an empty line or spaces before it | delete everything above the first `---`';
    expect(refused('\n---\ntitle: T\n---\n')).toEqual([message]);
    expect(refused(' ---\ntitle: T\n---\n')).toEqual([message]);
    expect(refused('\n\n---\ntitle: T\n---\n')).toEqual([message]);
  });

  it('refuses a file without front matter', () => {
    expect(refused('Just text.\n')).toEqual([
      'error content/en.mdx:1 the file does not start with a front-matter block | begin the file with a line `---`, then `title: …` and `summary: …`, then another `---` line',
    ]);
    const none =
      'error content/en.mdx:1 the file does not start with a front-matter block | begin the file with a line `---`, then `title: …` and `summary: …`, then another `---` line';
    expect(refused('')).toEqual([none]);
    expect(refused('x+++\ntitle = "T"\n+++\n')).toEqual([none]);
  });

  it('refuses a first line with more than ---', () => {
    const message =
      'error content/en.mdx:1 the first line must be exactly `---`, with nothing after it | put `---` alone on the first line and the fields on the lines below it';
    expect(refused('---title: T\n---\n')).toEqual([message]);
    expect(refused('----\ntitle: T\n---\n')).toEqual([message]);
    expect(refused('---')).toEqual([message]);
  });

  it('refuses a block that is never closed', () => {
    expect(refused('---\ntitle: T\nsummary: S\n')).toEqual([
      'error content/en.mdx:1 the front-matter block is not closed | add a line `---` after the last field (`summary: …`)',
    ]);
  });

  it('refuses a closing line with more on it, or a +++ closing line, naming its line', () => {
    expect(refused('---\ntitle: T\n--- more\nBody\n')).toEqual([
      'error content/en.mdx:3 the line that ends the front matter must be exactly `---`, but it has more on it | put `---` alone on this line; if a text line starts with ---, reword it',
    ]);
    expect(refused('---\ntitle: T\nsummary: S\n+++\nBody\n')).toEqual([
      'error content/en.mdx:4 the front matter ends with a `+++` line; it must end with a line that is exactly `---` | replace `+++` with `---`',
    ]);
    expect(refused('---\ntitle: T\n+++---\nBody\n')).toEqual([
      'error content/en.mdx:3 the front matter ends with a `+++` line; it must end with a line that is exactly `---` | replace `+++` with `---`',
    ]);
  });
});

describe('listFolders', () => {
  it('lists real sub-folders in order, skipping files, hidden folders and links to folders', () => {
    const root = tempDir('validation-read-');
    for (const name of ['b-offer', 'a-offer', '.git', 'c-offer']) mkdirSync(join(root, name));
    writeFileSync(join(root, 'd-file'), 'x');
    symlinkSync(join(root, 'a-offer'), join(root, 'e-link'));
    expect(listFolders(root)).toEqual(['a-offer', 'b-offer', 'c-offer']);
  });

  it('lists nothing for a missing folder, a file or a link to a folder', () => {
    const root = tempDir('validation-read-');
    mkdirSync(join(root, 'real'));
    mkdirSync(join(root, 'real/inside'));
    writeFileSync(join(root, 'file'), 'x');
    symlinkSync(join(root, 'real'), join(root, 'link'));
    expect(listFolders(join(root, 'none'))).toEqual([]);
    expect(listFolders(join(root, 'file'))).toEqual([]);
    expect(listFolders(join(root, 'link'))).toEqual([]);
    expect(listFolders(join(root, 'real'))).toEqual(['inside']);
  });
});
