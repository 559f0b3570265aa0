// Builds the editor's configuration (Decap CMS, served at /admin/) from the zod schemas, so the form an
// official fills in has the same fields, required marks, choices, ranges and patterns as the content check.
// `npm run cms:config` writes it to public/admin/config.yml; a unit test fails when that file is stale.
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { districtSchema, districtTextSchema, offerFactsSchema, offerTextSchema } from '../../schemas/index.ts';
import { LANGS, type Lang } from '../../schemas/langs.ts';
import { EDITOR_LANGS, EDITOR_WORDS, type EditorLang, type EditorWords } from './editorWords.ts';
import { OTHER_LANGUAGES_OPTION, type OtherLanguage, widgetWithOtherLanguages } from './otherLanguages.ts';
import { CONTENT_LAYOUT, LIST_COLLECTIONS, type FolderCollection, type ListCollectionName, languageFile } from '../content/layout.ts';

/** One Decap field, as it appears in config.yml. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: string[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  step?: number;
  pattern?: [string, string];
  /** The same text's other languages, shown beside the field (src/lib/cms/otherLanguagesWidget.ts). */
  [OTHER_LANGUAGES_OPTION]?: OtherLanguage[];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  choose_url?: boolean;
  allow_multiple?: boolean;
  summary?: string;
  label_singular?: string;
  add_to_top?: boolean;
  media_library?: Record<string, unknown>;
}

type Def = Record<string, unknown> & { type: string };
type Check = { _zod: { def: Record<string, unknown> & { check: string } } };
const defOf = (s: z.core.$ZodType) => s._zod.def as unknown as Def;
const describe = (s: z.core.$ZodType) => (s as unknown as { description?: string }).description;

/** The message a check gives an official, in the schema's own words (the CMS shows it under the field). */
function messageOf(check: Check): string | undefined {
  const error = check._zod.def.error;
  if (typeof error === 'function') {
    try {
      const message = (error as (issue: { input: unknown }) => unknown)({ input: undefined });
      return typeof message === 'string' ? message : undefined;
    } catch {
      return undefined;
    }
  }
  return typeof error === 'string' ? error : undefined;
}

const LANGUAGE_LABELS: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/**
 * The language of the configuration being generated. The field builders below call one another recursively
 * for nested groups; rather than pass the language through each of them, decapConfig() sets it for the
 * duration of one (synchronous) generation and restores it after.
 */
let editorWords: EditorWords = EDITOR_WORDS.ru;

/** Label and hint from the field reference; the schema key stays visible so the guide and errors can be matched. */
function words(key: string, description: string | undefined): { label: string; hint?: string } {
  if (!description) return { label: key };
  const w = editorWords;
  const text = w.descriptions[description];
  if (!text) throw new Error(`No ${w.name} wording for the schema description "${description}": add it to ${w.descriptionsFile}`);
  // A sentence ends at a full stop, not at the one of an abbreviation ("e.g. `title.pdf`").
  const [first, ...rest] = text.split(/(?<=(?<!\b(?:e\.g|i\.e))\.)\s+/);
  const short = first!.replace(/\.$/, '');
  if (short.length <= 70) return { label: `${short} (${key})`, ...(rest.length > 0 ? { hint: rest.join(' ') } : {}) };
  // Too long for a label: a short one from the table, the whole wording as the hint; never the bare key.
  const label = w.shortLabels[description];
  if (!label)
    throw new Error(`The ${w.name} wording of "${description}" is too long for a label: add a short one to ${w.shortLabelsTable}`);
  return { label: `${label} (${key})`, hint: text };
}

interface Unwrapped {
  inner: z.core.$ZodType;
  description?: string;
  required: boolean;
  default?: unknown;
}

function unwrap(s: z.core.$ZodType): Unwrapped {
  let description = describe(s);
  let required = true;
  let fallback: unknown;
  let cur = s;
  for (;;) {
    const def = defOf(cur);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      fallback = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    } else break;
    cur = def.innerType as z.core.$ZodType;
    description ??= describe(cur);
  }
  return { inner: cur, description: description ?? describe(cur), required, ...(fallback !== undefined ? { default: fallback } : {}) };
}

