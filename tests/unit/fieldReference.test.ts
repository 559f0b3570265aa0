import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIELD_REFERENCE_FILES,
  REGISTER_DOC_FILE,
  type RefLang,
  referenceSections,
  renderFieldReference,
} from '../../src/lib/fieldReference/describeSchema.ts';
import { KK_DESCRIPTIONS } from '../../src/lib/fieldReference/kk.ts';
import { RU_DESCRIPTIONS } from '../../src/lib/fieldReference/ru.ts';
import { renderRegisterDoc } from '../../src/lib/register/registerDoc.ts';
import { collectKeys } from '../../src/lib/validation/schemaKeys.ts';
import { offerFactsSchema } from '../../src/schemas/index.ts';

describe('the generated field reference', () => {
  for (const [lang, file] of Object.entries(FIELD_REFERENCE_FILES)) {
    it(`is up to date in ${file} (run \`npm run docs:fields\` after changing a schema)`, () => {
      expect(readFileSync(file, 'utf8')).toBe(renderFieldReference(lang as RefLang));
    });
  }

  it('exists in English, Russian and Kazakh', () => {
    expect(FIELD_REFERENCE_FILES).toEqual({
      en: 'content/docs/fields.en.md',
      ru: 'content/docs/fields.ru.md',
      kk: 'content/docs/fields.kk.md',
    });
  });

  it('has a Kazakh wording for every description the Russian reference words, and no other', () => {
    const missing = Object.keys(RU_DESCRIPTIONS).filter((key) => !KK_DESCRIPTIONS[key]?.trim());
    expect(missing).toEqual([]);
    expect(Object.keys(KK_DESCRIPTIONS).filter((key) => !(key in RU_DESCRIPTIONS))).toEqual([]);
  });

  it('writes the Kazakh reference in Kazakh, with the glossary terms for area and purpose', () => {
    const kk = renderFieldReference('kk');
    expect(kk.split('\n')[0]).toBe('# Өрістер анықтамалығы');
    expect(kk).toContain('| `land.areaHa` | иә | сан | Көлемі, га. |');
    expect(kk).toContain('нысаналы мақсаты');
    expect(kk).toContain(
      '| `acquisition.depositKzt` | жоқ | сан | Лот туралы хабарландыруда белгіленген қатысушының кепілдік жарнасы, теңге. |',
    );
  });

  it('names the missing file when a description has no wording', () => {
    const saved = KK_DESCRIPTIONS['Offer kind.'];
    const table = KK_DESCRIPTIONS as Record<string, string>;
    delete table['Offer kind.'];
    try {
      expect(() => renderFieldReference('kk')).toThrow(
        'No Kazakh wording for the schema description "Offer kind.": add it to src/lib/fieldReference/kk.ts',
      );
    } finally {
      table['Offer kind.'] = saved!;
    }
  });

  it('keeps seeds/REGISTER.md in step with the register columns', () => {
    expect(readFileSync(REGISTER_DOC_FILE, 'utf8')).toBe(renderRegisterDoc());
  });

  it('describes every offer field, each with a description', () => {
    const documented = new Set(referenceSections().flatMap((s) => s.rows.flatMap((r) => r.path.split(/\.|\[\]\./))));
    const missing = [...collectKeys(offerFactsSchema)].filter((k) => !documented.has(k) && !['en', 'ru', 'kk'].includes(k));
    expect(missing).toEqual([]);
    const undescribed = referenceSections().flatMap((s) => s.rows.filter((r) => !r.description).map((r) => `${s.id}:${r.path}`));
    expect(undescribed).toEqual([]);
  });

  it('lists allowed values and defaults from the schema itself', () => {
    const facts = referenceSections().find((s) => s.id === 'offer-facts')!.rows;
    expect(facts.find((r) => r.path === 'status')!.type.values).toEqual([
      'available',
      'reserved',
      'at-auction',
      'at-tender',
      'at-competition',
      'under-negotiation',
      'closed',
    ]);
    expect(facts.find((r) => r.path === 'acquisition.grantor')!.type.values).toEqual([
      'akimat-land',
      'national-park',
      'communal-property',
      'ppp',
      'private-owner',
    ]);
    expect(facts.find((r) => r.path === 'incentives')!.required).toEqual({ default: [] });
    expect(facts.find((r) => r.path === 'draft')!.required).toEqual({ default: false });
    expect(facts.find((r) => r.path === 'photos[].alt')!.required).toBe('no');
  });

  it('documents the MCI and grantor lists the incentive and acquisition rules read', () => {
    const files = referenceSections().map((s) => s.file);
    expect(files).toContain('content/mci.yaml — under `mci:`, one item per year');
    expect(files).toContain('content/grantors.yaml — under `grantors:`, one item per grantor');
    const mci = referenceSections()
      .find((s) => s.id === 'mci')!
      .rows.map((r) => r.path);
    expect(mci).toEqual(['id', 'year', 'valueKzt', 'source', 'source.act', 'source.article', 'source.url', 'source.verified']);
  });
});
