import type { Lang, OfferFacts } from '../../schemas/index.ts';
import { writeRegisterCsv } from './csv.ts';
import { factsToRow, type RegisterRow } from './rows.ts';

export interface RegisterSource {
  id: string;
  facts: OfferFacts;
  texts: Partial<Record<Lang, { title: string }>>;
}

/** One register row per published offer, ordered by id so exports compare line by line. Drafts stay out. */
export function registerRows(offers: readonly RegisterSource[]): RegisterRow[] {
  return offers
    .filter((o) => !o.facts.draft)
    .toSorted((a, b) => a.id.localeCompare(b.id))
    .map((o) => factsToRow(o.id, o.facts, Object.fromEntries(Object.entries(o.texts).map(([lang, t]) => [lang, t?.title]))));
}

/** The register as CSV (UTF-8 with BOM): the body of /data/offers.csv and of seeds/audit-register.csv. */
export function registerCsv(offers: readonly RegisterSource[]): string {
  return writeRegisterCsv(registerRows(offers));
}