const isLocalized = (s: z.core.$ZodType) => {
  const def = defOf(s);
  return def.type === 'object' && Object.keys(def.shape as object).join() === LANGS.join();
};

/** Number ranges: zod's `positive()` is "more than 0"; Decap only knows inclusive bounds, so 0 is left to the check. */
function numberProps(s: z.core.$ZodType): Partial<CmsField> {
  const props: Partial<CmsField> = { value_type: 'float' };
  for (const check of (defOf(s).checks as Check[] | undefined) ?? []) {
    const d = check._zod.def;
    if (d.check === 'number_format' && d.format === 'safeint') props.value_type = 'int';
    if (d.check === 'greater_than') props.min = d.value as number;
    if (d.check === 'less_than') props.max = d.value as number;
  }
  if (props.value_type === 'float') props.step = 0.0001;
  return props;
}

/** A pattern with its message in the editor's language. */
function pattern(source: string, english: string): Partial<CmsField> {
  const message = editorWords.patternMessages[english];
  if (!message)
    throw new Error(`No ${editorWords.name} wording for the pattern message "${english}": add it to ${editorWords.patternMessagesTable}`);
  return { pattern: [source, message] };
}

function stringProps(s: z.core.$ZodType): Partial<CmsField> {
  const format = (s as unknown as { format?: string }).format;
  if (format === 'url') return pattern('^https?://\\S+$', 'must be a full web address starting with https://');
  if (format === 'email') return pattern('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'must be an email address');
  for (const check of (defOf(s).checks as Check[] | undefined) ?? []) {
    const d = check._zod.def;
    if (d.check === 'string_format' && d.format === 'regex') {
      return pattern((d.pattern as RegExp).source, messageOf(check) ?? `must match ${String(d.pattern)}`);
    }
  }
  return {};
}

const SHOWN_TYPES = new Set(['string', 'number', 'boolean', 'pipe', 'enum', 'literal', 'object', 'array']);

/** Whether the form can show a value of this schema: not an outline (a list of coordinate pairs). */
function formShows(schema: z.core.$ZodType): boolean {
  const def = defOf(schema);
  if (def.type !== 'array') return SHOWN_TYPES.has(def.type);
  const element = unwrap(def.element as z.core.$ZodType).inner;
  return ['enum', 'object'].includes(defOf(element).type) || formShows(element);
}

/** A Decap field for one schema value; `undefined` for values the form cannot show (lists of coordinate pairs). */
export function fieldOf(key: string, schema: z.core.$ZodType): CmsField | undefined {
  const { inner, description, required, default: fallback } = unwrap(schema);
  if (!formShows(inner)) return undefined; // before its label is looked up: a hidden field needs none
  const base = {
    name: key,
    ...words(key, description),
    ...(required ? {} : { required: false }),
    ...(fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0) && typeof fallback !== 'object'
      ? { default: fallback }
      : {}),
  };
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return { ...base, widget: 'string', ...stringProps(inner) };
    case 'number':
      return { ...base, widget: 'number', ...numberProps(inner) };
    case 'boolean':
      // A switch shows "off" before anyone touches it; a required yes/no is saved as that "no" rather than
      // refused as missing, so what the official sees is what the file says.
      return { ...base, widget: 'boolean', ...(required && fallback === undefined ? { default: false } : {}) };
    case 'pipe': // isoDateSchema, the only pipe in the schemas: a calendar date
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries as Record<string, string>) };
    case 'literal':
      return { ...base, widget: 'select', options: (def.values as unknown[]).map(String) };
    case 'object': {
      const fields = objectFields(inner);
      return { ...base, widget: 'object', collapsed: false, fields };
    }
    case 'array': {
      const element = unwrap(def.element as z.core.$ZodType).inner;
      const elementDef = defOf(element);
      if (elementDef.type === 'enum') {
        return { ...base, widget: 'select', multiple: true, options: Object.values(elementDef.entries as Record<string, string>) };
      }
      if (elementDef.type === 'object') return { ...base, widget: 'list', collapsed: true, fields: objectFields(element) };
      // One value per item: the item carries the list's own label rather than the word "item".
      const field = fieldOf('item', element);
      return field ? { ...base, widget: 'list', field: { ...field, label: base.label } } : undefined;
    }
    default:
      return undefined;
  }
}

