// Measures every page type in a built site against its byte budget (gzipped). Used by
// scripts/check-budgets.ts (a gate) and scripts/bench/run.ts (which only reports).
import { discoverAssets, discoverPages, gzippedSize, measurePage, type DistPage, type PageBytes } from './distSite.ts';
import { OTHER_TYPE, PAGE_TYPES, type Budget, type PageType } from './pageTypes.ts';

export interface TypeRow {
  type: PageType;
  /** Pages (or files) of this type; 0 when the site has none yet. */
  count: number;
  /** The largest value over the pages of this type, per figure. */
  max: { html: number; css: number; js: number; htmlCss: number; total: number; file: number };
  /** The page that gave the largest total, for messages. */
  worst?: string;
  /** Budget figures that are exceeded, e.g. `js 16.2 KB > 15.0 KB (/en/offers/x/)`. */
  over: string[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function overBudget(budget: Budget, figures: Record<keyof Budget, number>, where: string): string[] {
  const out: string[] = [];
  for (const key of Object.keys(budget) as Array<keyof Budget>) {
    const limit = budget[key]!;
    if (figures[key] > limit) out.push(`${key} ${kb(figures[key])} > ${kb(limit)} (${where})`);
  }
  return out;
}

/** One row per page type (and `other` if present), in table order. */
export async function measureTypes(dist: string): Promise<TypeRow[]> {
  const pages = discoverPages(dist);
  const assets = discoverAssets(dist);
  const rows: TypeRow[] = [];
  const types = [...PAGE_TYPES, ...(pages.some((p) => p.type === OTHER_TYPE) ? [OTHER_TYPE] : [])];
  for (const type of types) {
    const row: TypeRow = { type, count: 0, max: { html: 0, css: 0, js: 0, htmlCss: 0, total: 0, file: 0 }, over: [] };
    if (type.kind === 'asset') {
      for (const asset of assets.filter((a) => a.type === type)) {
        row.count++;
        const size = gzippedSize(asset.file);
        row.max.file = Math.max(row.max.file, size);
        row.max.total = Math.max(row.max.total, size);
        row.over.push(...overBudget(type.budget, { file: size, js: 0, htmlCss: 0, total: size }, asset.urlPath));
      }
    } else {
      let worstTotal = -1;
      for (const page of pages.filter((p: DistPage) => p.type === type)) {
        row.count++;
        const b: PageBytes = await measurePage(dist, page);
        const figures = { html: b.html, css: b.css, js: b.js, htmlCss: b.html + b.css, total: b.html + b.css + b.js, file: 0 };
        for (const k of Object.keys(row.max) as Array<keyof TypeRow['max']>) row.max[k] = Math.max(row.max[k], figures[k]);
        if (figures.total > worstTotal) {
          worstTotal = figures.total;
          row.worst = page.urlPath;
        }
        row.over.push(...overBudget(type.budget, figures, page.urlPath));
      }
    }
    rows.push(row);
  }
  return rows;
}

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

/** A fixed-width table of the rows, with budgets and a status column. */
export function formatTable(rows: readonly TypeRow[]): string {
  const lines: string[] = [];
  const head = [
    pad('page type', 24),
    lpad('pages', 5),
    lpad('HTML', 9),
    lpad('CSS', 9),
    lpad('JS', 9),
    lpad('HTML+CSS', 9),
    lpad('total', 9),
    '  budget',
    '',
  ].join(' ');
  lines.push(head, '-'.repeat(head.length + 30));
  for (const r of rows) {
    const budget = Object.entries(r.type.budget)
      .map(([k, v]) => `${k}≤${kb(v)}`)
      .join(', ');
    if (r.count === 0) {
      lines.push(`${pad(r.type.label, 24)} ${lpad('0', 5)}   not built yet: skipped (budget ${budget})`);
      continue;
    }
    const m = r.max;
    const cells =
      r.type.kind === 'asset' ? ['', '', kb(m.file), '', kb(m.total)] : [kb(m.html), kb(m.css), kb(m.js), kb(m.htmlCss), kb(m.total)];
    const status = r.over.length ? 'OVER BUDGET' : 'ok';
    lines.push([pad(r.type.label, 24), lpad(String(r.count), 5), ...cells.map((c) => lpad(c, 9)), ` ${budget}`, ` ${status}`].join(' '));
  }
  lines.push(
    '',
    'Gzipped bytes (gzip -6); the largest page of each type. JS = inline scripts + external scripts and their static imports (lazy imports such as the map library are left out). Images are not counted.',
  );
  return lines.join('\n');
}
