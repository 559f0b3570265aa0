// The words a language brings besides its UI strings: the iframe titles of the embed loader, the placeholders of
// new language files, the search synonyms of kinds and segments, and the group its place aliases are listed in.
// They live in src/i18n/<lang>.json and src/schemas/langs.ts, never in a table in code, so adding a language to
// LANGS without them fails here, naming the language and the word that is missing.
import { describe, expect, it } from 'vitest';
import { uiStrings, type UiKey } from '../../src/i18n/index.ts';
import { frameTitles } from '../../src/lib/embed/frameTitles.ts';
import { offerStub } from '../../src/lib/register/stubs.ts';
import { offerKeywords } from '../../src/lib/search/keywords.ts';
import { LANGS, OFFER_KINDS, SEGMENTS, placeAliasesSchema } from '../../src/schemas/index.ts';
import { ALIAS_GROUPS } from '../../src/schemas/langs.ts';

const noNames = { en: '', ru: '', kk: '' };

describe.each(LANGS)('the words %s brings', (lang) => {
  it('names both embed iframes', () => {
    const titles = frameTitles()[lang];
    expect(titles.list.length, `embed.frameTitle.list in src/i18n/${lang}.json`).toBeGreaterThan(10);
    expect(titles.card.length, `embed.frameTitle.card in src/i18n/${lang}.json`).toBeGreaterThan(10);
    expect(titles.list).not.toBe(titles.card);
  });

  it('writes the placeholders of a new language file, each marked TODO so the checker holds it back', () => {
    const stub = offerStub(lang, { en: 'Lakeside plot' }, 'balkhash-lakeside-plot');
    const [, frontMatter = '', body = ''] = stub.split('---\n');
    // English is the language titles are translated from; the others get the English title marked for translation.
    const title = lang === 'en' ? 'Lakeside plot' : 'TODO: .+: Lakeside plot';
    expect(frontMatter).toMatch(new RegExp(`^title: "${title}"\nsummary: "TODO: .{20,}"\n$`));
    expect(body.trim().startsWith('TODO: ')).toBe(true);
    expect(body.trim().split('\n\n')).toHaveLength(2);
  });

  it.each([...OFFER_KINDS, ...SEGMENTS])('has everyday search words for %s', (id) => {
    const key = `search.synonyms.${id}` as UiKey;
    const words = uiStrings[lang][key]?.split(',').map((w) => w.trim()) ?? [];
    expect(words.length, `${key} in src/i18n/${lang}.json`).toBeGreaterThan(0);
    expect(
      words.every((w) => w.length >= 2),
      `${key} in src/i18n/${lang}.json has an empty word`,
    ).toBe(true);
    // …and the offer page's hidden keywords carry them.
    const place = { id: 'p', name: noNames, aliases: {} };
    const asKind = offerKeywords({ lang, place, district: place, kind: id, segments: [] });
    const asSegment = offerKeywords({ lang, place, district: place, kind: 'none', segments: [id] });
    expect([...asKind, ...asSegment]).toEqual(expect.arrayContaining(words));
  });

  it('has a group of place aliases, described for the field reference', () => {
    expect(ALIAS_GROUPS[lang].group.length).toBeGreaterThan(2);
    expect(placeAliasesSchema.shape[lang].description).toBe(ALIAS_GROUPS[lang].description);
  });
});

describe('place aliases', () => {
  it('are grouped by exactly the languages of the site', () => {
    expect(Object.keys(placeAliasesSchema.shape)).toEqual([...LANGS]);
  });
});
