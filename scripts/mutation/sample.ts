// A mutation score for all of src/lib from a random sample, for machines where the full run does not fit in a
// sitting (two cores: three to four hours, most of it the checker's mutants re-running fixture-loading tests).
//
//   node scripts/mutation/sample.ts plan [--seed N] [--line-share 0.06] [--blocks 40]
//   npm run mutation -- --mutate "$(node scripts/mutation/sample.ts mutate)"   # Stryker on the sampled places only
//   node scripts/mutation/sample.ts score                                      # estimate with a 95 % interval
//
// Why two strata: Stryker picks what to mutate by line ranges and takes every mutant whose code lies inside a
// range. A mutant on one line is sampled by sampling its line (with the other mutants on that line: a cluster).
// A mutant spanning lines (a whole block emptied, say) can only be asked for with its whole range, which drags in
// every mutant nested inside it; those are run but not counted, and the multi-line mutants are estimated from
// their own smaller sample. Static mutants (ignored by the config) drop out of both, as in a full run.
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import strykerConfig from './stryker.config.mjs';

const PLAN = 'reports/mutation/sample-plan.json';
/** Stryker's report, or with `--report <file>` its incremental file, which a run stopped with SIGTERM leaves. */
const REPORT = process.argv.includes('--report')
  ? (process.argv[process.argv.indexOf('--report') + 1] ?? '')
  : 'reports/mutation/mutation.json';

interface Position {
  line: number; // 1-based
  column: number; // 0-based, as Stryker's ranges take them
}
interface SampledMutant {
  file: string;
  start: Position;
  end: Position;
  mutator: string;
  replacement: string;
}
interface Plan {
  seed: number;
  lineShare: number;
  /** Mutants in src/lib: on one line, and spanning lines. */
  population: { singleLine: number; multiLine: number };
  /** Sampled lines ("file:line") and how many one-line mutants each holds. */
  lines: Array<{ file: string; line: number; mutants: number }>;
  /** Sampled multi-line mutants. */
  blocks: SampledMutant[];
}

