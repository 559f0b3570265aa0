import { join, relative } from 'node:path';
import { LANGS, type Contact, type OfferFacts } from '../../schemas/index.ts';
import { CONTENT_LAYOUT, languageFile } from '../content/layout.ts';
import { isOlderThanMonths } from '../validation/crossChecks.ts';
import type { ContentTree } from '../validation/loadContent.ts';
import type { ContentProblem } from '../validation/problems.ts';
import type { YamlSource } from '../validation/readContentTree.ts';
import { siteConfig } from '../../site.config.ts';
import { bidDateState, procedureOf } from './bidDate.ts';
import { missingFacts } from './missingFacts.ts';
import { findTodoMarkers } from './todos.ts';

/** Why an item is on the list, in the order the report shows them within an offer. */
export const ATTENTION_KINDS = [
  'bid-date-passed',
  'bid-date-near',
  'stale-audit',
  'check-error',
  'todo',
  'missing-fact',
  'check-warning',
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** What each kind is called for an official. */
export const KIND_LABELS: Record<AttentionKind, string> = {
  'bid-date-passed': 'Bid date passed',
  'bid-date-near': 'Bid date near',
  'stale-audit': 'Audit out of date',
  'check-error': 'Content error',
  todo: 'Left unfinished',
  'missing-fact': 'Missing fact',
  'check-warning': 'Content warning',
};

export interface AttentionItem {
  kind: AttentionKind;
  what: string;
  fix?: string;
  /** Path from the repository root, e.g. `content/offers/x/facts.yaml`. */
  file: string;
  line?: number;
  field?: string;
  /** True when `npm run check:content` calls it an error (the build fails on it). */
  blocksBuild?: boolean;
}

export interface AttentionArea {
  id: string;
  name: string;
  order: number;
}

export interface AttentionContact {
  id: string;
  name: string;
  role?: string;
  organisation?: string;
  phone?: string;
  email?: string;
}

/** One offer with everything on it that needs an official. */
export interface OfferAttention {
  id: string;
  title: string;
  status: string;
  draft: boolean;
  area: AttentionArea;
  contact: AttentionContact;
  items: AttentionItem[];
}

export interface AttentionList {
  today: string;
  /** Offers read, with or without items. */
  offersRead: number;
  /** Offers with at least one item. */
  offers: OfferAttention[];
  /** Problems in shared files (contacts, places, districts, incentives): no one offer's officer owns them. */
  shared: AttentionItem[];
}

export interface CollectOptions {
  today: string;
  /** The repository root that problem paths are relative to. */
  root: string;
  contentDir: string;
  /** Reads a language file's full text (front matter and body), or undefined when it cannot be read. */
  readText: (path: string) => string | undefined;
}

const NO_AREA: AttentionArea = { id: '', name: '(no area given)', order: Number.MAX_SAFE_INTEGER };

/** A YAML value the schema would read as a day: a string YYYY-MM-DD, or the Date a YAML parser may make of it. */
function day(value: unknown): string | undefined {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

function get(data: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Where a problem goes: the offer whose folder holds its file, or undefined for a shared file. */
function offerOfFile(file: string, offerDirs: ReadonlyMap<string, string>): string | undefined {
  for (const [dir, id] of offerDirs) if (file === dir || file.startsWith(`${dir}/`)) return id;
  return undefined;
}

/**
 * The line of the deepest part of `path` that the file actually contains (`land:` for a missing
 * `land.cadastralNumber`), or none when not even the first key is written: the file's first line would mislead.
 */
function lineOfWritten(source: YamlSource, path: readonly string[]): number | undefined {
  for (let n = path.length; n > 0; n--) if (get(source.data, ...path.slice(0, n)) !== undefined) return source.lineOf(path.slice(0, n));
  return undefined;
}

const itemKey = (i: { file: string; line?: number; field?: string }) => `${i.file}\u0000${i.line ?? ''}\u0000${i.field ?? ''}`;

function fromProblem(p: ContentProblem): AttentionItem {
  return {
    kind: p.severity === 'error' ? 'check-error' : 'check-warning',
    what: p.message,
    fix: p.hint,
    file: p.file,
    line: p.line,
    field: p.field,
    blocksBuild: p.severity === 'error',
  };
}

/**
 * The date-driven items of one offer: a passed or near bid date, an out-of-date audit. Read from raw data too, so
 * an offer whose facts fail the schema still shows its dates.
 */
function dateItems(data: unknown, source: YamlSource, today: string): AttentionItem[] {
  const items: AttentionItem[] = [];
  const status = text(get(data, 'status')) ?? '';
  const bidDate = day(get(data, 'acquisition', 'date'));
  const bid = bidDateState(status, bidDate, today);
  const at = (path: string[]) => ({ file: source.file, line: source.lineOf(path), field: path.join('.') });
  const procedure = procedureOf(status);
  if (bid?.state === 'passed')
    items.push({
      kind: 'bid-date-passed',
      what: `the ${procedure} date ${bidDate} has passed (${bid.daysAgo} day${bid.daysAgo === 1 ? '' : 's'} ago), but the status is still ${status}; the site says the result is being confirmed`,
      fix: 'enter the result: a new `date:` if it was moved, or a new status (reserved, under-negotiation, closed)',
      ...at(['acquisition', 'date']),
    });
  if (bid?.state === 'near')
    items.push({
      kind: 'bid-date-near',
      what: `the ${procedure} is ${bid.daysLeft === 0 ? 'today' : bid.daysLeft === 1 ? 'tomorrow' : `in ${bid.daysLeft} days`}, on ${bidDate}`,
      fix: 'check the lot link, the date and the deposit; after it, enter the result',
      ...at(['acquisition', 'date']),
    });
  const audit = day(get(data, 'audit', 'date'));
  if (audit && isOlderThanMonths(audit, today, siteConfig.staleAfterMonths))
    items.push({
      kind: 'stale-audit',
      what: `the audit of ${audit} is more than ${siteConfig.staleAfterMonths} months old, so the site marks the offer as needing re-verification`,
      fix: 'visit the site again and update `audit.date` (and `updated`)',
      ...at(['audit', 'date']),
    });
  return items;
}

/**
 * Everything in the content that needs an official, offer by offer: the date items, the facts an investor would
 * miss, every TODO/FIXME/TBD left in the offer's files, and every problem `check:content` reports for it. A checker
 * problem on the same file, line and field as an item found here is the same thing said twice, so it is folded into
 * that item (which then says whether it blocks the build).
 */
export function collectAttention(tree: ContentTree, problems: readonly ContentProblem[], options: CollectOptions): AttentionList {
  const { today, root, contentDir } = options;
  const areas = new Map(
    tree.districts.map((d) => [d.id, { id: d.id, name: d.facts.name.en, order: d.facts.order }] satisfies [string, AttentionArea]),
  );
  const contacts = new Map(tree.contacts.map(({ value: c }) => [c.id, contactOf(c)]));
  const offersDir = join(contentDir, CONTENT_LAYOUT.offers.folder);
  const all = [
    ...tree.offers.map((o) => ({
      id: o.id,
      data: o.facts as unknown,
      facts: o.facts as OfferFacts | undefined,
      source: o.source,
      texts: o.texts,
    })),
    ...tree.invalidOffers.map((o) => ({
      id: o.id,
      data: o.data,
      facts: undefined,
      source: o.source,
      texts: {} as ContentTree['offers'][number]['texts'],
    })),
  ];
  const offerDirs = new Map(all.map((o) => [relative(root, join(offersDir, o.id)), o.id]));
  const byOffer = new Map<string, ContentProblem[]>();
  const shared: AttentionItem[] = [];
  for (const p of problems) {
    const id = offerOfFile(p.file, offerDirs);
    if (id === undefined) shared.push(fromProblem(p));
    else byOffer.set(id, [...(byOffer.get(id) ?? []), p]);
  }

  const offers: OfferAttention[] = [];
  for (const o of all) {
    const items = dateItems(o.data, o.source, today);
    const dir = join(offersDir, o.id);
    const files = [
      { file: o.source.file, text: o.source.text ?? '' },
      ...LANGS.map((lang) => ({
        file: relative(root, join(dir, languageFile(lang))),
        text: options.readText(join(dir, languageFile(lang))) ?? '',
      })),
    ];
    for (const f of files)
      for (const m of findTodoMarkers(f.file, f.text))
        items.push({
          kind: 'todo',
          what: `${m.marker} left: ${m.text}`,
          fix: 'fill it in and remove the marker',
          file: m.file,
          line: m.line,
        });
    // A closed offer is kept only so links keep working: nobody will invest in it, so nothing is missing.
    if (o.facts && o.facts.status !== 'closed')
      for (const m of missingFacts(o.facts))
        items.push({
          kind: 'missing-fact',
          what: m.what,
          fix: m.fix,
          file: o.source.file,
          line: lineOfWritten(o.source, m.path),
          field: m.path.join('.'),
        });

    const found = new Map(items.map((i) => [itemKey(i), i]));
    for (const p of byOffer.get(o.id) ?? []) {
      const same = found.get(itemKey(p));
      if (same && same.kind !== 'missing-fact') same.blocksBuild = same.blocksBuild || p.severity === 'error';
      else items.push(fromProblem(p));
    }
    if (items.length === 0) continue;
    const title = (o.texts.en ?? o.texts.ru ?? o.texts.kk)?.data.title ?? o.id;
    const contactId = text(get(o.data, 'contact')) ?? '';
    const areaId = text(get(o.data, 'district'));
    offers.push({
      id: o.id,
      title,
      status: text(get(o.data, 'status')) ?? '(unknown)',
      draft: get(o.data, 'draft') === true,
      area:
        areaId === undefined ? NO_AREA : (areas.get(areaId) ?? { id: areaId, name: `${areaId} (unknown area)`, order: NO_AREA.order - 1 }),
      contact: contacts.get(contactId) ?? { id: contactId, name: contactId ? `${contactId} (not in contacts.yaml)` : '(no contact given)' },
      items: items.sort((a, b) => ATTENTION_KINDS.indexOf(a.kind) - ATTENTION_KINDS.indexOf(b.kind)),
    });
  }
  return { today, offersRead: all.length, offers, shared };
}

function contactOf(c: Contact): AttentionContact {
  return { id: c.id, name: c.name.en, role: c.role.en, organisation: c.organisation.en, phone: c.phone, email: c.email };
}

export interface ContactGroup {
  contact: AttentionContact;
  offers: OfferAttention[];
}

export interface AreaGroup {
  area: AttentionArea;
  contacts: ContactGroup[];
}

/**
 * Offers grouped by area (in the site's area order, then by name), then by responsible officer (by name), then by
 * offer id, so each officer finds their own list in one place.
 */
export function groupAttention(offers: readonly OfferAttention[]): AreaGroup[] {
  const areas = new Map<string, { area: AttentionArea; contacts: Map<string, ContactGroup> }>();
  for (const offer of offers) {
    const area = areas.get(offer.area.id) ?? { area: offer.area, contacts: new Map<string, ContactGroup>() };
    areas.set(offer.area.id, area);
    const group = area.contacts.get(offer.contact.id) ?? { contact: offer.contact, offers: [] };
    area.contacts.set(offer.contact.id, group);
    group.offers.push(offer);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'en');
  return [...areas.values()]
    .sort((a, b) => a.area.order - b.area.order || byName(a.area.name, b.area.name))
    .map(({ area, contacts }) => ({
      area,
      contacts: [...contacts.values()]
        .sort((a, b) => byName(a.contact.name, b.contact.name))
        .map((g) => ({ contact: g.contact, offers: g.offers.toSorted((a, b) => byName(a.id, b.id)) })),
    }));
}
