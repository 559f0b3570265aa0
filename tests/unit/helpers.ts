import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { loadContent } from '../../src/lib/validation/loadContent.ts';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { catalogInputFromTree } from '../../src/lib/content/catalogInput.ts';

export const GOOD_FIXTURE = 'tests/fixtures/content-good';
/** Eight real offers (both districts, every kind, closed ones, outlines), copied so an edit of content/ cannot change a test. */
export const RICH_FIXTURE = 'tests/fixtures/content-rich';
export const TODAY = '2026-11-29';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** An empty temporary folder, removed after the test. */
export function tempDir(prefix = 'catalog-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary copy of the good fixture tree, edited by `edit`. Real content/ is never touched. */
export function fixtureWith(edit: (dir: string) => void): string {
  const root = tempDir('catalog-fixture-');
  const dir = join(root, 'content');
  cpSync(GOOD_FIXTURE, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Replaces text in a fixture file, failing loudly if the text is not there (so a test cannot silently test nothing). */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did nothing: ${String(from)} not found in ${file}`);
  writeFileSync(path, after);
}

export function writeIn(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

export function check(dir: string) {
  const result = loadContent(dir, { root: join(dir, '..'), today: TODAY });
  return {
    ...result,
    errors: result.problems.filter((p) => p.severity === 'error'),
    warnings: result.problems.filter((p) => p.severity === 'warning'),
  };
}

/** The catalog of a fixture tree, through the same mapping the site uses (catalogInputFromTree), on TODAY. */
export function fixtureCatalog(dir: string = GOOD_FIXTURE) {
  const { tree } = check(dir);
  return buildCatalog(catalogInputFromTree(tree, TODAY));
}