/** A small seeded generator (mulberry32), so a plan can be drawn again from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value)) throw new Error(`${name} needs a number, got "${process.argv[i + 1]}"`);
  return value;
}

async function allMutants(): Promise<SampledMutant[]> {
  // The files stryker.config.mjs mutates, read from its own `mutate` list (`!` marks a file left out).
  const patterns = (strykerConfig.mutate ?? []).filter((p): p is string => typeof p === 'string');
  const files = globSync(
    patterns.filter((p) => !p.startsWith('!')),
    { exclude: patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)) },
  )
    .filter((f) => !f.endsWith('.d.ts'))
    .sort();
  const quiet = () => undefined;
  const logger = {
    debug: quiet,
    info: quiet,
    warn: quiet,
    error: quiet,
    trace: quiet,
    fatal: quiet,
    isDebugEnabled: () => false,
    isTraceEnabled: () => false,
    isInfoEnabled: () => false,
    isWarnEnabled: () => false,
    isErrorEnabled: () => true,
    isFatalEnabled: () => true,
  };
  // biome-ignore lint/suspicious/noExplicitAny: the instrumenter's logger type is Stryker's internal one
  const instrumenter = new Instrumenter(logger as any);
  const { mutants } = await instrumenter.instrument(
    files.map((name) => ({ name, mutate: true as const, content: readFileSync(name, 'utf8') })),
    // biome-ignore lint/suspicious/noExplicitAny: only the fields the parser reads
    { plugins: null, excludedMutations: [], ignorers: [] } as any,
  );
  return mutants.map((m) => ({
    file: m.fileName,
    // The instrumenter counts lines from 0; Stryker's --mutate ranges and its report count them from 1.
    start: { line: m.location.start.line + 1, column: m.location.start.column },
    end: { line: m.location.end.line + 1, column: m.location.end.column },
    mutator: m.mutatorName,
    replacement: m.replacement,
  }));
}

async function plan(): Promise<void> {
  const seed = argument('--seed', 20261202);
  const lineShare = argument('--line-share', 0.06);
  const blockCount = argument('--blocks', 40);
  const next = random(seed);
  const mutants = await allMutants();
  const single = mutants.filter((m) => m.start.line === m.end.line);
  const multi = mutants.filter((m) => m.start.line !== m.end.line);
  const perLine = new Map<string, number>();
  for (const m of single) perLine.set(`${m.file}:${m.start.line}`, (perLine.get(`${m.file}:${m.start.line}`) ?? 0) + 1);
  const lines = [...perLine.entries()]
    .filter(() => next() < lineShare)
    .map(([key, count]) => {
      const at = key.lastIndexOf(':');
      return { file: key.slice(0, at), line: Number(key.slice(at + 1)), mutants: count };
    });
  const blocks: SampledMutant[] = [];
  const pool = [...multi];
  while (blocks.length < blockCount && pool.length > 0) blocks.push(...pool.splice(Math.floor(next() * pool.length), 1));
  const result: Plan = { seed, lineShare, population: { singleLine: single.length, multiLine: multi.length }, lines, blocks };
  mkdirSync('reports/mutation', { recursive: true });
  writeFileSync(PLAN, `${JSON.stringify(result, null, 1)}\n`);
  const sampledSingle = lines.reduce((n, l) => n + l.mutants, 0);
  console.log(
    `${mutants.length} mutants in src/lib (${single.length} on one line, ${multi.length} spanning lines).\n` +
      `Sampled ${lines.length} of ${perLine.size} lines (${sampledSingle} mutants) and ${blocks.length} multi-line mutants; plan in ${PLAN}.`,
  );
}

function readPlan(): Plan {
  return JSON.parse(readFileSync(PLAN, 'utf8')) as Plan;
}

function mutateList(): void {
  const p = readPlan();
  const ranges = [
    ...p.lines.map((l) => `${l.file}:${l.line}-${l.line}`),
    ...p.blocks.map((b) => `${b.file}:${b.start.line}:${b.start.column}-${b.end.line}:${b.end.column}`),
  ];
  process.stdout.write(ranges.join(','));
}

interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
type Outcome = 'detected' | 'undetected' | 'left out';

function outcome(status: string): Outcome {
  if (status === 'Killed' || status === 'Timeout') return 'detected';
  if (status === 'Survived' || status === 'NoCoverage') return 'undetected';
  return 'left out'; // Ignored (static), CompileError, RuntimeError: not in a score
}

function score(): void {
  const p = readPlan();
  if (!existsSync(REPORT)) throw new Error(`${REPORT} is missing: run Stryker on the plan first (see the top of this file)`);
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { files: Record<string, { mutants: ReportMutant[] }> };
  const inFile = (file: string) => report.files[file]?.mutants ?? [];
  // One cluster per sampled line: its detected and scored one-line mutants. A sampled mutant missing from the
  // report was not reached (a run stopped early): the estimate leaves it out, and a lower bound counts it as
  // undetected, since the last mutants to finish are those no test stops early.
  const missing: string[] = [];
  const lineClusters = p.lines.map((l) => {
    const found = inFile(l.file).filter((m) => m.location.start.line === l.line && m.location.end.line === l.line);
    if (found.length !== l.mutants) missing.push(`${l.file}:${l.line} (${found.length} of ${l.mutants} in the report)`);
    const outcomes = found.map((m) => outcome(m.status));
    return {
      file: l.file,
      detected: outcomes.filter((o) => o === 'detected').length,
      scored: outcomes.filter((o) => o !== 'left out').length,
      notReached: Math.max(0, l.mutants - found.length),
    };
  });
  const blockOutcomes = p.blocks.map((b) => {
    const found = inFile(b.file).find(
      (m) =>
        m.mutatorName === b.mutator &&
        m.location.start.line === b.start.line &&
        m.location.end.line === b.end.line &&
        // The report counts columns from 1.
        m.location.start.column - 1 === b.start.column &&
        m.location.end.column - 1 === b.end.column,
    );
    if (!found) missing.push(`${b.file}:${b.start.line} ${b.mutator}`);
    return { file: b.file, outcome: found ? outcome(found.status) : undefined };
  });
  const reached = blockOutcomes.filter((b): b is { file: string; outcome: Outcome } => b.outcome !== undefined);
  if (missing.length > 0) {
    console.error(
      `${missing.length} sampled places are not in ${REPORT} as planned (was the source changed after the plan, or the run stopped?):`,
    );
    for (const m of missing.slice(0, 20)) console.error(`  ${m}`);
    process.exitCode = 1;
  }
  const estimate = (clusters: typeof lineClusters, blocks: typeof reached) => {
    const detected1 = clusters.reduce((n, c) => n + c.detected, 0);
    const scored1 = clusters.reduce((n, c) => n + c.scored, 0);
    const sampled1 = p.lines.reduce((n, l) => n + l.mutants, 0);
    const blocksScored = blocks.filter((b) => b.outcome !== 'left out');
    const detected2 = blocksScored.filter((b) => b.outcome === 'detected').length;
    // Each stratum's scored mutants in the population, estimated from the share scored in its sample.
    const weight1 = sampled1 === 0 ? 0 : (scored1 / sampled1) * p.population.singleLine;
    const weight2 = blocks.length === 0 ? 0 : (blocksScored.length / blocks.length) * p.population.multiLine;
    const rate1 = scored1 === 0 ? 0 : detected1 / scored1;
    const rate2 = blocksScored.length === 0 ? rate1 : detected2 / blocksScored.length;
    return {
      value: (weight1 * rate1 + weight2 * rate2) / (weight1 + weight2),
      detected1,
      scored1,
      detected2,
      scored2: blocksScored.length,
    };
  };
  const whole = estimate(lineClusters, reached);
  // 95 % interval: resample lines and multi-line mutants with replacement.
  const next = random(1);
  const pick = <T>(items: T[]) => items.map(() => items[Math.floor(next() * items.length)] as T);
  const values = Array.from({ length: 2000 }, () => estimate(pick(lineClusters), pick(reached)).value).sort((a, b) => a - b);
  const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(
    `Sample (seed ${p.seed}): one-line mutants ${whole.detected1} detected of ${whole.scored1} scored on ${p.lines.length} lines; ` +
      `multi-line ${whole.detected2} of ${whole.scored2}.`,
  );
  console.log(
    `Estimated mutation score of src/lib: ${percent(whole.value)} (95 % interval ${percent(values[50] ?? 0)} to ${percent(values[1949] ?? 0)}).`,
  );
  const notReachedLines = lineClusters.reduce((n, c) => n + c.notReached, 0);
  const notReachedBlocks = blockOutcomes.length - reached.length;
  if (notReachedLines + notReachedBlocks > 0) {
    const worst = estimate(
      lineClusters.map((c) => ({ ...c, scored: c.scored + c.notReached })),
      [...reached, ...Array.from({ length: notReachedBlocks }, () => ({ file: '', outcome: 'undetected' as Outcome }))],
    );
    console.log(
      `Not reached before the run stopped: ${notReachedLines} one-line and ${notReachedBlocks} multi-line sampled mutants. ` +
        `Counting every one of them as undetected: ${percent(worst.value)}.`,
    );
  }
  const folders = new Map<string, { detected: number; scored: number }>();
  for (const c of lineClusters) {
    const folder = c.file.split('/').slice(0, 3).join('/').replace(/\.ts$/, '');
    const f = folders.get(folder) ?? { detected: 0, scored: 0 };
    f.detected += c.detected;
    f.scored += c.scored;
    folders.set(folder, f);
  }
  console.log('\nOne-line mutants by folder (sampled lines only):');
  for (const [folder, f] of [...folders.entries()].sort((a, b) => b[1].scored - a[1].scored)) {
    console.log(
      `  ${folder.padEnd(28)} ${String(f.detected).padStart(4)} / ${String(f.scored).padEnd(4)} ${f.scored ? percent(f.detected / f.scored) : '—'}`,
    );
  }
}

const command = process.argv[2];
if (command === 'plan') await plan();
else if (command === 'mutate') mutateList();
else if (command === 'score') score();
else {
  console.error('usage: node scripts/mutation/sample.ts plan [--seed N] [--line-share 0.06] [--blocks 40] | mutate | score');
  process.exitCode = 2;
}
