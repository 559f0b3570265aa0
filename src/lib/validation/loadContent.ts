import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
  LANGS,
  ID_PATTERN,
  languageTrapsSchema,
  urlSchema,
  type District,
  type LanguageTrap,
  type Lang,
  type OfferFacts,
} from '../../schemas/index.ts';
import { LANGUAGE_NAMES_EN } from '../../schemas/langs.ts';
import {
  CONTENT_LAYOUT,
  GUIDE_FOLDER,
  LANGUAGE_TRAPS_FILE,
  LIST_COLLECTIONS,
  languageFile,
  listItemsOf,
  type ListCollection,
  type ContentLayout,
  type FolderCollection,
  type ListCollectionName,
} from '../content/layout.ts';
import type { ContentProblem } from './problems.ts';
import { listFolders, readMdx, readYaml, type MdxSource, type YamlSource } from './readContentTree.ts';
import { collectKeys, urlFieldPaths, valuesAt } from './schemaKeys.ts';
import { fieldName, issuesToProblems } from './zodIssues.ts';
import { crossCheck } from './crossChecks.ts';
import { checkMdxBody, type ComponentUse } from './safeMdx.ts';
import { checkDraftAndTodos } from './drafts.ts';
import { checkContentFiles } from './contentFiles.ts';
import { lstatOrUndefined } from './fileAccess.ts';
import { httpsProblem } from './links.ts';
import { catalogToday } from '../today.ts';
import { LIST_PAGE_SEGMENT } from '../catalog/listPages.ts';
import { checkLanguage, checkedLangOfFile, mdxSegments, yamlSegments, type LanguageSegment } from './languageChecks.ts';

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
  texts: Partial<Record<Lang, LanguageText<z.infer<ContentLayout['offers']['textSchema']>>>>;
}

export interface DistrictEntry {
  id: string;
  facts: District;
  source: YamlSource;
  texts: Partial<Record<Lang, LanguageText<z.infer<ContentLayout['districts']['textSchema']>>>>;
}

export interface ListEntry<T> {
  value: T;
  source: YamlSource;
  index: number;
}

/** The items of every list collection of the layout (places, contacts, incentives) that passed their schema. */
export type ListEntries = { [K in ListCollectionName]: ListEntry<z.infer<ContentLayout[K]['schema']>>[] };

/** Everything in content/ that passed its schema, with where it came from. */
export interface ContentTree extends ListEntries {
  /** Offers whose facts failed their schema: still cross-checked where their fields allow, never published. */
  invalidOffers: Array<{ id: string; data: unknown; source: YamlSource }>;
  districts: DistrictEntry[];
  offers: OfferEntry[];
}

export interface ValidationResult {
  tree: ContentTree;
  problems: ContentProblem[];
  /** Files read, for the summary line. */
  filesRead: number;
}

/**
 * Web addresses in YAML must be https://: the schemas' url type also takes http:// (it is shared with the open
 * data, which may point at a local http:// build), so content is held to the stricter rule here. Only values
 * the schema itself accepts are judged, so one bad address gives one message.
 */
function checkWebAddresses(schema: z.ZodType, value: unknown, source: YamlSource, path: PropertyKey[], problems: ContentProblem[]): void {
  for (const pattern of urlFieldPaths(schema)) {
    for (const hit of valuesAt(value, pattern, path)) {
      if (typeof hit.value !== 'string' || !urlSchema.safeParse(hit.value).success) continue;
      const bad = httpsProblem(hit.value);
      if (bad)
        problems.push({
          severity: 'error',
          file: source.file,
          line: source.lineOf(hit.path),
          field: fieldName(hit.path),
          message: `${bad}: \`${hit.value.slice(0, 80)}\``,
          hint: 'write the full address starting with https:// (open the page in a browser and copy it from the address bar)',
        });
    }
  }
}

function validate<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  problems: ContentProblem[],
  keys: readonly string[],
  path: PropertyKey[] = [],
): z.infer<S> | undefined {
  if (source.data === undefined) return undefined;
  let value: unknown = source.data;
  for (const key of path) value = (value as Record<PropertyKey, unknown>)?.[key];
  checkWebAddresses(schema, value, source, path, problems);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const prefixed = result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  problems.push(...issuesToProblems(prefixed as z.core.$ZodIssue[], source, keys));
  return undefined;
}

