// Writes one compare cell into the page: on the shortlist's cards and in the compare table.
import type { CompareCell } from '../../lib/shortlist/compareRows.ts';

/** Writes a cell's value (a link where it has one) and its note into `target`. */
export function fillCell(target: Element, cell: CompareCell | undefined): void {
  target.replaceChildren();
  if (!cell) return;
  const value = cell.href ? Object.assign(document.createElement('a'), { href: cell.href }) : document.createElement('span');
  value.textContent = cell.value;
  if (cell.unknown) value.className = 'cell-unknown';
  target.append(value);
  if (cell.note) {
    const note = document.createElement('span');
    note.className = 'cell-note';
    note.textContent = cell.note;
    target.append(note);
  }
}
