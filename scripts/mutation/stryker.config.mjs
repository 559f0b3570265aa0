// Mutation testing of the unit tests: `npm run mutation` (a measurement, not part of `npm test`).
// Stryker changes one thing at a time in src/lib (a `<` into `<=`, a `*` into `/`, a string into "")
// and runs the unit tests that cover it; a mutant that no test notices ("survived") is behaviour that
// no test pins. The score and the survivors are printed at the end; the HTML report lands in
// reports/mutation/. Incremental: a second run re-tests only mutants whose code or tests changed.
//
// Run part of it: `npm run mutation -- --mutate 'src/lib/catalog/**/*.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'scripts/mutation/vitest.unit.config.ts', related: false },
  mutate: [
    'src/lib/**/*.ts',
    // Runs only in a partner's browser page (it is tested in tests/browser/embed.test.ts, not by unit tests).
    '!src/lib/embed/loader.ts',
  ],
  coverageAnalysis: 'perTest',
  // A mutant in a module-level constant would need every unit test run again for it; those are left out.
  ignoreStatic: true,
  // The machines have two cores: one runner each. With three, the runners ran slower than in the first test run
  // that Stryker times them by, and slow tests were counted as time-outs (i.e. as detected): of 45 such
  // "time-outs" in the checker and the register, 36 survived when run again with two runners, 8 were killed.
  concurrency: 2,
  // Added to each mutant's expected time (1.5 × what its tests took unmutated) before it counts as timed out:
  // a mutant that loops forever costs this much. 30 s made those mutants a third of a run's time; below 10 s a
  // busy machine turns slow tests into false time-outs.
  timeoutMS: 10_000,
  // The first run of every unit test (with coverage) took over Stryker's default 5 minutes on the loaded
  // shared machine, which stops the whole run.
  dryRunTimeoutMinutes: 20,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 85, low: 70, break: null },
};