function objectFields(schema: z.core.$ZodType): CmsField[] {
  const shape = defOf(schema).shape as Record<string, z.core.$ZodType>;
  return Object.entries(shape).flatMap(([key, child]) => {
    const field = fieldOf(key, child);
    if (!field) return [];
    // The three language versions of a name carry the language as their label, not the long writing rules.
    if (LANGS.includes(key as Lang) && isLocalized(schema)) return [{ ...field, label: LANGUAGE_LABELS[key as Lang] }];
    return [field];
  });
}

/**
 * Fields of a discriminated union (the offer kinds): the union of the members' fields in first-seen order;
 * a field only some kinds have is optional in the form and its hint says for which kinds (the check enforces it).
 */
function unionFields(schema: z.core.$ZodType): CmsField[] {
  let cur = schema;
  while (defOf(cur).type === 'pipe') cur = defOf(cur).in as z.core.$ZodType; // superRefine wraps nothing in zod 4, but be safe
  const members = defOf(cur).options as z.core.$ZodType[];
  const discriminator = defOf(cur).discriminator as string;
  const order: string[] = [];
  const byKey = new Map<string, { field: CmsField; kinds: string[] }>();
  const kinds: string[] = [];
  for (const member of members) {
    const shape = defOf(member).shape as Record<string, z.core.$ZodType>;
    const kind = String((defOf(unwrap(shape[discriminator]!).inner).values as unknown[])[0]);
    kinds.push(kind);
    for (const [key, child] of Object.entries(shape)) {
      if (key === discriminator) continue;
      const field = fieldOf(key, child);
      if (!field) continue;
      const seen = byKey.get(key);
      if (seen) seen.kinds.push(kind);
      else {
        order.push(key);
        byKey.set(key, { field, kinds: [kind] });
      }
    }
  }
  const first = defOf(members[0]!).shape as Record<string, z.core.$ZodType>;
  const kindField: CmsField = { ...fieldOf(discriminator, first[discriminator]!)!, options: kinds };
  return [
    kindField,
    ...order.map((key) => {
      const { field, kinds: having } = byKey.get(key)!;
      if (having.length === kinds.length) return field;
      const only = editorWords.onlyForKinds(having);
      return { ...optionalThroughout(field), hint: field.hint ? `${only} ${field.hint}` : only };
    }),
  ];
}

/** A field and everything inside it made optional in the form: a group only some offer kinds have must not
 * block saving the other kinds; the content check still requires its parts for the kinds that have it. */
function optionalThroughout(field: CmsField): CmsField {
  return {
    ...field,
    required: false,
    ...(field.fields ? { fields: field.fields.map(optionalThroughout) } : {}),
    ...(field.field ? { field: optionalThroughout(field.field) } : {}),
  };
}

/** Fields of a facts schema: an object, or a union of objects told apart by one key. */
export function schemaFields(schema: z.core.$ZodType): CmsField[] {
  const type = defOf(schema).type;
  return type === 'union' ? unionFields(schema) : objectFields(schema);
}

/** Where the editor writes in production: the git host and the review workflow (see deploy/CMS.md). */
export const PRODUCTION_BACKEND = {
  name: 'github',
  repo: 'karaganda-akimat/tourism-investment-catalog',
  branch: 'main',
  base_url: 'https://cms-auth.tourism-invest.karaganda.example',
} as const;

/** Where the local mode's proxy answers: the same origin as the editor, so the editor's CSP needs no other host. */
export const LOCAL_PROXY_PATH = '/api/v1';
/** The proxy's address in config.yml: `npm run admin`'s default. Decap needs an absolute URL; a server on another
 * port (the browser tests) serves config.yml with its own origin in its place (scripts/admin.ts). */
