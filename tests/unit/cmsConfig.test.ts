import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { landSchema } from '../../src/schemas/index.ts';
import { CMS_CONFIG_FILE, decapConfig, fieldOf, renderDecapConfig, schemaFields } from '../../src/lib/cms/decapConfig.ts';

type Field = { name: string; widget: string; fields?: Field[]; [k: string]: unknown };
const collection = (name: string) =>
  (decapConfig().collections as Array<{ name: string; fields: Field[] } & Record<string, unknown>>).find((c) => c.name === name)!;
const field = (fields: Field[], path: string): Field =>
  path.split('.').reduce<Field>((f, key) => (f.fields ?? []).find((x) => x.name === key)!, { name: '', widget: '', fields });

describe('the editor configuration', () => {
  it(`is up to date in ${CMS_CONFIG_FILE} (run \`npm run cms:config\` after changing a schema)`, () => {
    expect(readFileSync(CMS_CONFIG_FILE, 'utf8')).toBe(renderDecapConfig());
  });

  it('changes when a schema changes: a new maximum on the area reaches the form', () => {
    const before = fieldOf('land', landSchema)!;
    const changed = fieldOf('land', landSchema.extend({ areaHa: z.number().positive().max(5000).describe('Area in hectares.') }))!;
    expect(field(before.fields as unknown as Field[], 'areaHa').max).toBeUndefined();
    expect(field(changed.fields as unknown as Field[], 'areaHa').max).toBe(5000);
  });

  it('edits offers in the content layout: content/offers/<id>/facts.yaml and <id>/<lang>.mdx', () => {
    expect(collection('offers')).toMatchObject({
      folder: 'content/offers',
      extension: 'yaml',
      meta: { path: { index_file: 'facts' } },
    });
    for (const lang of ['en', 'ru', 'kk']) {
      expect(collection(`offer-texts-${lang}`)).toMatchObject({
        folder: 'content/offers',
        extension: 'mdx',
        meta: { path: { index_file: lang } },
        // Every .mdx of a folder is listed in each text list: the row must say which language file it is.
        summary: '{{dirname}} · {{filename}}.{{extension}}',
      });
    }
  });

  it('refuses a negative area and takes only the land categories of the schema', () => {
    const offers = collection('offers').fields;
    expect(field(offers, 'land.areaHa')).toMatchObject({ widget: 'number', value_type: 'float', min: 0 });
    expect(field(offers, 'land.category').options).toEqual([
      'agricultural',
      'settlement',
      'industry-transport',
      'protected-recreational',
      'forest-fund',
      'water-fund',
      'reserve',
    ]);
    expect(field(offers, 'location.lat')).toMatchObject({ min: -90, max: 90 });
  });

  it('marks optional fields, and fields of only some offer kinds, as not required', () => {
    const offers = collection('offers').fields;
    expect(field(offers, 'land.cadastralNumber').required).toBe(false);
    expect(field(offers, 'land.cadastralNumber').pattern).toEqual([
      '^\\d{2}(?:-\\d{1,4}){2,4}$',
      'группы цифр через дефис, например «09-134-021-345»',
    ]);
    expect(field(offers, 'object')).toMatchObject({ required: false, hint: expect.stringContaining('infrastructure') });
    expect(field(offers, 'kind').options).toEqual(['land-plot', 'infrastructure', 'large-project']);
    expect(field(offers, 'published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
  });

  it("uploads an offer's photo into the offer's own folder and keeps the bare file name", () => {
    expect(collection('offers')).toMatchObject({ media_folder: '', public_folder: '' });
    expect(field(collection('offers').fields, 'photos.file')).toMatchObject({
      widget: 'image',
      choose_url: false,
      pattern: ['^[\\w.-]+\\.(?:jpe?g|png|webp|avif)$', 'имя файла .jpg, .png, .webp или .avif из папки предложения'],
    });
  });

  it('labels fields in Russian from the field reference, keeping the key', () => {
    expect(field(collection('offers').fields, 'land.areaHa').label).toBe('Площадь, га (areaHa)');
  });

  it('leaves out only what the form cannot show (outlines), which saving keeps in the file', () => {
    const names = schemaFields(landSchema).map((f) => f.name);
    expect(names).toEqual(['areaHa', 'cadastralNumber', 'category']);
    expect(collection('offers').fields.map((f) => f.name)).not.toContain('boundary');
  });

  it('labels every field in Russian words, never with its bare schema key', () => {
    const bare: string[] = [];
    const walk = (fields: Field[], path: string) => {
      for (const f of fields) {
        const label = String(f.label);
        const isLanguage = ['English', 'Русский', 'Қазақша'].includes(label);
        if (!isLanguage && !/[а-яё]/i.test(label)) bare.push(`${path}${f.name}: "${label}"`);
        walk(f.fields ?? [], `${path}${f.name}.`);
        if (f.field) walk([f.field as Field], `${path}${f.name}.`);
      }
    };
    for (const c of decapConfig().collections as Array<{
      name: string;
      fields?: Field[];
      files?: Array<{ name: string; fields: Field[] }>;
    }>) {
      walk(c.fields ?? [], `${c.name}: `);
      for (const f of c.files ?? []) walk(f.fields, `${c.name}/${f.name}: `);
    }
    expect(bare).toEqual([]);
    expect(field(collection('offers').fields, 'utilities.power.available').label).toBe('Есть, можно подключиться (available)');
    expect(field(collection('offers').fields, 'place').hint).toBe(
      'Id ближайшего населённого пункта (города, посёлка или села) из places.yaml.',
    );
  });
});

type ListFile = { name: string; label: string; file: string; fields: Field[] };
const listFile = (name: string) => (collection('lists') as unknown as { files: ListFile[] }).files.find((f) => f.name === name)!;

describe('the lists of content/ in the editor', () => {
  it('edits each list file as one list under the file’s key', () => {
    const files = (collection('lists') as unknown as { files: ListFile[] }).files;
    expect(files.map((f) => [f.file, f.fields.map((x) => x.name)])).toEqual([
      ['content/places.yaml', ['places']],
      ['content/contacts.yaml', ['contacts']],
      ['content/incentives.yaml', ['incentives']],
      ['content/mci.yaml', ['mci']],
      ['content/grantors.yaml', ['grantors']],
      ['content/exchange-rates.yaml', ['rates']],
    ]);
    expect(listFile('places').fields[0]).toMatchObject({
      widget: 'list',
      collapsed: true,
      summary: '{{fields.id}} — {{fields.name.ru}}',
      label: 'Места: населённые пункты, аэропорты, озёра (places)',
    });
  });

  it('gives the items the fields, choices, ranges and patterns of their schemas, labelled in Russian', () => {
    const places = listFile('places').fields;
    expect(field(places, 'places.type').options).toEqual(['city', 'town', 'village', 'airport', 'lake', 'park', 'landmark']);
    expect(field(places, 'places.lat')).toMatchObject({ widget: 'number', min: -90, max: 90 });
    expect(field(places, 'places.district').required).toBe(false);
    const contacts = listFile('contacts').fields;
    expect(field(contacts, 'contacts.phone')).toMatchObject({
      label: 'Телефон в международном формате, например +7 7212 00 00 00 (phone)',
      required: false,
      pattern: ['^\\+[0-9 ()-]{7,20}$', 'номер в международном формате, начиная с +, например +7 7212 00 00 00'],
    });
    expect(field(listFile('mci').fields, 'mci.year')).toMatchObject({ widget: 'number', value_type: 'int', min: 2000, max: 2100 });
    expect(field(listFile('exchangeRates').fields, 'rates.kztPerUnit').label).toBe('Тенге за одну единицу валюты (kztPerUnit)');
  });
});
