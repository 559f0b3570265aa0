// PDF documents kept in an offer's folder: the schema takes a `url` or a `file`, exactly one; the checker refuses a
// listed PDF that is missing and a PDF that can run script or act on opening, and warns about a PDF nobody lists;
// the offer view links the site's own copy with "PDF" and its size.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { catalogInputFromTree } from '../../src/lib/content/catalogInput.ts';
import { documentSchema } from '../../src/schemas/offer.ts';
import { ACTIVE_PDF_NAMES, activePdfNames } from '../../src/lib/validation/contentFiles.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { check, fixtureWith, replaceIn, TODAY } from './helpers.ts';
import { pdfBytes, scriptedPdf } from './pdfFixture.ts';

const OFFER = 'offers/shaitankol-glamping';
const FACTS = `${OFFER}/facts.yaml`;
const title = { en: 'Title deed', ru: 'Акт на землю', kk: 'Жерге акт' };
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** Lists `lines` under `documents:` in the fixture offer's facts. */
const withDocuments = (dir: string, lines: string) => replaceIn(dir, FACTS, /\ncontact:/, `\ndocuments:\n${lines}contact:`);
const TITLE_PDF = `  - { title: { en: "Title deed", ru: "Акт на землю", kk: "Жерге акт" }, type: title, file: title.pdf }\n`;

const on = (problems: readonly ContentProblem[], file: string) => problems.filter((p) => p.file === `content/${file}`);

describe('a document in facts.yaml', () => {
  it('takes a web address or a PDF in the offer folder', () => {
    expect(documentSchema.safeParse({ title, type: 'title', url: 'https://gov.example/deed.pdf' }).success).toBe(true);
    expect(documentSchema.safeParse({ title, type: 'title', file: 'title.pdf' }).success).toBe(true);
    expect(documentSchema.safeParse({ title, type: 'title', file: 'Scan_2026-01.PDF' }).success).toBe(true);
  });

  it('refuses neither, naming both fields and what to add', () => {
    const result = documentSchema.safeParse({ title, type: 'title' });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['file']);
    expect(issue.message).toContain('`file:`');
    expect(issue.message).toContain('`url:`');
    expect(issue.message).toContain('add one of them');
  });

  it('refuses both, saying the site links only one and which line to delete', () => {
    const result = documentSchema.safeParse({ title, type: 'title', url: 'https://gov.example/deed.pdf', file: 'title.pdf' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      'a document has both `file:` and `url:`, and the site can link only one: keep `file:` for the PDF in the offer folder or `url:` for the web address, and delete the other line',
    ]);
  });

  it('takes only a bare .pdf name as a file, never a path or another type', () => {
    for (const file of ['../secret.pdf', 'docs/title.pdf', 'title.docx', 'title.pdf.exe', 'title', `${'a'.repeat(97)}.pdf`]) {
      expect(documentSchema.safeParse({ title, type: 'title', file }).success, file).toBe(false);
    }
    expect(documentSchema.safeParse({ title, type: 'title', file: 'title.docx' }).error!.issues[0]!.message).toBe(
      'must be a .pdf file name in the offer folder',
    );
  });
});

