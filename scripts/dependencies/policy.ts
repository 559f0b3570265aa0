/** A package or version range we decided never to ship. */
export interface BlockedPackage {
  name: string;
  /** Blocks only versions below this one; absent blocks every version. */
  below?: string;
  reason: string;
}

/** An advisory we accepted for a while, with why. */
export interface AdvisoryException {
  id: string;
  package: string;
  reason: string;
  decidedBy: string;
  /** YYYY-MM-DD; after it the advisory fails the gate again. */
  expires: string;
}

export interface DependencyPolicy {
  blocked: BlockedPackage[];
  advisoryExceptions: AdvisoryException[];
}

interface LockEntry {
  name?: string;
  version?: string;
  integrity?: string;
  link?: boolean;
  hasInstallScript?: boolean;
}

/** `1.10.0` > `1.9.3`: compares the numeric parts of two versions (pre-release tags ignored). */
export function versionBelow(version: string, limit: string): boolean {
  const parts = (v: string) =>
    v
      .replace(/[-+].*$/, '')
      .split('.')
      .map((n) => Number.parseInt(n, 10) || 0);
  const a = parts(version);
  const b = parts(limit);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return false;
}

/** The package name of a lockfile key: `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameOf(key: string, entry: LockEntry): string {
  return entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** The offline checks of a lockfile (v2/v3): blocked packages, integrity hashes, install scripts. */
export function auditLockfile(
  lock: { packages?: Record<string, LockEntry> },
  manifest: { allowScripts?: Record<string, boolean> },
  policy: DependencyPolicy,
): string[] {
  const findings: string[] = [];
  const allowed = manifest.allowScripts ?? {};
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (key === '' || entry.link) continue;
    const name = nameOf(key, entry);
    const version = entry.version ?? '?';
    for (const rule of policy.blocked) {
      if (rule.name === name && (!rule.below || versionBelow(version, rule.below))) {
        findings.push(`${name}@${version} is blocked (${key}): ${rule.reason}`);
      }
    }
    if (!entry.integrity?.startsWith('sha512-'))
      findings.push(`${name}@${version} has no sha512 integrity hash in package-lock.json (${key}); reinstall it from the registry`);
    if (entry.hasInstallScript && allowed[name] !== true) {
      findings.push(
        `${name}@${version} runs a script when installed, and is not in "allowScripts" in package.json; read its script, then allow it or remove the package`,
      );
    }
  }
  return findings;
}

interface NpmAuditJson {
  vulnerabilities?: Record<
    string,
    { name: string; severity: string; via: Array<string | { source?: number; url?: string; title?: string; severity?: string }> }
  >;
}

/** Reads `npm audit --json` output. `reachable` is false when npm could not ask the advisory service. */
export function readAdvisories(stdout: string, policy: DependencyPolicy, today: string): { reachable: boolean; findings: string[] } {
  let parsed: NpmAuditJson & { error?: unknown; message?: string };
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch {
    return { reachable: false, findings: [] };
  }
  if (parsed.error || parsed.message || !parsed.vulnerabilities) return { reachable: false, findings: [] };
  const findings: string[] = [];
  for (const vuln of Object.values(parsed.vulnerabilities)) {
    for (const via of vuln.via) {
      if (typeof via === 'string') continue; // reached through another package, reported there
      const id = via.url?.split('/').pop() ?? String(via.source ?? '?');
      const exception = policy.advisoryExceptions.find((e) => e.id === id && e.package === vuln.name);
      if (exception && exception.expires >= today) continue;
      findings.push(
        `${vuln.name}: ${via.severity ?? vuln.severity} advisory ${id} (${via.title ?? 'no title'})${exception ? ` — its exception expired on ${exception.expires}` : ''}`,
      );
    }
  }
  return { reachable: true, findings };
}
