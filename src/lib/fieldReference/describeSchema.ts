import type { z } from 'astro/zod';
import {
  contactSchema,
  districtSchema,
  districtTextSchema,
  grantorSourceSchema,
  incentiveSchema,
  infrastructureObjectSchema,
  landPlotOfferSchema,
  largeProjectOfferSchema,
  largeProjectSchema,
  mciSchema,
  exchangeRateSchema,
  offerTextSchema,
  placeSchema,
} from '../../schemas/index.ts';
import { LANGS } from '../../schemas/langs.ts';
import { CONTENT_LAYOUT, type ListCollectionName } from '../content/layout.ts';
import { KK_DESCRIPTIONS } from './kk.ts';
import { RU_DESCRIPTIONS } from './ru.ts';

export type RefLang = 'en' | 'ru' | 'kk';

/** One field of a content file, as the guide explains it. */
export interface FieldRow {
  /** `land.areaHa`, `photos[].file`. */
  path: string;
  required: 'yes' | 'no' | { default: unknown };
  /** What to write: a type, or the allowed values. */
  type: {
    kind: 'text' | 'localized' | 'number' | 'whole number' | 'boolean' | 'date' | 'url' | 'email' | 'id' | 'pair' | 'object';
    values?: readonly string[];
    list?: boolean;
  };
  description: string;
}

type Def = Record<string, unknown> & { type: string };
const defOf = (s: z.core.$ZodType) => s._zod.def as unknown as Def;
const describe = (s: z.core.$ZodType) => (s as unknown as { description?: string }).description;

function isLocalized(s: z.core.$ZodType): boolean {
  const def = defOf(s);
  return def.type === 'object' && Object.keys(def.shape as object).join() === LANGS.join();
}

/** Unwraps optional/default, keeping the first description met and whether the field may be left out. */
function unwrap(s: z.core.$ZodType): { inner: z.core.$ZodType; description?: string; required: FieldRow['required'] } {
  let description = describe(s);
  let required: FieldRow['required'] = 'yes';
  let cur = s;
  for (;;) {
    const def = defOf(cur);
    if (def.type === 'optional') required = 'no';
    else if (def.type === 'default')
      required = { default: typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue };
    else break;
    cur = def.innerType as z.core.$ZodType;
    description ??= describe(cur);
  }
  return { inner: cur, description: description ?? describe(cur), required };
}

function typeOf(s: z.core.$ZodType): FieldRow['type'] {
  const def = defOf(s);
  switch (def.type) {
    case 'string': {
      const format = (s as unknown as { format?: string }).format;
      if (format === 'url') return { kind: 'url' };
      if (format === 'email') return { kind: 'email' };
      const patterns = ((def.checks as Array<{ _zod: { def: { pattern?: RegExp } } }> | undefined) ?? []).map((c) =>
        String(c._zod.def.pattern ?? ''),
      );
      return patterns.some((p) => p.includes('[a-z0-9]+(?:-[a-z0-9]+)*')) ? { kind: 'id' } : { kind: 'text' };
    }
    case 'number': {
      const checks = (def.checks as Array<{ _zod: { def: { format?: string } } }> | undefined) ?? [];
      return checks.some((c) => c._zod.def.format === 'safeint') ? { kind: 'whole number' } : { kind: 'number' };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'pipe':
      return { kind: 'date' }; // the only pipe in the schemas is isoDateSchema (YAML dates → YYYY-MM-DD)
    case 'enum':
      return { kind: 'text', values: Object.values(def.entries as Record<string, string>) };
    case 'literal':
      return { kind: 'text', values: (def.values as unknown[]).map(String) };
    case 'tuple':
      return { kind: 'pair' };
    case 'object':
      return isLocalized(s) ? { kind: 'localized' } : { kind: 'object' };
    default:
      return { kind: 'text' };
  }
}

/** Every field of an object schema, depth first, in schema order. */
export function describeObject(schema: z.core.$ZodType, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [key, child] of Object.entries(defOf(schema).shape as Record<string, z.core.$ZodType>)) {
    const { inner, description, required } = unwrap(child);
    const path = `${prefix}${key}`;
    const def = defOf(inner);
    if (def.type === 'array') {
      const element = unwrap(def.element as z.core.$ZodType).inner;
      const elementType = typeOf(element);
      rows.push({ path, required, type: { ...elementType, list: true }, description: description ?? '' });
      if (elementType.kind === 'object') rows.push(...describeObject(element, `${path}[].`));
      continue;
    }
    const type = typeOf(inner);
    rows.push({ path, required, type, description: description ?? '' });
    if (type.kind === 'object') rows.push(...describeObject(inner, `${path}.`));
  }
  return rows;
}

