import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
  LANGS,
  ID_PATTERN,
  contactSchema,
  districtSchema,
  districtTextSchema,
  incentiveSchema,
  offerFactsSchema,
  offerTextSchema,
  placeSchema,
  type Contact,
  type District,
  type Incentive,
  type Lang,
  type OfferFacts,
  type Place,
} from '../../schemas/index.ts';
import type { ContentProblem } from './problems.ts';
import { listFolders, readMdx, readYaml, type MdxSource, type YamlSource } from './readContentTree.ts';
import { collectKeys } from './schemaKeys.ts';
import { issuesToProblems } from './zodIssues.ts';
import { crossCheck } from './crossChecks.ts';
import { checkMdxBody, type ComponentUse } from './safeMdx.ts';
import { checkDraftAndTodos } from './drafts.ts';

export interface LanguageText<T> {
  data: T;
  body: string;
  file: string;
  bodyLine: number;
  /** Content components the body uses (after the safe-MDX check). */
  components?: ComponentUse[];
}

export interface OfferEntry {
  id: string;
  facts: OfferFacts;
  source: YamlSource;
  texts: Partial<Record<Lang, LanguageText<z.infer<typeof offerTextSchema>>>>;
}

export interface DistrictEntry {
  id: string;
  facts: District;
  source: YamlSource;
  texts: Partial<Record<Lang, LanguageText<z.infer<typeof districtTextSchema>>>>;
}

export interface ListEntry<T> {
  value: T;
  source: YamlSource;
  index: number;
}

/** Everything in content/ that passed its schema, with where it came from. */
export interface ContentTree {
  /** Offers whose facts failed their schema: still cross-checked where their fields allow, never published. */
  invalidOffers: Array<{ id: string; data: unknown; source: YamlSource }>;
  places: ListEntry<Place>[];
  contacts: ListEntry<Contact>[];
  incentives: ListEntry<Incentive>[];
  districts: DistrictEntry[];
  offers: OfferEntry[];
}

export interface ValidationResult {
  tree: ContentTree;
  problems: ContentProblem[];
  /** Files read, for the summary line. */
  filesRead: number;
}

function validate<S extends z.ZodType>(schema: S, source: YamlSource, problems: ContentProblem[], keys: readonly string[], path: PropertyKey[] = []): z.infer<S> | undefined {
  if (source.data === undefined) return undefined;
  let value: unknown = source.data;
  for (const key of path) value = (value as Record<PropertyKey, unknown>)?.[key];
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const prefixed = result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  problems.push(...issuesToProblems(prefixed as z.core.$ZodIssue[], source, keys));
  return undefined;
}

function readList<S extends z.ZodType>(root: string, path: string, schema: S, problems: ContentProblem[]): ListEntry<z.infer<S>>[] {
  const file = relative(root, path);
  if (!existsSync(path)) {
    problems.push({ severity: 'error', file, message: 'this file is missing', hint: 'restore it from git history; the catalog needs it' });
    return [];
  }
  const source = readYaml(root, path, problems);
  if (source.data === undefined) return [];
  if (!Array.isArray(source.data)) {
    problems.push({ severity: 'error', file, line: 1, message: 'must be a list, each item starting with `- id: …`' });
    return [];
  }
  const keys = [...collectKeys(schema)];
  const out: ListEntry<z.infer<S>>[] = [];
  const seen = new Map<string, number>();
  source.data.forEach((_, index) => {
    const value = validate(schema, source, problems, keys, [index]);
    if (value === undefined) return;
    const id = (value as { id: string }).id;
    if (seen.has(id)) {
      problems.push({ severity: 'error', file, line: source.lineOf([index, 'id']), field: `[${index}].id`, message: `the id \`${id}\` is used twice (also item ${seen.get(id)! + 1})`, hint: 'give each item its own id' });
      return;
    }
    seen.set(id, index);
    out.push({ value, source, index });
  });
  return out;
}

