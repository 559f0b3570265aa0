// The Kazakh editor at /admin/kk/: the same configuration as the Russian one at /admin/ (generated from the same
// schemas), with every word an official reads in Kazakh. Expected words are written out here by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CMS_CONFIG_FILES, decapConfig, renderDecapConfig } from '../../src/lib/cms/decapConfig.ts';
import { EDITOR_LANGS, type EditorLang } from '../../src/lib/cms/editorWords.ts';
import { AID_WORDS } from '../../src/lib/cms/otherLanguages.ts';

type Field = { name: string; label?: string; hint?: string; widget: string; pattern?: [string, string]; fields?: Field[]; field?: Field };
type Collection = {
  name: string;
  label: string;
  label_singular?: string;
  fields?: Field[];
  files?: Array<{ name: string; label: string; fields: Field[] }>;
  meta?: unknown;
};
const collections = (lang: EditorLang) => (decapConfig(lang) as { collections: Collection[] }).collections;
const named = (lang: EditorLang, name: string) => collections(lang).find((c) => c.name === name)!;
const find = (fields: Field[], path: string): Field =>
  path.split('.').reduce<Field>((f, key) => [...(f.fields ?? []), ...(f.field ? [f.field] : [])].find((x) => x.name === key)!, {
    name: '',
    widget: '',
    fields,
  });

/** Every field of a configuration with its dotted path, lists' items included. */
function allFields(lang: EditorLang): Array<[string, Field]> {
  const out: Array<[string, Field]> = [];
  const walk = (fields: Field[], path: string) => {
    for (const f of fields) {
      out.push([`${path}${f.name}`, f]);
      walk(f.fields ?? [], `${path}${f.name}.`);
      if (f.field) walk([f.field], `${path}${f.name}.`);
    }
  };
  for (const c of collections(lang)) {
    walk(c.fields ?? [], `${c.name}: `);
    for (const file of c.files ?? []) walk(file.fields, `${c.name}/${file.name}: `);
  }
  return out;
}

const KAZAKH_LETTER = /[әғқңөұүһі]/i;

