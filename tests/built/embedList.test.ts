// The partners' list widget keeps a fixed first view: its page holds only the default cards, and the index it
// answers other queries from lists every offer. Expectations come from content/, read here as plain facts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/quality/distSite.ts';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { DIST } from './site.ts';

const { tree } = loadContent('content', { root: '.' });
const newestFirst = tree.offers
  .filter((o) => !o.facts.draft)
  .sort((a, b) => b.facts.published.localeCompare(a.facts.published) || a.id.localeCompare(b.id));

describe('the list widget page', () => {
  it.each(['en', 'ru', 'kk'])('in %s holds the six newest open offers and no other card', (lang) => {
    const doc = parseDocument(readFileSync(join(DIST, lang, 'embed', 'offers', 'index.html'), 'utf8'));
    const ids = doc.querySelectorAll('article.embed-card').map((card) => card.getAttribute('data-offer-id'));
    const expected = newestFirst
      .filter((o) => o.facts.status !== 'closed')
      .slice(0, 6)
      .map((o) => o.id);
    expect(tree.offers.length).toBeGreaterThan(6);
    expect(ids).toEqual(expected);
    expect(doc.querySelectorAll('li[data-offer-item][hidden]')).toHaveLength(0);
  });
});

describe('the widget index /embed/offers.json', () => {
  it('lists every offer, newest first, with its area, kind, status and segments as content gives them', () => {
    const index = JSON.parse(readFileSync(join(DIST, 'embed', 'offers.json'), 'utf8')) as unknown[];
    expect(index).toEqual(
      newestFirst.map((o) => ({
        id: o.id,
        district: o.facts.district,
        kind: o.facts.kind,
        status: o.facts.status,
        segments: o.facts.segments,
      })),
    );
  });
});