function readTexts<S extends z.ZodType>(root: string, dir: string, schema: S, problems: ContentProblem[], what: 'offer' | 'district'): Partial<Record<Lang, LanguageText<z.infer<S>>>> {
  const texts: Partial<Record<Lang, LanguageText<z.infer<S>>>> = {};
  const keys = [...collectKeys(schema)];
  for (const lang of LANGS) {
    const path = join(dir, `${lang}.mdx`);
    if (!existsSync(path)) {
      problems.push({
        severity: 'warning',
        file: relative(root, path),
        message: `the ${({ en: 'English', ru: 'Russian', kk: 'Kazakh' } as const)[lang]} text of this ${what} is missing, so that language shows the English text with a notice`,
        hint: `create ${lang}.mdx beside facts (copy en.mdx and translate it)`,
      });
      continue;
    }
    const source: MdxSource = readMdx(root, path, problems);
    const data = validate(schema, source, problems, keys);
    const mdx = source.data === undefined ? { problems: [], uses: [] } : checkMdxBody(source.body, { file: source.file, bodyLine: source.bodyLine, where: what });
    problems.push(...mdx.problems);
    if (data !== undefined) texts[lang] = { data, body: source.body, file: source.file, bodyLine: source.bodyLine, components: mdx.uses };
  }
  return texts;
}

/**
 * Reads and validates every file under `contentDir` with the site's schemas,
 * then runs the cross-checks. Never throws on bad content: every problem is returned.
 */
export function loadContent(contentDir: string, options: { root?: string; today?: string } = {}): ValidationResult {
  const root = options.root ?? join(contentDir, '..');
  const problems: ContentProblem[] = [];
  let filesRead = 0;
  const places = readList(root, join(contentDir, 'places.yaml'), placeSchema, problems);
  const contacts = readList(root, join(contentDir, 'contacts.yaml'), contactSchema, problems);
  const incentives = readList(root, join(contentDir, 'incentives.yaml'), incentiveSchema, problems);
  filesRead += 3;

  const districts: DistrictEntry[] = [];
  const districtKeys = [...collectKeys(districtSchema)];
  for (const id of listFolders(root, join(contentDir, 'districts'), problems, 'districts')) {
    const dir = join(contentDir, 'districts', id);
    const path = join(dir, 'district.yaml');
    if (!existsSync(path)) {
      problems.push({ severity: 'error', file: relative(root, dir), message: 'this district folder has no district.yaml', hint: 'add district.yaml (copy it from another district)' });
      continue;
    }
    const source = readYaml(root, path, problems);
    const facts = validate(districtSchema, source, problems, districtKeys);
    const texts = readTexts(root, dir, districtTextSchema, problems, 'district');
    filesRead += 4;
    if (facts) districts.push({ id, facts, source, texts });
  }

  const offers: OfferEntry[] = [];
  const invalidOffers: ContentTree['invalidOffers'] = [];
  const offerKeys = [...collectKeys(offerFactsSchema)];
  for (const id of listFolders(root, join(contentDir, 'offers'), problems, 'offers')) {
    const dir = join(contentDir, 'offers', id);
    if (!ID_PATTERN.test(id)) {
      problems.push({ severity: 'error', file: relative(root, dir), message: `the folder name \`${id}\` cannot be an offer id`, hint: 'rename the folder using only lower-case Latin letters, digits and hyphens, e.g. `shaitankol-glamping`' });
      continue;
    }
    const path = join(dir, 'facts.yaml');
    if (!existsSync(path)) {
      problems.push({ severity: 'error', file: relative(root, dir), message: 'this offer folder has no facts.yaml, so the offer cannot be published', hint: 'add facts.yaml (run `npm run new-offer` or copy one from another offer)' });
      continue;
    }
    const source = readYaml(root, path, problems);
    const facts = validate(offerFactsSchema, source, problems, offerKeys);
    const texts = readTexts(root, dir, offerTextSchema, problems, 'offer');
    filesRead += 4;
    if (!texts.en && !texts.ru && !texts.kk) {
      problems.push({ severity: 'error', file: relative(root, dir), message: 'this offer has no valid language file, so it has no title', hint: 'add en.mdx (and ru.mdx, kk.mdx) with a title and summary' });
      continue;
    }
    problems.push(...checkDraftAndTodos({ root, dir, facts, data: source.data, source, texts }));
    if (facts) offers.push({ id, facts, source, texts });
    else if (source.data !== undefined) invalidOffers.push({ id, data: source.data, source });
  }
  if (offers.length === 0 && !problems.some((p) => p.file.includes('offers'))) {
    problems.push({ severity: 'error', file: relative(root, join(contentDir, 'offers')), message: 'there are no offers', hint: 'add at least one offer folder' });
  }

  const tree: ContentTree = { places, contacts, incentives, districts, offers, invalidOffers };
  problems.push(...crossCheck(tree, { today: options.today ?? new Date().toISOString().slice(0, 10), root }));
  return { tree, problems, filesRead };
}