export interface ReferenceSection {
  id: string;
  file: string;
  rows: FieldRow[];
}

/** The content files and their fields, in the order the guide presents them. */
export function referenceSections(): ReferenceSection[] {
  const common = describeObject(landPlotOfferSchema).filter((r) => r.path !== 'kind');
  return [
    {
      id: 'offer-facts',
      file: 'content/offers/<id>/facts.yaml',
      rows: [
        {
          path: 'kind',
          required: 'yes',
          type: { kind: 'text', values: ['land-plot', 'infrastructure', 'large-project'] },
          description: 'Offer kind.',
        },
        ...common,
      ],
    },
    {
      id: 'offer-object',
      file: 'content/offers/<id>/facts.yaml — `object:` (kind: infrastructure)',
      rows: describeObject(infrastructureObjectSchema, 'object.'),
    },
    {
      id: 'offer-project',
      file: 'content/offers/<id>/facts.yaml — `project:` (kind: large-project)',
      rows: [
        ...describeObject(largeProjectOfferSchema).filter((r) => r.path === 'investmentKzt'),
        ...describeObject(largeProjectSchema, 'project.'),
      ],
    },
    { id: 'offer-text', file: 'content/offers/<id>/en.mdx, ru.mdx, kk.mdx (front matter)', rows: describeObject(offerTextSchema) },
    { id: 'places', file: listHeading('places', 'place'), rows: describeObject(placeSchema) },
    { id: 'districts', file: 'content/districts/<id>/district.yaml', rows: describeObject(districtSchema) },
    { id: 'district-text', file: 'content/districts/<id>/en.mdx, ru.mdx, kk.mdx (front matter)', rows: describeObject(districtTextSchema) },
    { id: 'contacts', file: listHeading('contacts', 'person'), rows: describeObject(contactSchema) },
    { id: 'incentives', file: listHeading('incentives', 'programme'), rows: describeObject(incentiveSchema) },
    { id: 'mci', file: listHeading('mci', 'year'), rows: describeObject(mciSchema) },
    { id: 'grantors', file: listHeading('grantors', 'grantor'), rows: describeObject(grantorSourceSchema) },
    { id: 'exchange-rates', file: listHeading('exchangeRates', 'currency'), rows: describeObject(exchangeRateSchema) },
  ];
}

/** Heading of a list file's table: the file, the key its list sits under, and what one item is. */
function listHeading(name: ListCollectionName, item: string): string {
  const { file, key } = CONTENT_LAYOUT[name];
  return `content/${file} — under \`${key}:\`, one item per ${item}`;
}