/**
 * Runs the reading of one file (or one folder's files) so that anything it throws becomes a problem on that
 * file instead of a crash: the rest of the content is still checked and reported.
 */
export function guarded<T>(problems: ContentProblem[], file: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 160);
    problems.push({
      severity: 'error',
      file,
      message: `the check could not finish reading this: ${reason}`,
      hint: 'look for anything unusual in the file (very long lines, deep nesting, odd characters); if it looks fine, ask the site’s developers, quoting this message',
    });
    return fallback;
  }
}

/** Drops repeated problems (a symbolic link is seen both by the folder check and by the reader). */
function dedupe(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = [p.severity, p.file, p.line ?? '', p.field ?? '', p.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The list of a list file as a source of its own: its data is the items under the file's one key, and a path
 * into it (`[3, 'phone']`) finds its line under that key, so every check addresses an item as `[3].phone`.
 */
function listSource(source: YamlSource, key: string, items: unknown[]): YamlSource {
  return { ...source, data: items, lineOf: (path) => source.lineOf([key, ...path]) };
}

function readList<S extends z.ZodType>(
  root: string,
  path: string,
  collection: ListCollection<S>,
  problems: ContentProblem[],
): ListEntry<z.infer<S>>[] {
  const { schema } = collection;
  const file = relative(root, path);
  if (!lstatOrUndefined(path)) {
    problems.push({ severity: 'error', file, message: 'this file is missing', hint: 'restore it from git history; the catalog needs it' });
    return [];
  }
  const whole = readYaml(root, path, problems);
  if (whole.data === undefined) return [];
  const shape = listItemsOf(collection, whole.data);
  if ('problem' in shape) {
    const line = Array.isArray(whole.data) ? whole.lineOf([0]) : 1;
    problems.push({ severity: 'error', file, line, ...shape.problem });
    return [];
  }
  const source = listSource(whole, collection.key, shape.items);
  const keys = [...collectKeys(schema)];
  const out: ListEntry<z.infer<S>>[] = [];
  const seen = new Map<string, number>();
  shape.items.forEach((_, index) => {
    const value = validate(schema, source, problems, keys, [index]);
    if (value === undefined) return;
    const id = (value as { id: string }).id;
    if (seen.has(id)) {
      problems.push({
        severity: 'error',
        file,
        line: source.lineOf([index, 'id']),
        field: `[${index}].id`,
        message: `the id \`${id}\` is used twice (also item ${seen.get(id)! + 1})`,
        hint: 'give each item its own id',
      });
      return;
    }
    seen.set(id, index);
    out.push({ value, source, index });
  });
  return out;
}

interface TextsRead<T> {
  texts: Partial<Record<Lang, LanguageText<T>>>;
  /** Every language file read, valid or not, for the TODO scan. */
  sources: MdxSource[];
}

function readTexts<S extends z.ZodType>(
  root: string,
  dir: string,
  schema: S,
  problems: ContentProblem[],
  what: FolderCollection['noun'],
): TextsRead<z.infer<S>> {
  const texts: Partial<Record<Lang, LanguageText<z.infer<S>>>> = {};
  const sources: MdxSource[] = [];
  const keys = [...collectKeys(schema)];
  for (const lang of LANGS) {
    const path = join(dir, languageFile(lang));
    if (!lstatOrUndefined(path)) {
      problems.push({
        severity: 'warning',
        file: relative(root, path),
        message: `the ${LANGUAGE_NAMES_EN[lang]} text of this ${what} is missing, so that language shows the English text with a notice`,
        hint: `create ${languageFile(lang)} beside facts (copy ${languageFile('en')} and translate it)`,
      });
      continue;
    }
    guarded(problems, relative(root, path), undefined, () => {
      const source: MdxSource = readMdx(root, path, problems);
      sources.push(source);
      const data = validate(schema, source, problems, keys);
      // The body is checked whenever the front matter was found (the body then starts after line 1), even if its
      // YAML is wrong, so a hostile text is reported in the same run as a broken header.
      const mdx =
        source.bodyLine > 1
          ? checkMdxBody(source.body, { file: source.file, bodyLine: source.bodyLine, where: what })
          : { problems: [], uses: [] };
      problems.push(...mdx.problems);
      if (data !== undefined) texts[lang] = { data, body: source.body, file: source.file, bodyLine: source.bodyLine, components: mdx.uses };
    });
  }
  return { texts, sources };
}

/** Photos in an offer's folder that facts.yaml does not list: the site never shows them, so they are probably a mistake. */
function unlistedPhotos(root: string, dir: string, facts: OfferFacts, present: readonly string[]): ContentProblem[] {
  const listed = new Set(facts.photos.map((p) => p.file));
  return present
    .filter((name) => !listed.has(name))
    .map((name) => ({
      severity: 'warning' as const,
      file: relative(root, join(dir, name)),
      message: 'this photo is not listed under `photos:` in facts.yaml, so the site does not show it',
      hint: 'add it under `photos:` with alt text in three languages, or delete the file',
    }));
}

/** PDFs in an offer's folder that facts.yaml does not list under `documents:`: published nowhere, so probably a mistake. */
function unlistedPdfs(root: string, dir: string, facts: OfferFacts, present: readonly string[]): ContentProblem[] {
  const listed = new Set(facts.documents.flatMap((d) => (d.file === undefined ? [] : [d.file])));
  return present
    .filter((name) => !listed.has(name))
    .map((name) => ({
      severity: 'warning' as const,
      file: relative(root, join(dir, name)),
      message: 'this PDF is not listed under `documents:` in facts.yaml, so the site does not publish it',
      hint: 'add it under `documents:` with `file:`, `type:` and a title in three languages, or delete the file',
    }));
}

/** The words to avoid (content/docs/language-traps.yaml); none when the file is absent, as in a fixture tree. */
function readLanguageTraps(root: string, contentDir: string, problems: ContentProblem[]): LanguageTrap[] {
  const path = join(contentDir, GUIDE_FOLDER, LANGUAGE_TRAPS_FILE);
  if (!lstatOrUndefined(path)) return [];
  return validate(languageTrapsSchema, readYaml(root, path, problems), problems, [...collectKeys(languageTrapsSchema)]) ?? [];
}

/** The Russian and Kazakh text of a file read: every line of a ru/kk language file, every ru/kk value of a YAML file. */
function languageSegments(source: YamlSource | MdxSource): LanguageSegment[] {
  if (!('body' in source)) return yamlSegments(source);
  const lang = checkedLangOfFile(source.file);
  return lang && source.text ? mdxSegments(source.file, lang, source.text) : [];
}

/** Files the summary counts for one entry folder: its facts file and one text per language. */
const FILES_PER_ENTRY = 1 + LANGS.length;

/**
 * Reads and validates every file under `contentDir` with the site's schemas,
 * then runs the cross-checks. Never throws on bad content: every problem is returned.
 */
export function loadContent(contentDir: string, options: { root?: string; today?: string } = {}): ValidationResult {
  const root = options.root ?? join(contentDir, '..');
  const problems: ContentProblem[] = [];
  let filesRead = 0;
  const files = guarded(
    problems,
    relative(root, contentDir),
    { photosByOffer: new Map<string, string[]>(), pdfsByOffer: new Map<string, string[]>() },
    () => checkContentFiles(contentDir, root, problems),
  );
  const lists = Object.fromEntries(
    LIST_COLLECTIONS.map((name) => {
      const collection: ListCollection = CONTENT_LAYOUT[name];
      const { file } = collection;
      return [
        name,
        guarded(problems, relative(root, join(contentDir, file)), [], () => readList(root, join(contentDir, file), collection, problems)),
      ];
    }),
  ) as ListEntries; // one entry per list collection, each read with that collection's schema
  filesRead += LIST_COLLECTIONS.length;

  // Every file read whose Russian and Kazakh wording the language checks look at.
  const wordingSources: Array<YamlSource | MdxSource> = LIST_COLLECTIONS.map((name) => lists[name][0]?.source).filter(
    (source) => source !== undefined,
  );
  const districts: DistrictEntry[] = [];
  const districtLayout = CONTENT_LAYOUT.districts;
  const districtKeys = [...collectKeys(districtLayout.factsSchema)];
  for (const id of listFolders(join(contentDir, districtLayout.folder))) {
    const dir = join(contentDir, districtLayout.folder, id);
    const path = join(dir, districtLayout.factsFile);
    if (!lstatOrUndefined(path)) {
      problems.push({
        severity: 'error',
        file: relative(root, dir),
        message: `this district folder has no ${districtLayout.factsFile}`,
        hint: `add ${districtLayout.factsFile} (copy it from another district)`,
      });
      continue;
    }
    guarded(problems, relative(root, path), undefined, () => {
      const source = readYaml(root, path, problems);
      const facts: District | undefined = validate(districtLayout.factsSchema, source, problems, districtKeys);
      const { texts, sources } = readTexts(root, dir, districtLayout.textSchema, problems, districtLayout.noun);
      wordingSources.push(source, ...sources);
      if (facts) districts.push({ id, facts, source, texts });
    });
    filesRead += FILES_PER_ENTRY;
  }

  const offers: OfferEntry[] = [];
  const invalidOffers: ContentTree['invalidOffers'] = [];
  const offerLayout = CONTENT_LAYOUT.offers;
  const offerKeys = [...collectKeys(offerLayout.factsSchema)];
  for (const id of listFolders(join(contentDir, offerLayout.folder))) {
    const dir = join(contentDir, offerLayout.folder, id);
    if (!ID_PATTERN.test(id)) {
      problems.push({
        severity: 'error',
        file: relative(root, dir),
        message: `the folder name \`${id}\` cannot be an offer id`,
        hint: 'rename the folder using only lower-case Latin letters, digits and hyphens, e.g. `shaitankol-glamping`',
      });
      continue;
    }
    if (id === LIST_PAGE_SEGMENT) {
      problems.push({
        severity: 'error',
        file: relative(root, dir),
        message: `the folder name \`${id}\` is taken by the catalog's own page addresses (/offers/${LIST_PAGE_SEGMENT}/2/), so this offer would have no page of its own`,
        hint: 'rename the folder after the offer, e.g. `karkaraly-town-guest-house`',
      });
      continue;
    }
    const path = join(dir, offerLayout.factsFile);
    if (!lstatOrUndefined(path)) {
      problems.push({
        severity: 'error',
        file: relative(root, dir),
        message: `this offer folder has no ${offerLayout.factsFile}, so the offer cannot be published`,
        hint: `add ${offerLayout.factsFile} (run \`npm run new-offer\` or copy one from another offer)`,
      });
      continue;
    }
    filesRead += FILES_PER_ENTRY;
    guarded(problems, relative(root, path), undefined, () => {
      const source = readYaml(root, path, problems);
      const facts: OfferFacts | undefined = validate(offerLayout.factsSchema, source, problems, offerKeys);
      const { texts, sources } = readTexts(root, dir, offerLayout.textSchema, problems, offerLayout.noun);
      wordingSources.push(source, ...sources);
      if (facts)
        problems.push(
          ...unlistedPhotos(root, dir, facts, files.photosByOffer.get(id) ?? []),
          ...unlistedPdfs(root, dir, facts, files.pdfsByOffer.get(id) ?? []),
        );
      if (!texts.en && !texts.ru && !texts.kk) {
        problems.push({
          severity: 'error',
          file: relative(root, dir),
          message: 'this offer has no valid language file, so it has no title',
          hint: 'add en.mdx (and ru.mdx, kk.mdx) with a title and summary',
        });
        return;
      }
      problems.push(
        ...checkDraftAndTodos({
          facts,
          data: source.data,
          source,
          texts,
          fileTexts: [source, ...sources].map((f) => ({ file: f.file, text: f.text ?? '' })),
        }),
      );
      if (facts) offers.push({ id, facts, source, texts });
      else if (source.data !== undefined) invalidOffers.push({ id, data: source.data, source });
    });
  }
  if (offers.length === 0 && !problems.some((p) => p.file.includes(offerLayout.folder))) {
    problems.push({
      severity: 'error',
      file: relative(root, join(contentDir, offerLayout.folder)),
      message: 'there are no offers',
      hint: 'add at least one offer folder',
    });
  }

  const tree: ContentTree = { ...lists, districts, offers, invalidOffers };
  guarded(problems, relative(root, contentDir), undefined, () =>
    problems.push(...crossCheck(tree, { today: options.today ?? catalogToday(), root })),
  );
  guarded(problems, relative(root, join(contentDir, GUIDE_FOLDER, LANGUAGE_TRAPS_FILE)), undefined, () =>
    problems.push(...checkLanguage(wordingSources.flatMap(languageSegments), readLanguageTraps(root, contentDir, problems))),
  );
  return { tree, problems: dedupe(problems), filesRead };
}