export const LOCAL_PROXY_URL = `http://localhost:4321${LOCAL_PROXY_PATH}`;

interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  create: boolean;
  delete: boolean;
  nested: { depth: number };
  meta: { path: { widget: 'string'; label: string; index_file: string } };
  extension: string;
  format: string;
  media_folder?: string;
  public_folder?: string;
  summary: string;
  fields: CmsField[];
}

/** Label of the entry's folder name in the Russian form (Decap's nested-collection path field). */
export const PATH_LABEL = EDITOR_WORDS.ru.pathLabel;

function folderCollection(
  name: string,
  collection: FolderCollection,
  labels: { label: string; singular: string },
  file: { index: string; extension: string; format: string },
  fields: CmsField[],
  withMedia: boolean,
): CmsCollection {
  return {
    name,
    label: labels.label,
    label_singular: labels.singular,
    folder: `content/${collection.folder}`,
    create: true,
    delete: false,
    nested: { depth: 2 },
    meta: { path: { widget: 'string', label: editorWords.pathLabel, index_file: file.index } },
    extension: file.extension,
    format: file.format,
    ...(withMedia ? { media_folder: '', public_folder: '' } : {}),
    // A text list shows every language file of a folder (Decap lists by extension, and all three are .mdx):
    // each row names its file, so an official sees which language a row opens.
    summary: file.extension === 'mdx' ? '{{dirname}} · {{filename}}.{{extension}}' : '{{dirname}}',
    fields,
  };
}

/** What each collapsed row of a list file shows: the item's id and, where it has one, its Russian name (a `name`
 * group with a `ru` text), so an official finds the row. */
export function rowSummary(fields: CmsField[]): string {
  const named = fields.some((f) => f.name === 'name' && f.widget === 'object' && f.fields?.some((x) => x.name === 'ru'));
  return named ? '{{fields.id}} — {{fields.name.ru}}' : '{{fields.id}}';
}

/** One list file (content/places.yaml & co.) as a file of Decap's *files* collection: one list field under the
 * file's one key, its items' fields generated from the item schema like the offers' fields. */
function listFile(name: ListCollectionName): Record<string, unknown> {
  const collection = CONTENT_LAYOUT[name];
  const { label, item } = editorWords.listFiles[name];
  const fields = objectFields(collection.schema);
  return {
    name,
    label: `${label} (${collection.file})`,
    file: `content/${collection.file}`,
    fields: [
      {
        name: collection.key,
        label: `${label} (${collection.key})`,
        label_singular: item,
        widget: 'list',
        collapsed: true,
        summary: rowSummary(fields),
        fields,
      },
    ],
  };
}

/**
 * The offer's photos and PDF documents: each one's `file` becomes an upload button (photos show a preview,
 * documents a file name). An upload lands in the offer's
 * own folder (the collection's `media_folder: ''` is the entry's folder) and the field keeps the bare file name, as
 * facts.yaml has it; the file's name and type are still checked by the field's pattern and the content check. A
 * document's `url` stays a text field; both are optional here, and the schema's "exactly one" rule is the check's.
 */
function withUploads(fields: CmsField[]): CmsField[] {
  const uploads: Readonly<Record<string, Partial<CmsField>>> = {
    photos: { widget: 'image', hint: editorWords.photoHint },
    documents: { widget: 'file', hint: editorWords.documentHint },
  };
  return fields.map((f) => {
    const upload = uploads[f.name];
    if (!upload || !f.fields) return f;
    return {
      ...f,
      fields: f.fields.map((x) =>
        x.name === 'file' ? { ...x, ...upload, choose_url: false, media_library: { allow_multiple: false } } : x,
      ),
    };
  });
}

/**
 * A language file's text fields with the same field of the other languages beside them: officials write one
 * language with the other two in view and may copy one in as a starting point (the copy aid, issue 16).
 */
