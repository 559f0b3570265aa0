// Share pictures (og:image): what drawing them costs, without a whole site build. For the real content
// (every offer in three languages) it times making the cache keys (what a warm build pays), making the SVGs, then drawing the PNGs into an empty cache
// one at a time and two at a time (the build's worker, src/lib/build/offerAssets.ts, draws two at a time), then reading them back
// from the warm cache. Prints wall and CPU time per picture and what that comes to for 3,000 offers in
// three languages (CPU counts every thread of the process, the thread pool included); writes reports/bench-og.json. A benchmark: it prints numbers and never fails on them.
// Usage: npm run bench:og
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { catalogInputFromTree } from '../../src/lib/content/catalogInput.ts';
import { offerOgPicture } from '../../src/lib/share/ogInputs.ts';
import { type OgPicture, renderOgPng } from '../../src/lib/share/ogImageRender.ts';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { LANGS } from '../../src/schemas/langs.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const today = new Date().toISOString().slice(0, 10);
const { tree } = loadContent(join(ROOT, 'content'), { root: ROOT, today });
const catalog = buildCatalog(catalogInputFromTree(tree, today));

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

let wall = performance.now();
let cpu = cpuMs();
const pictures: OgPicture[] = LANGS.flatMap((lang) =>
  catalog.offers.map((offer) => offerOgPicture(toOfferView(offer, lang, catalog), catalog, true)),
);
const keyWall = (performance.now() - wall) / pictures.length;
const keyCpu = (cpuMs() - cpu) / pictures.length;
wall = performance.now();
cpu = cpuMs();
const svgs = pictures.map((p) => p.svg());
const svgWall = (performance.now() - wall) / svgs.length;
const svgCpu = (cpuMs() - cpu) / svgs.length;
// The bench draws from the SVGs made above, so the timing of drawing does not include making them again.
const drawable: OgPicture[] = pictures.map((p, i) => ({ key: p.key, svg: () => svgs[i]! }));

async function drawAll(concurrency: number): Promise<{ wallMs: number; cpuMs: number }> {
  let next = 0;
  wall = performance.now();
  cpu = cpuMs();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < drawable.length) await renderOgPng(drawable[next++]!);
    }),
  );
  return { wallMs: (performance.now() - wall) / svgs.length, cpuMs: (cpuMs() - cpu) / svgs.length };
}

const rows: Record<string, { wallMs: number; cpuMs: number }> = {
  'view + cache key': { wallMs: keyWall, cpuMs: keyCpu },
  'make SVG (cold only)': { wallMs: svgWall, cpuMs: svgCpu },
};
for (const concurrency of [1, 2]) {
  const cache = mkdtempSync(join(tmpdir(), 'og-bench-'));
  process.env.OG_IMAGE_CACHE = cache;
  rows[`draw, cold cache, ${concurrency} at a time`] = await drawAll(concurrency);
  rows[`read, warm cache, ${concurrency} at a time`] = await drawAll(concurrency);
  rmSync(cache, { recursive: true, force: true });
}

const at3000 = 3000 * LANGS.length;
console.log(
  `share pictures: ${svgs.length} (${catalog.offers.length} offers × ${LANGS.length} languages); load average ${loadavg()[0]!.toFixed(1)}`,
);
console.log('step'.padEnd(36), 'wall ms/picture'.padStart(16), 'CPU ms/picture'.padStart(16), `wall for ${at3000}`.padStart(16));
for (const [step, r] of Object.entries(rows)) {
  console.log(
    step.padEnd(36),
    r.wallMs.toFixed(1).padStart(16),
    r.cpuMs.toFixed(1).padStart(16),
    `${((r.wallMs * at3000) / 1000).toFixed(0)} s`.padStart(16),
  );
}
console.log();
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(
  join(ROOT, 'reports/bench-og.json'),
  `${JSON.stringify({ date: new Date().toISOString(), loadavg: loadavg(), pictures: svgs.length, rows }, null, 2)}\n`,
);