describe('the PDF script scan', () => {
  it('passes a plain PDF', () => {
    expect(activePdfNames(pdfBytes('Cadastral plan'))).toEqual([]);
  });

  it('finds each name that runs script or acts on opening, whatever follows it', () => {
    const delimiters = [' ', '\n', '\r', '\t', '\0', '\f', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%'];
    ACTIVE_PDF_NAMES.forEach((name, i) => {
      const after = delimiters[i % delimiters.length]!;
      expect(activePdfNames(pdfBytes('x', `/Extra /${name}${after}1 0 R`)), `/${name} then ${JSON.stringify(after)}`).toEqual([name]);
      // A name at the very end of the bytes is still a whole name.
      expect(activePdfNames(latin1(`%PDF-1.7\n/${name}`)), `/${name} at the end`).toEqual([name]);
    });
  });

  it('lets longer names that only start like one pass', () => {
    const text = '%PDF-1.7\n<< /JSON 1 /JSFoo 2 /AAB 3 /Launcher 4 /XFAForm 5 /EmbeddedFiles2x 6 /OpenActions 7 >>';
    expect(activePdfNames(latin1(text))).toEqual([]);
    // Text that is not a name (no slash) is not a name either.
    expect(activePdfNames(latin1('%PDF-1.7\n(JavaScript is mentioned in a sentence) Tj'))).toEqual([]);
  });

  it('decodes #xx escapes, so a disguised name is still found', () => {
    expect(activePdfNames(latin1('%PDF-1.7\n<< /S /J#61vaScript /O#70enAction 1 0 R >>'))).toEqual(['JavaScript', 'OpenAction']);
  });

  it('reports /OpenAction with /JavaScript, each once', () => {
    expect(activePdfNames(scriptedPdf())).toEqual(['OpenAction', 'JavaScript', 'JS']);
  });
});

describe('npm run check:content on PDF documents', () => {
  it('accepts a listed PDF that is in the folder, with no warning about it', () => {
    const dir = fixtureWith((d) => {
      withDocuments(d, TITLE_PDF);
      writeFileSync(join(d, OFFER, 'title.pdf'), pdfBytes('Title deed'));
    });
    const { errors, warnings } = check(dir);
    expect(errors).toEqual([]);
    expect(on(warnings, `${OFFER}/title.pdf`)).toEqual([]);
  });

  it('fails loudly when a listed PDF is not in the folder, pointing at the file line', () => {
    const dir = fixtureWith((d) => withDocuments(d, TITLE_PDF));
    const { errors } = check(dir);
    const missing = on(errors, FACTS).filter((p) => p.message.includes('title.pdf'));
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toBe('the document file title.pdf is not in the offer folder, so the site cannot publish it');
    expect(missing[0]!.hint).toContain('put the PDF beside facts.yaml');
    expect(missing[0]!.field).toBe('documents[0].file');
  });

  it('warns about a PDF in the folder that facts.yaml does not list', () => {
    const dir = fixtureWith((d) => writeFileSync(join(d, OFFER, 'old-plan.pdf'), pdfBytes('Old plan')));
    const { errors, warnings } = check(dir);
    expect(errors).toEqual([]);
    expect(on(warnings, `${OFFER}/old-plan.pdf`).map((w) => w.message)).toEqual([
      'this PDF is not listed under `documents:` in facts.yaml, so the site does not publish it',
    ]);
  });

  it('refuses a PDF with script, naming the file, the names found and the fix', () => {
    const dir = fixtureWith((d) => {
      withDocuments(d, TITLE_PDF);
      writeFileSync(join(d, OFFER, 'title.pdf'), scriptedPdf());
    });
    const [problem, ...rest] = on(check(dir).errors, `${OFFER}/title.pdf`);
    expect(rest).toEqual([]);
    expect(problem!.message).toContain('/OpenAction, /JavaScript, /JS');
    expect(problem!.hint).toContain('save/print the document again as plain PDF without scripts or attachments');
  });

  it('refuses a document with neither url nor file at its line in facts.yaml', () => {
    const dir = fixtureWith((d) => withDocuments(d, `  - { title: { en: "Plan", ru: "План", kk: "Жоспар" }, type: master-plan }\n`));
    const problem = on(check(dir).errors, FACTS).find((p) => p.message.includes('a document needs'));
    expect(problem, JSON.stringify(check(dir).errors)).toBeDefined();
    expect(problem!.line).toBeGreaterThan(1);
  });
});

describe('the offer page’s list of documents', () => {
  it('links the site’s own copy once for every language, with "PDF" and the size in the page’s language', () => {
    const dir = fixtureWith((d) => {
      withDocuments(
        d,
        `${TITLE_PDF}  - { title: { en: "Plan", ru: "План", kk: "Жоспар" }, type: master-plan, url: "https://gov.example/plan" }\n`,
      );
      writeFileSync(join(d, OFFER, 'title.pdf'), pdfBytes('Title deed'));
    });
    const catalog = buildCatalog(catalogInputFromTree(check(dir).tree, TODAY, () => 1_536_000));
    const offer = catalog.offers.find((o) => o.id === 'shaitankol-glamping')!;
    const en = toOfferView(offer, 'en', catalog).documents;
    const ru = toOfferView(offer, 'ru', catalog).documents;
    expect(en).toEqual([
      {
        title: 'Title deed',
        typeLabel: 'Title document',
        url: '/offers/shaitankol-glamping/docs/title.pdf',
        external: false,
        formatLabel: 'PDF, 1.5 MB',
      },
      { title: 'Plan', typeLabel: 'Master plan', url: 'https://gov.example/plan', external: true, formatLabel: undefined },
    ]);
    expect(ru[0]).toMatchObject({ title: 'Акт на землю', url: '/offers/shaitankol-glamping/docs/title.pdf', formatLabel: 'PDF, 1,5 МБ' });
  });

  it('says kilobytes below a megabyte, and plain "PDF" when the size is unknown', () => {
    const dir = fixtureWith((d) => {
      withDocuments(d, TITLE_PDF);
      writeFileSync(join(d, OFFER, 'title.pdf'), pdfBytes('Title deed'));
    });
    const tree = check(dir).tree;
    const sized = buildCatalog(catalogInputFromTree(tree, TODAY, () => 200));
    const unknown = buildCatalog(catalogInputFromTree(tree, TODAY));
    const view = (c: typeof sized, lang: 'en' | 'kk') =>
      toOfferView(c.offers.find((o) => o.id === 'shaitankol-glamping')!, lang, c).documents[0]!.formatLabel;
    expect(view(sized, 'en')).toBe('PDF, 1 KB');
    expect(view(sized, 'kk')).toBe('PDF, 1 КБ');
    expect(view(unknown, 'en')).toBe('PDF');
  });
});
