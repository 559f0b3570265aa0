import { writeCsv } from '../register/csv.ts';
import { type AreaGroup, type AttentionItem, type AttentionList, KIND_LABELS, type OfferAttention, groupAttention } from './attention.ts';

/**
 * The columns of the attention CSV, in English (the officials' spreadsheets use English headers for the register
 * too). One row per item, with the area and the officer on every row, so a filter on one column gives one
 * officer's list.
 */
export const ATTENTION_COLUMNS = [
  'Area',
  'Officer',
  'Phone',
  'Email',
  'Offer',
  'Title',
  'Status',
  'Kind',
  'What needs attention',
  'How to fix',
  'Blocks the build',
  'File',
  'Line',
] as const;

const where = (i: AttentionItem) => `${i.file}${i.line ? ` line ${i.line}` : ''}${i.field ? `, field ${i.field}` : ''}`;

function itemLines(i: AttentionItem, indent: string): string[] {
  const lines = [`${indent}- ${KIND_LABELS[i.kind]}${i.blocksBuild ? ' (blocks the build)' : ''}: ${i.what}`];
  if (i.fix) lines.push(`${indent}  fix: ${i.fix}`);
  lines.push(`${indent}  in ${where(i)}`);
  return lines;
}

function offerHeading(o: OfferAttention): string {
  return `${o.title} [${o.id}] · status ${o.status}${o.draft ? ' · draft, not published' : ''}`;
}

function countLine(list: AttentionList): string {
  const items = list.offers.reduce((n, o) => n + o.items.length, 0) + list.shared.length;
  const blocking = [...list.offers.flatMap((o) => o.items), ...list.shared].filter((i) => i.blocksBuild).length;
  return `${list.offers.length} of ${list.offersRead} offers need attention · ${items} item${items === 1 ? '' : 's'}${blocking ? ` (${blocking} block${blocking === 1 ? 's' : ''} the build)` : ''}`;
}

/** The report as plain text for the terminal: area, then officer with phone and email, then each offer's items. */
export function formatAttention(list: AttentionList, groups: readonly AreaGroup[] = groupAttention(list.offers)): string {
  const out = [`What needs attention in the catalog on ${list.today}`, countLine(list)];
  if (list.offers.length === 0 && list.shared.length === 0) out.push('', 'Nothing needs attention.');
  for (const { area, contacts } of groups) {
    out.push('', `== ${area.name} ==`);
    for (const { contact, offers } of contacts) {
      const reach = [contact.phone && `phone ${contact.phone}`, contact.email && `email ${contact.email}`].filter(Boolean).join(' · ');
      out.push('', `${contact.name}${contact.role ? `, ${contact.role}` : ''}${contact.organisation ? `, ${contact.organisation}` : ''}`);
      out.push(`  ${reach || 'no phone or email in contacts.yaml'}`);
      for (const o of offers) {
        out.push('', `  ${offerHeading(o)}`);
        for (const i of o.items) out.push(...itemLines(i, '    '));
      }
    }
  }
  if (list.shared.length) {
    out.push('', '== Shared files (contacts, places, areas, incentives) ==');
    for (const i of list.shared) out.push(...itemLines(i, '  '));
  }
  return out.join('\n');
}

/** The report as CSV (UTF-8 with BOM, formula-safe cells; see register/csv.ts): one row per item, grouped as in the text. */
export function attentionCsv(list: AttentionList, groups: readonly AreaGroup[] = groupAttention(list.offers)): string {
  const rows: Array<Array<string | number | undefined>> = [];
  const row = (i: AttentionItem, cells: { area?: string; officer?: string; phone?: string; email?: string; offer?: OfferAttention }) =>
    rows.push([
      cells.area,
      cells.officer,
      cells.phone,
      cells.email,
      cells.offer?.id,
      cells.offer?.title,
      cells.offer ? `${cells.offer.status}${cells.offer.draft ? ' (draft)' : ''}` : undefined,
      KIND_LABELS[i.kind],
      i.what,
      i.fix,
      i.blocksBuild ? 'yes' : 'no',
      i.file,
      i.line,
    ]);
  for (const { area, contacts } of groups)
    for (const { contact, offers } of contacts)
      for (const offer of offers)
        for (const i of offer.items) row(i, { area: area.name, officer: contact.name, phone: contact.phone, email: contact.email, offer });
  for (const i of list.shared) row(i, {});
  return writeCsv(ATTENTION_COLUMNS, rows);
}
