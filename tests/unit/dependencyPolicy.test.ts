import { describe, expect, it } from 'vitest';
import { auditLockfile, readAdvisories, versionBelow, type DependencyPolicy } from '../../scripts/dependencies/policy.ts';

const SHA = 'sha512-AAAA';
const policy: DependencyPolicy = {
  blocked: [
    { name: 'exceljs', reason: 'old zip stack' },
    { name: 'unzipper', below: '0.12.0', reason: 'no limits' },
  ],
  advisoryExceptions: [{ id: 'GHSA-aaaa-bbbb-cccc', package: 'vite', reason: 'dev server only', decidedBy: 'team', expires: '2026-12-31' }],
};

describe('the offline dependency checks', () => {
  it('compares versions by their numbers, not as text', () => {
    expect(versionBelow('0.10.14', '0.12.0')).toBe(true);
    expect(versionBelow('0.12.0', '0.12.0')).toBe(false);
    expect(versionBelow('1.10.0', '1.9.3')).toBe(false);
    expect(versionBelow('2.0.0-beta.1', '2.0.0')).toBe(false);
  });

  it('passes a clean lockfile', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/a': { version: '1.0.0', integrity: SHA },
        'node_modules/unzipper': { version: '0.12.3', integrity: SHA },
      },
    };
    expect(auditLockfile(lock, {}, policy)).toEqual([]);
  });

  it('finds a blocked package anywhere in the tree, with its reason', () => {
    const lock = {
      packages: {
        'node_modules/x/node_modules/exceljs': { version: '4.4.0', integrity: SHA },
        'node_modules/unzipper': { version: '0.10.14', integrity: SHA },
      },
    };
    expect(auditLockfile(lock, {}, policy)).toEqual([
      'exceljs@4.4.0 is blocked (node_modules/x/node_modules/exceljs): old zip stack',
      'unzipper@0.10.14 is blocked (node_modules/unzipper): no limits',
    ]);
  });

  it('requires a sha512 hash and an allowed install script', () => {
    const lock = {
      packages: {
        'node_modules/a': { version: '1.0.0', integrity: 'sha1-xyz' },
        'node_modules/b': { version: '2.0.0', integrity: SHA, hasInstallScript: true },
        'node_modules/esbuild': { version: '0.28.2', integrity: SHA, hasInstallScript: true },
      },
    };
    const findings = auditLockfile(lock, { allowScripts: { esbuild: true } }, policy);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toContain('a@1.0.0 has no sha512 integrity hash');
    expect(findings[1]).toContain('b@2.0.0 runs a script when installed');
  });
});

describe('reading npm audit', () => {
  const report = (via: unknown[]) => JSON.stringify({ vulnerabilities: { vite: { name: 'vite', severity: 'high', via } } });

  it('knows when the advisory service did not answer, and never reads that as "no advisories"', () => {
    expect(readAdvisories('{"message":"405 Method Not Allowed"}', policy, '2026-12-01')).toEqual({ reachable: false, findings: [] });
    expect(readAdvisories('', policy, '2026-12-01').reachable).toBe(false);
  });

  it('reports advisories, honours an exception until it expires', () => {
    const via = [{ source: 1, url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', title: 'Path traversal', severity: 'high' }];
    expect(readAdvisories(report(via), policy, '2026-12-01')).toEqual({ reachable: true, findings: [] });
    const expired = readAdvisories(report(via), policy, '2027-01-01');
    expect(expired.findings).toEqual(['vite: high advisory GHSA-aaaa-bbbb-cccc (Path traversal) — its exception expired on 2026-12-31']);
    const other = readAdvisories(
      report([{ source: 2, url: 'https://github.com/advisories/GHSA-zzzz-yyyy-xxxx', title: 'XSS', severity: 'moderate' }]),
      policy,
      '2026-12-01',
    );
    expect(other.findings).toEqual(['vite: moderate advisory GHSA-zzzz-yyyy-xxxx (XSS)']);
  });
});
