// The `unit` project of vitest.config.ts alone, for Stryker (its Vitest runner has no option to pick a project).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Every test here runs the real scaffolder as a child process and then the whole content check in-process,
    // so it covers (and is re-run for) nearly every mutant of the checker at ~1.5 s a time, while the child's code
    // is never mutated. tests/unit/newOfferFiles.test.ts tests the scaffolder's own logic in-process instead.
    exclude: ['tests/unit/scaffold.test.ts'],
    environment: 'node',
    // One worker runs every file (no new process per test file): the whole unit suite takes 25 s with one
    // worker instead of 50. freshModules.ts re-evaluates src for each file, so no state crosses files.
    isolate: false,
    setupFiles: ['scripts/mutation/freshModules.ts'],
    // Tests that start `astro build` skip themselves under this flag: a child process never sees a mutant, and
    // two builds would take the shared two cores for a minute in every run.
    env: { CATALOG_MUTATION_RUN: '1' },
    // Two runners share two cores with Stryker itself: the slow tests need room.
    testTimeout: 60_000,
  },
});
