// The compare records the shortlist and compare pages read: one per offer page and language, each
// naming its own offer and page, small enough that four of them keep the compare page's first view
// within 30 KB gzipped (the page itself has an 18 KB budget in scripts/quality/pageTypes.ts).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, pagesByType } from './site.ts';

const MAX_RECORD_GZ = 3 * 1024;
const offerPages = pagesByType.get('offer') ?? [];

describe('compare records', () => {
  it('exist for every offer page, name its offer and page, and stay within 3 KB gzipped', () => {
    expect(offerPages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of offerPages) {
      const [, lang, id] = /^\/([a-z]{2})\/offers\/([^/]+)\/$/.exec(page.urlPath)!;
      const file = `${DIST}/${lang}/shortlist/${id}.json`;
      const text = readFileSync(file, 'utf8');
      const record = JSON.parse(text) as { id: string; url: string; title: string; cells: Record<string, { value: string }>; csv?: string };
      if (record.id !== id || record.url !== page.urlPath) problems.push(`${file}: names ${record.id} ${record.url}`);
      if (!record.title || !record.cells.area?.value || !record.csv?.startsWith(`${id},`)) problems.push(`${file}: incomplete`);
      const size = gzipSync(text, { level: 6 }).length;
      if (size > MAX_RECORD_GZ) problems.push(`${file}: ${size} bytes gzipped`);
    }
    expect(problems).toEqual([]);
  });
});
