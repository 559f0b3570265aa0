import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { isScheduledRun, problemsForRun } from '../../src/lib/validation/scheduledRun.ts';

const WORKFLOW = '.github/workflows/scheduled-rebuild.yml';
const REBUILD = resolve('deploy/rebuild.sh');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as {
  on: { schedule?: Array<{ cron: string }>; workflow_dispatch?: unknown };
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const runs = steps.map((s) => s.run ?? '').join('\n');

describe('the scheduled rebuild workflow', () => {
  it('runs every day on a schedule, and can be started by hand', () => {
    expect(workflow.on.schedule).toEqual([{ cron: '17 3 * * *' }]);
    expect('workflow_dispatch' in workflow.on).toBe(true);
  });

  it('installs from the lockfile, checks the content and builds the site', () => {
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run check:content -- --scheduled');
    expect(runs).toMatch(/^\s*npm run build\s*$/m);
  });

  it('cannot fail because a bid date passed: every content check is --scheduled, and the build’s guard is told too', () => {
    const checks = runs.split('\n').filter((line) => line.includes('check:content'));
    expect(checks.length).toBeGreaterThan(0);
    for (const line of checks) expect(line).toContain('--scheduled');
    expect(Object.values(workflow.jobs).map((j) => j.env?.CATALOG_SCHEDULED)).toEqual(['1']);
  });

  it('deploys only when the deploy secrets are there, so a repository without them stays green', () => {
    const deploy = steps.find((s) => s.name?.startsWith('Deploy'));
    expect(deploy?.if).toBe("steps.target.outputs.configured == 'yes'");
    const probe = steps.find((s) => s.name === 'Is a deploy target configured?');
    expect(Object.keys(probe?.env ?? {}).sort()).toEqual(['DEPLOY_HOST', 'DEPLOY_KEY', 'DEPLOY_USER']);
    expect(probe?.run).toContain('configured=no');
  });

  it('gives no secret to the steps that build content', () => {
    for (const s of steps.filter((s) => /npm (ci|run)/.test(s.run ?? '')))
      expect(JSON.stringify(s.env ?? {}), s.name ?? s.run).not.toContain('secrets.');
  });
});

describe('check:content on a scheduled run', () => {
  const passed: ContentProblem = {
    severity: 'error',
    file: 'content/offers/a/facts.yaml',
    line: 21,
    field: 'acquisition.date',
    message: 'the auction date 2026-11-30 has passed',
    timeDependent: true,
  };
  const wrongDistrict: ContentProblem = {
    severity: 'error',
    file: 'content/offers/a/facts.yaml',
    line: 4,
    field: 'district',
    message: 'no district',
  };
  const stale: ContentProblem = {
    severity: 'warning',
    file: 'content/offers/b/facts.yaml',
    field: 'audit.date',
    message: 'stale',
    timeDependent: true,
  };

  it('is scheduled with --scheduled or CATALOG_SCHEDULED=1, and not otherwise', () => {
    expect(isScheduledRun(['--scheduled'], {})).toBe(true);
    expect(isScheduledRun([], { CATALOG_SCHEDULED: '1' })).toBe(true);
    expect(isScheduledRun([], {})).toBe(false);
    expect(isScheduledRun([], { CATALOG_SCHEDULED: '0' })).toBe(false);
    expect(isScheduledRun(['content'], { CATALOG_SCHEDULED: '' })).toBe(false);
  });

  it('turns a time-dependent error into a warning, and leaves every other problem as it was', () => {
    expect(problemsForRun([passed, wrongDistrict, stale], true)).toEqual([
      {
        ...passed,
        severity: 'warning',
        message: 'the auction date 2026-11-30 has passed (a warning on the scheduled rebuild; a pull request fails on it)',
      },
      wrongDistrict,
      stale,
    ]);
  });

  it('keeps a time-dependent error an error on a pull request', () => {
    expect(problemsForRun([passed, wrongDistrict, stale], false)).toEqual([passed, wrongDistrict, stale]);
  });
});

describe('deploy/rebuild.sh', () => {
  const made: string[] = [];
  afterEach(() => {
    while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
  });

  it('is valid bash', () => {
    expect(spawnSync('bash', ['-n', REBUILD], { encoding: 'utf8' }).stderr).toBe('');
  });

  /**
   * A host in a temporary folder: a clone of a local "origin", a fake npm that writes dist/index.html from the
   * repository's page.html (or fails when FAKE_BUILD_FAIL is set, after writing half a site), and the live symlink.
   */
  function host() {
    const base = mkdtempSync(join(tmpdir(), 'catalog-rebuild-'));
    made.push(base);
    const env = {
      PATH: `${join(base, 'bin')}:${process.env.PATH}`,
      HOME: base,
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.kz',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.kz',
      GIT_CONFIG_NOSYSTEM: '1',
      CATALOG_REPO: join(base, 'repo'),
      CATALOG_LIVE: join(base, 'srv', 'dist'),
      CATALOG_RELEASES: join(base, 'srv', 'releases'),
    };
    mkdirSync(join(base, 'bin'));
    writeFileSync(
      join(base, 'bin', 'npm'),
      [
        '#!/bin/sh',
        '[ "$CATALOG_SCHEDULED" = 1 ] || { echo "not a scheduled run"; exit 9; }',
        'case "$*" in',
        '  "ci --no-audit --no-fund") exit 0 ;;',
        '  "run check:content -- --scheduled") exit 0 ;;',
        '  "run build") mkdir -p dist; if [ -n "$FAKE_BUILD_FAIL" ]; then echo half > dist/index.html; exit 1; fi; cp page.html dist/index.html ;;',
        '  *) echo "unexpected npm $*"; exit 9 ;;',
        'esac',
      ].join('\n'),
    );
    chmodSync(join(base, 'bin', 'npm'), 0o755);
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
    mkdirSync(join(base, 'origin'));
    git(join(base, 'origin'), 'init', '--quiet', '-b', 'main');
    const publish = (page: string) => {
      writeFileSync(join(base, 'origin', 'page.html'), page);
      git(join(base, 'origin'), 'add', 'page.html');
      git(join(base, 'origin'), 'commit', '--quiet', '-m', page);
    };
    publish('build one');
    git(base, 'clone', '--quiet', join(base, 'origin'), 'repo');
    const rebuild = (extra: Record<string, string> = {}) => spawnSync('bash', [REBUILD], { env: { ...env, ...extra }, encoding: 'utf8' });
    const livePage = () => readFileSync(join(env.CATALOG_LIVE, 'index.html'), 'utf8');
    const releases = () => readdirSync(env.CATALOG_RELEASES).filter((n) => !n.startsWith('.'));
    return { env, publish, rebuild, livePage, releases };
  }

  it('publishes a new build through the symlink, keeps the last good one when a build fails, and prunes old builds', () => {
    const h = host();
    const first = h.rebuild();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(h.livePage()).toBe('build one');
    const firstRelease = readlinkSync(h.env.CATALOG_LIVE);

    h.publish('build two');
    const broken = h.rebuild({ FAKE_BUILD_FAIL: '1' });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('FAILED: the build; the site stays on');
    expect(readlinkSync(h.env.CATALOG_LIVE)).toBe(firstRelease);
    expect(h.livePage()).toBe('build one');

    const fixed = h.rebuild({ CATALOG_KEEP: '1' });
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    expect(h.livePage()).toBe('build two');
    expect(h.releases()).toHaveLength(1);
  }, 30_000); // three runs of git and bash: seconds on two busy cores

  it('refuses to replace a live folder that is not its symlink', () => {
    const h = host();
    mkdirSync(h.env.CATALOG_LIVE, { recursive: true });
    const run = h.rebuild();
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('is a real folder, not a symlink');
  }, 30_000);
});
