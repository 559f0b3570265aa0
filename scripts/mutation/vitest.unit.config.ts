// The `unit` project of vitest.config.ts alone, for Stryker (its Vitest runner has no option to pick a project).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Two runners share two cores with Stryker itself: the slow tests (the scaffolder runs the content check) need room.
    testTimeout: 60_000,
  },
});