function withOtherLanguages(fields: CmsField[], prefix: string, lang: Lang): CmsField[] {
  const others = LANGS.filter((other) => other !== lang).map((other) => ({
    collection: `${prefix}-${other}`,
    file: languageFile(other).replace(/\.mdx$/, ''),
    label: LANGUAGE_LABELS[other],
  }));
  return fields.map((field) => {
    const widget = widgetWithOtherLanguages(field.widget);
    return widget ? { ...field, widget, [OTHER_LANGUAGES_OPTION]: others } : field;
  });
}

/** The whole editor configuration, its labels, hints and messages in `lang`. */
export function decapConfig(lang: EditorLang = 'ru'): Record<string, unknown> {
  const outer = editorWords;
  editorWords = EDITOR_WORDS[lang];
  try {
    return configIn(editorWords, lang);
  } finally {
    editorWords = outer;
  }
}

function configIn(w: EditorWords, locale: EditorLang): Record<string, unknown> {
  const offers = CONTENT_LAYOUT.offers;
  const districts = CONTENT_LAYOUT.districts;
  const textCollections = (
    prefix: string,
    collection: FolderCollection,
    schema: z.core.$ZodType,
    names: { label: string; singular: string },
  ) =>
    LANGS.map((lang) =>
      folderCollection(
        `${prefix}-${lang}`,
        collection,
        { label: `${names.label} — ${LANGUAGE_LABELS[lang]}`, singular: `${names.singular} (${LANGUAGE_LABELS[lang]})` },
        { index: languageFile(lang).replace(/\.mdx$/, ''), extension: 'mdx', format: 'frontmatter' },
        withOtherLanguages(
          [...schemaFields(schema), { name: 'body', label: w.body.label, widget: 'markdown', hint: w.body.hint }],
          prefix,
          lang,
        ),
        false,
      ),
    );
  return {
    locale,
    backend: { ...PRODUCTION_BACKEND },
    publish_mode: 'editorial_workflow',
    local_backend: { url: LOCAL_PROXY_URL, allowed_hosts: ['localhost', '127.0.0.1'] },
    media_folder: 'content/uploads',
    show_preview_links: false,
    editor: { preview: false },
    collections: [
      folderCollection(
        'offers',
        offers,
        { label: w.offerFacts.label, singular: w.offerFacts.singular },
        { index: offers.factsFile.replace(/\.yaml$/, ''), extension: 'yaml', format: 'yaml' },
        withUploads(schemaFields(offerFactsSchema)),
        true,
      ),
      ...textCollections('offer-texts', offers, offerTextSchema, w.offerTexts),
      folderCollection(
        'districts',
        districts,
        { label: w.districtFacts.label, singular: w.districtFacts.singular },
        { index: districts.factsFile.replace(/\.yaml$/, ''), extension: 'yaml', format: 'yaml' },
        schemaFields(districtSchema),
        false,
      ),
      ...textCollections('district-texts', districts, districtTextSchema, w.districtTexts),
      {
        name: 'lists',
        label: w.lists,
        format: 'yaml',
        delete: false,
        files: LIST_COLLECTIONS.map(listFile),
      },
    ],
  };
}

/** Where each language's generated configuration is committed; Astro copies public/ into the site. The
 * Russian editor is /admin/, each other language's /admin/<lang>/ (its page names its configuration). */
export const CMS_CONFIG_FILES: Readonly<Record<EditorLang, string>> = Object.fromEntries(
  EDITOR_LANGS.map((lang, i) => [lang, i === 0 ? 'public/admin/config.yml' : `public/admin/${lang}/config.yml`]),
) as Record<EditorLang, string>;
/** The Russian editor's configuration (the one at /admin/). */
export const CMS_CONFIG_FILE = CMS_CONFIG_FILES.ru;

/** config.yml as committed: a header saying where it comes from, then the configuration. */
export function renderDecapConfig(lang: EditorLang = 'ru'): string {
  const header = [
    '# Generated from src/schemas/ by `npm run cms:config` (src/lib/cms/decapConfig.ts). Do not edit by hand:',
    '# a unit test fails when this file differs from what the schemas generate.',
    '',
  ].join('\n');
  return header + stringify(decapConfig(lang), { lineWidth: 0 });
}
