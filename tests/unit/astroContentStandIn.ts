// Astro's `astro:content` for unit tests of code that runs only inside Astro (loadCatalog.ts and what reads it):
// getCollection answers with the good fixture's entries, under the ids Astro gives them. Use it from a file's own
// `vi.mock('astro:content', …)`. The fixture is read when a test first asks, not when the file loads, because the
// mutation run attributes code only to the tests that run it.
import { afterAll, beforeAll } from 'vitest';
import { entriesFromTree } from '../../src/lib/content/catalogInput.ts';
import { check, GOOD_FIXTURE, TODAY } from './helpers.ts';

/** The stand-in module; `asked` collects the name of every collection read. */
export function fixtureCollections(asked: string[] = []) {
  let entries: Record<string, Array<{ id: string }>> | undefined;
  return {
    getCollection: async (name: string) => {
      asked.push(name);
      entries ??= entriesFromTree(check(GOOD_FIXTURE).tree) as unknown as Record<string, Array<{ id: string }>>;
      return entries[name];
    },
    getEntry: async (collection: string, id: string) => ({ collection, id }),
  };
}

/** The collection names of the good fixture (what a full read asks for). */
export const fixtureCollectionNames = () => Object.keys(entriesFromTree(check(GOOD_FIXTURE).tree)).sort();

/** Builds on TODAY (CATALOG_TODAY) for the tests of the calling file, and puts the variable back after them. */
export function buildOnFixtureDay(): void {
  const saved = process.env.CATALOG_TODAY;
  beforeAll(() => {
    process.env.CATALOG_TODAY = TODAY;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.CATALOG_TODAY;
    else process.env.CATALOG_TODAY = saved;
  });
}
