// An offer's own PDF on the built site: published once at /offers/<id>/docs/<file>, byte for byte the file in its
// folder, and linked from the offer page in every language with the title in that language and "PDF" with its
// size. The offer and its texts are written here by hand from content/offers/karkaraly-kent-camping/facts.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/quality/distSite.ts';
import { DIST } from './site.ts';

const OFFER = 'karkaraly-kent-camping';
const FILE = 'sample-document.pdf';
const PUBLISHED = `/offers/${OFFER}/docs/${FILE}`;
const EXPECTED = {
  en: { title: 'Sample offer document (illustrative)', note: '(Document, PDF, 1 KB)' },
  ru: { title: 'Образец документа предложения (условно)', note: '(Документ, PDF, 1 КБ)' },
  kk: { title: 'Ұсыныс құжатының үлгісі (шартты)', note: '(Құжат, PDF, 1 КБ)' },
} as const;

describe('a PDF kept in an offer’s folder', () => {
  it('is in dist/ once, byte for byte the file in content/', () => {
    const built = readFileSync(join(DIST, PUBLISHED));
    expect(built.equals(readFileSync(join('content/offers', OFFER, FILE)))).toBe(true);
    expect(built.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  for (const [lang, expected] of Object.entries(EXPECTED)) {
    it(`is linked from the ${lang} offer page with its title, type, "PDF" and size`, () => {
      const doc = parseDocument(readFileSync(join(DIST, lang, 'offers', OFFER, 'index.html'), 'utf8'));
      const section = doc.querySelector('section[aria-labelledby="documents"]');
      expect(section, 'no documents section').not.toBeNull();
      const link = section!.querySelectorAll('a').find((a) => a.getAttribute('href') === PUBLISHED);
      expect(link, `no link to ${PUBLISHED}`).toBeDefined();
      expect(link!.text.trim()).toBe(expected.title);
      expect(link!.getAttribute('type')).toBe('application/pdf');
      // The site's own file is not an external link.
      expect(link!.getAttribute('rel')).toBeUndefined();
      expect(link!.parentNode!.querySelector('.muted')!.text.replace(/\s+/g, ' ').trim()).toBe(expected.note);
    });
  }

  it('is given by its absolute address in the open data, in the order of facts.documents', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/offers.json'), 'utf8')) as {
      offers: Array<{ id: string; links: { documents: string[] } }>;
    };
    const offer = data.offers.find((o) => o.id === OFFER)!;
    expect(offer.links.documents).toHaveLength(1);
    expect(new URL(offer.links.documents[0]!).pathname).toBe(PUBLISHED);
  });
});