describe('the Kazakh editor configuration', () => {
  it('is committed for every editor language, and is up to date (run `npm run cms:config`)', () => {
    expect(CMS_CONFIG_FILES).toEqual({ ru: 'public/admin/config.yml', kk: 'public/admin/kk/config.yml', en: 'public/admin/en/config.yml' });
    for (const lang of EDITOR_LANGS) expect(readFileSync(CMS_CONFIG_FILES[lang], 'utf8'), lang).toBe(renderDecapConfig(lang));
  });

  it('asks Decap for its Kazakh interface and has exactly the Russian editor’s fields, widgets and patterns', () => {
    expect((decapConfig('kk') as { locale: string }).locale).toBe('kk');
    const shape = (lang: EditorLang) => allFields(lang).map(([path, f]) => [path, f.widget, f.pattern?.[0]]);
    expect(shape('kk')).toEqual(shape('ru'));
    expect(shape('en')).toEqual(shape('ru'));
  });

  it('labels every field in Kazakh, never in the Russian editor’s words, and keeps its key visible', () => {
    const russian = new Map(allFields('ru').map(([path, f]) => [path, f]));
    const leftInRussian: string[] = [];
    let withKazakhLetter = 0;
    let labelled = 0;
    for (const [path, f] of allFields('kk')) {
      const label = String(f.label);
      if (['English', 'Русский', 'Қазақша'].includes(label)) continue;
      labelled++;
      const ru = russian.get(path)!;
      if (label === ru.label || (f.hint !== undefined && f.hint === ru.hint) || (f.name !== 'item' && !label.endsWith(`(${f.name})`)))
        leftInRussian.push(`${path}: ${label}`);
      if (KAZAKH_LETTER.test(label)) withKazakhLetter++;
    }
    expect(leftInRussian).toEqual([]);
    // A list's item carries the list's label, key and all. Kazakh has the Russian letters too; a label with none of its own letters is rare in real Kazakh.
    expect(withKazakhLetter / labelled).toBeGreaterThan(0.8);
  });

  it('reads as the field reference and the tables say, for fields an official meets first', () => {
    const offers = named('kk', 'offers');
    expect(offers).toMatchObject({ label: 'Ұсыныстар: деректер', label_singular: 'ұсыныс' });
    expect(offers.meta).toEqual({ path: { widget: 'string', label: 'Қалта (id: кіші латын әріптері мен дефистер)', index_file: 'facts' } });
    const fields = offers.fields ?? [];
    expect(find(fields, 'kind').label).toBe('Ұсыныстың түрі (kind)');
    expect(find(fields, 'land.areaHa').label).toBe('Көлемі, га (areaHa)');
    // Too long as a label: the short one, with the whole field-reference wording as the hint.
    expect(find(fields, 'place')).toMatchObject({
      label: 'Ең жақын елді мекен: places.yaml тізіміндегі id (place)',
      hint: 'places.yaml тізіміндегі ең жақын елді мекеннің (қаланың, кенттің немесе ауылдың) id-і.',
    });
    expect(find(fields, 'utilities.power.available').label).toBe('Бар, қосылуға болады (available)');
    expect(find(fields, 'photos.file').hint).toBe(
      'Фотосуретті жүктеңіз (.jpg, .png, .webp немесе .avif); файл ұсыныстың қалтасына сақталады.',
    );
    expect(named('kk', 'offer-texts-ru')).toMatchObject({
      label: 'Ұсыныстар: мәтіндер — Русский',
      label_singular: 'ұсыныс мәтіні (Русский)',
    });
    expect(find(named('kk', 'offer-texts-ru').fields ?? [], 'body')).toMatchObject({
      label: 'Беттің мәтіні (body)',
      hint: 'Абзацтарды бос жолмен бөліңіз. Код пен HTML жазуға болмайды.',
    });
  });

  it('gives the pattern messages in Kazakh, in lower case and without a full stop (Decap adds its own)', () => {
    const contacts = named('kk', 'lists').files!.find((f) => f.name === 'contacts')!.fields;
    expect(find(contacts, 'contacts.phone').pattern?.[1]).toBe(
      '+ белгісінен басталатын халықаралық форматтағы нөмір, мысалы +7 7212 00 00 00',
    );
    for (const [path, f] of allFields('kk')) if (f.pattern) expect(f.pattern[1], path).toMatch(/^[^A-ZА-ЯӘҒҚҢӨҰҮҺІ].*[^.]$/u);
  });

  it('names the lists and the fields only some offer kinds have in Kazakh', () => {
    const lists = named('kk', 'lists');
    expect(lists.label).toBe('Анықтамалықтар');
    expect(lists.files!.map((f) => f.label)).toEqual([
      'Орындар: елді мекендер, әуежайлар, көлдер (places.yaml)',
      'Жауапты қызметкерлер (contacts.yaml)',
      'Қолдау шаралары (incentives.yaml)',
      'Жылдар бойынша АЕК (mci.yaml)',
      'Құқықты кім береді: құқықтық негіздер (grantors.yaml)',
      'Ұлттық Банктің валюта бағамдары (exchange-rates.yaml)',
    ]);
    const onlySome = allFields('kk').filter(([, f]) => f.hint?.startsWith('Тек мына түр үшін: '));
    expect(onlySome.length).toBeGreaterThan(0);
    expect(allFields('kk').some(([, f]) => f.hint?.includes('Только для вида'))).toBe(false);
  });

  it('has the copy aid speak Kazakh on the Kazakh page', () => {
    expect(AID_WORDS.kk.copy('English')).toBe('English мәтінін осында көшіру');
    expect(AID_WORDS.kk.panel('summary')).toBe('Басқа тілдер: summary');
    for (const key of ['show', 'showHint', 'loading', 'empty'] as const) {
      expect(AID_WORDS.kk[key]).toMatch(KAZAKH_LETTER);
      expect(AID_WORDS.kk[key]).not.toBe(AID_WORDS.ru[key]);
    }
  });

  it('has an English twin at /admin/en/ in the schemas’ own words, with short labels where they run long', () => {
    expect((decapConfig('en') as { locale: string }).locale).toBe('en');
    const fields = named('en', 'offers').fields ?? [];
    expect(named('en', 'offers')).toMatchObject({ label: 'Offers: facts', label_singular: 'offer' });
    expect(find(fields, 'kind').label).toBe('Offer kind (kind)');
    // "e.g." does not end a sentence: the label is the whole first sentence or, too long, the short one.
    const contacts = named('en', 'lists').files!.find((f) => f.name === 'contacts')!.fields;
    expect(find(contacts, 'contacts.telegram')).toMatchObject({
      label: 'Telegram username without the @ (telegram)',
      hint: 'Telegram username without the @, when the officer answers there, e.g. karaganda_invest.',
    });
    expect(find(fields, 'documents.file').label).toBe('PDF file of the document (file)');
    expect(find(fields, 'utilities.power.available').label).toBe('Available to connect (available)');
    const cyrillic = allFields('en').filter(([, f]) => /[а-яёәғқңөұүһі]/i.test(`${f.label} ${f.hint ?? ''} ${f.pattern?.[1] ?? ''}`));
    expect(cyrillic.map(([path, f]) => `${path}: ${f.label}`).filter((l) => !/: (Русский|Қазақша)$/.test(l))).toEqual([]);
  });
});
