// The dependency gate (npm run audit): advisories when the registry can answer, and offline checks of
// the lockfile that always run. Exit 1 on any finding. See README.md in this folder.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { auditLockfile, readAdvisories, type DependencyPolicy } from './policy.ts';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const policy = JSON.parse(readFileSync('scripts/dependencies/policy.json', 'utf8')) as DependencyPolicy;
const today = new Date().toISOString().slice(0, 10);

const findings = auditLockfile(lock, manifest, policy);

const npm = spawnSync('npm', ['audit', '--json', '--omit=dev'], { encoding: 'utf8', timeout: 60_000 });
const advisories = readAdvisories(npm.stdout ?? '', policy, today);
if (advisories.reachable) findings.push(...advisories.findings);

console.log(`dependencies: ${Object.keys(lock.packages ?? {}).filter(Boolean).length} packages in package-lock.json`);
console.log(
  advisories.reachable
    ? `advisories: npm audit answered (${advisories.findings.length} finding${advisories.findings.length === 1 ? '' : 's'} after exceptions)`
    : 'advisories: NOT CHECKED — the registry has no advisory service here (npm audit failed); only the offline checks below ran',
);
for (const f of findings) console.log(`  ✗ ${f}`);
if (findings.length) {
  console.log('\nWhat to do: scripts/dependencies/README.md');
  process.exit(1);
}
console.log('blocked packages, integrity hashes and install scripts: ok');