const WORDS = {
  en: {
    title: 'Field reference',
    generated:
      'Generated from the schemas in `src/schemas/` by `npm run docs:fields`. Do not edit by hand: a test fails when this file is out of date.',
    intro:
      'Every field a content file may have. “Required: no” fields may be left out. Where a field takes one of a few values, they are listed; write them exactly as shown.',
    field: 'Field',
    required: 'Required',
    write: 'What to write',
    description: 'Meaning',
    yes: 'yes',
    no: 'no',
    default: 'no, default',
    listOf: 'list of',
    kinds: {
      text: 'text',
      localized: `text in ${LANGS.join(', ')}`,
      number: 'number',
      'whole number': 'whole number',
      boolean: 'true or false',
      date: 'date YYYY-MM-DD',
      url: 'web address https://…',
      email: 'email address',
      id: 'id (lower-case-with-hyphens)',
      pair: '[latitude, longitude]',
      object: 'group of the fields below',
    },
    oneOf: 'one of',
    other: 'Other languages: [Русский](fields.ru.md) · [Қазақша](fields.kk.md)',
  },
  ru: {
    title: 'Справочник полей',
    generated: 'Создан из схем в `src/schemas/` командой `npm run docs:fields`. Не редактируйте вручную: тест падает, если файл устарел.',
    intro:
      'Все поля, которые может содержать файл. Поля с «Обязательное: нет» можно не указывать. Если поле принимает одно из нескольких значений, они перечислены; пишите их точно так, как показано (латиницей).',
    field: 'Поле',
    required: 'Обязательное',
    write: 'Что писать',
    description: 'Значение',
    yes: 'да',
    no: 'нет',
    default: 'нет, по умолчанию',
    listOf: 'список:',
    kinds: {
      text: 'текст',
      localized: `текст на ${LANGS.join(', ')}`,
      number: 'число',
      'whole number': 'целое число',
      boolean: 'true или false',
      date: 'дата ГГГГ-ММ-ДД',
      url: 'веб-адрес https://…',
      email: 'адрес эл. почты',
      id: 'id (строчные латинские буквы и дефисы)',
      pair: '[широта, долгота]',
      object: 'группа полей ниже',
    },
    oneOf: 'одно из:',
    other: 'Другие языки: [English](fields.en.md) · [Қазақша](fields.kk.md)',
  },
  kk: {
    title: 'Өрістер анықтамалығы',
    generated:
      '`src/schemas/` ішіндегі схемалардан `npm run docs:fields` командасымен жасалған. Қолмен өңдемеңіз: файл ескірсе, тест сәтсіз аяқталады.',
    intro:
      'Мазмұн файлында болуы мүмкін барлық өрістер. «Міндетті: жоқ» деп белгіленген өрістерді көрсетпеуге болады. Өріс бірнеше мәннің бірін қабылдаса, мәндер тізбеленген; оларды дәл көрсетілгендей (латын әрпімен) жазыңыз.',
    field: 'Өріс',
    required: 'Міндетті',
    write: 'Не жазылады',
    description: 'Мағынасы',
    yes: 'иә',
    no: 'жоқ',
    default: 'жоқ, әдепкі мәні',
    listOf: 'тізім:',
    kinds: {
      text: 'мәтін',
      localized: `${LANGS.join(', ')} тілдеріндегі мәтін`,
      number: 'сан',
      'whole number': 'бүтін сан',
      boolean: 'true немесе false',
      date: 'ЖЖЖЖ-АА-КК түріндегі күн',
      url: 'веб-мекенжай https://…',
      email: 'электрондық пошта мекенжайы',
      id: 'id (кіші латын әріптері мен дефистер)',
      pair: '[ендік, бойлық]',
      object: 'төмендегі өрістердің тобы',
    },
    oneOf: 'мәндердің бірі:',
    other: 'Басқа тілдер: [English](fields.en.md) · [Русский](fields.ru.md)',
  },
} as const;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The wording of each schema description per language; English is the description itself. */
export const DESCRIPTIONS: Readonly<Record<Exclude<RefLang, 'en'>, { table: Readonly<Record<string, string>>; name: string }>> = {
  ru: { table: RU_DESCRIPTIONS, name: 'Russian' },
  kk: { table: KK_DESCRIPTIONS, name: 'Kazakh' },
};

/** The field reference as Markdown in one language. Throws if a description has no wording in that language. */
export function renderFieldReference(lang: RefLang): string {
  const w = WORDS[lang];
  const text = (description: string) => {
    if (lang === 'en') return description;
    const { table, name } = DESCRIPTIONS[lang];
    const wording = table[description];
    if (!wording)
      throw new Error(`No ${name} wording for the schema description "${description}": add it to src/lib/fieldReference/${lang}.ts`);
    return wording;
  };
  const out = [`# ${w.title}`, '', `> ${w.generated}`, '', w.intro, '', w.other, ''];
  for (const section of referenceSections()) {
    out.push(`## \`${section.file}\``, '', `| ${w.field} | ${w.required} | ${w.write} | ${w.description} |`, '| --- | --- | --- | --- |');
    for (const row of section.rows) {
      const required =
        row.required === 'yes' ? w.yes : row.required === 'no' ? w.no : `${w.default} \`${JSON.stringify(row.required.default)}\``;
      const kind = row.type.values ? `${w.oneOf} ${row.type.values.map((v) => `\`${v}\``).join(', ')}` : w.kinds[row.type.kind];
      const write = row.type.list ? `${w.listOf} ${kind}` : kind;
      out.push(`| \`${row.path}\` | ${required} | ${cell(write)} | ${cell(text(row.description))} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Where the generated reference lives, per language. */
export const FIELD_REFERENCE_FILES: Readonly<Record<RefLang, string>> = {
  en: 'content/docs/fields.en.md',
  ru: 'content/docs/fields.ru.md',
  kk: 'content/docs/fields.kk.md',
};

/** seeds/REGISTER.md: the register's columns, generated from REGISTER_COLUMNS so it cannot drift. */
export const REGISTER_DOC_FILE = 'seeds/REGISTER.md';
