// A save through the editor's GitHub backend writes the whole file again (here: yaml's stringify, as Decap does);
// `npm run cms:restore-layout` must give back the officials' comments and layout and keep every saved value.
// Each test builds a small git repository: `main` holds the content as the officials wrote it, the branch `pr`
// holds what the editor saved. Expected texts are written out by hand.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { restoreLayout } from '../../scripts/restore-layout.ts';

const SCRIPT = resolve('scripts/restore-layout.ts');

const PLACES = `# Places the offers refer to by id.
# Names follow GLOSSARY.md.
places:
- id: karaganda
  name: { en: Karaganda, ru: "Караганда" }
  lat: 49.8
  aliases: { ru: [Караганды], en: [Qaragandy, Karagandy] }
- id: balkhash
  name: { en: Balkhash, ru: "Балхаш" }
  lat: 46.8
`;
const PLACES_RESTORED = `# Places the offers refer to by id.
# Names follow GLOSSARY.md.
places:
- id: karaganda
  name: { en: Karaganda, ru: "Караганда" }
  lat: 49.8
  aliases: { ru: [Караганды], en: [Qaragandy, Karagandy] }
- id: balkhash
  name: { en: Balkhash, ru: "Балхаш" }
  lat: 46.85
`;

const TEXT = `---
# Keep the title short: it is the page heading.
title: "Lakeside plot"
summary: A plot on the shore.
---
Text of the offer.
`;
const TEXT_RESTORED = `---
# Keep the title short: it is the page heading.
title: "Lakeside plot"
summary: A plot on the lake shore.
---
Text of the offer, edited.
`;

const FACTS = `# A demonstration plot.
kind: land-plot
land: { areaHa: 2.5, category: settlement }
boundary: [[46.1, 75.1], [46.2, 75.2], [46.3, 75.1]]
`;

const ODD_DIR = "content/offers/odd name $(touch PWNED) 'q' ;ü";
const ODD = `# Odd folder name, still a plot.
kind: land-plot
status: "available"
`;
const ODD_RESTORED = `# Odd folder name, still a plot.
kind: land-plot
status: "reserved"
`;

const NEW_FACTS = 'kind: land-plot\nstatus: available\n';

let root: string;
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const git = (...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
};
/** What Decap writes: the whole file from its data, in yaml's own style, with `change` applied to the data. */
const decapYaml = (text: string, change: (data: Record<string, unknown>) => void) => {
  const data = parse(text) as Record<string, unknown>;
  change(data);
  return stringify(data);
};
const decapMdx = (frontMatter: Record<string, unknown>, body: string) => `---\n${stringify(frontMatter)}---\n${body}`;

/** The saved texts of the pull request's branch, kept to check which files the restore changed. */
const saved: Record<string, string> = {};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'restore-layout-'));
  git('init', '-q', '-b', 'main');
  put('content/places.yaml', PLACES);
  put('content/offers/demo-plot/en.mdx', TEXT);
  put('content/offers/demo-plot/facts.yaml', FACTS);
  put(`${ODD_DIR}/facts.yaml`, ODD);
  put('content/README.md', '# Content\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'content as the officials wrote it');
  git('checkout', '-q', '-b', 'pr');
  saved['content/places.yaml'] = decapYaml(PLACES, (d) => {
    (d.places as Array<{ lat: number }>)[1]!.lat = 46.85;
  });
  saved['content/offers/demo-plot/en.mdx'] = decapMdx(
    { title: 'Lakeside plot', summary: 'A plot on the lake shore.' },
    'Text of the offer, edited.\n',
  );
  // A save that drops the outline, which the form does not show: restoring would bring it back, a change of data.
  saved['content/offers/demo-plot/facts.yaml'] = decapYaml(FACTS, (d) => {
    (d.land as { areaHa: number }).areaHa = 3;
    delete d.boundary;
  });
  saved[`${ODD_DIR}/facts.yaml`] = decapYaml(ODD, (d) => {
    d.status = 'reserved';
  });
  saved['content/offers/new-plot/facts.yaml'] = NEW_FACTS;
  saved['content/README.md'] = '# Content\n\nEdited by hand.\n';
  for (const [path, text] of Object.entries(saved)) put(path, text);
  git('add', '-A');
  git('commit', '-q', '-m', 'saved in the editor');
}, 30_000);
afterEach(() => rmSync(root, { recursive: true, force: true }));

// Git and a fresh Node process per case: slow on the shared two-core machines, not a sign of a hang.
describe('restoring the layout after a save through the GitHub backend', { timeout: 30_000 }, () => {
  it('gives back the comments, flow maps and lists and quotes, so only the changed value differs from the base', () => {
    restoreLayout({ root, base: 'main' });
    expect(read('content/places.yaml')).toBe(PLACES_RESTORED);
    expect(git('diff', '--numstat', 'main', '--', 'content/places.yaml')).toBe('1\t1\tcontent/places.yaml\n');
  });

  it('restores the front matter of a text and keeps the body the official wrote', () => {
    restoreLayout({ root, base: 'main' });
    expect(read('content/offers/demo-plot/en.mdx')).toBe(TEXT_RESTORED);
  });

  it('keeps the double quotes of a changed value in a folder whose name has spaces, quotes and a shell command', () => {
    restoreLayout({ root, base: 'main' });
    expect(read(`${ODD_DIR}/facts.yaml`)).toBe(ODD_RESTORED);
    expect(readdirSync(root)).not.toContain('PWNED');
    expect(existsSync(join(root, ODD_DIR, 'PWNED'))).toBe(false);
  });

  it('leaves a file as saved, with a warning, when the restored text would hold other data', () => {
    const results = restoreLayout({ root, base: 'main' });
    expect(read('content/offers/demo-plot/facts.yaml')).toBe(saved['content/offers/demo-plot/facts.yaml']);
    expect(results.find((r) => r.file === 'content/offers/demo-plot/facts.yaml')?.problem?.message).toBe(
      'could not restore the layout of content/offers/demo-plot/facts.yaml: left as saved',
    );
  });

  it('does not touch a new file, nor a guide in Markdown that the editor never writes', () => {
    const results = restoreLayout({ root, base: 'main' });
    expect(read('content/offers/new-plot/facts.yaml')).toBe(NEW_FACTS);
    expect(read('content/README.md')).toBe('# Content\n\nEdited by hand.\n');
    expect(results.map((r) => r.file)).not.toContain('content/offers/new-plot/facts.yaml');
    expect(results.map((r) => r.file)).not.toContain('content/README.md');
  });

  it('does not touch a file a person edited by hand, adding a comment of their own', () => {
    const byHand = `# Places the offers refer to by id.
# Names follow GLOSSARY.md.
places:
- id: karaganda
  name: { en: Karaganda, ru: "Караганда" }
  lat: 49.8
  aliases: { ru: [Караганды], en: [Qaragandy, Karagandy] }
# Balkhash: checked on the 2026 map.
- id: balkhash
  name: { en: Balkhash, ru: "Балхаш" }
  lat: 46.85
`;
    put('content/places.yaml', byHand);
    const results = restoreLayout({ root, base: 'main' });
    expect(read('content/places.yaml')).toBe(byHand);
    expect(results.find((r) => r.file === 'content/places.yaml')).toMatchObject({ outcome: 'kept' });
  });

  it('with --check lists each file with what the save dropped, and changes nothing', () => {
    const results = restoreLayout({ root, base: 'main', check: true });
    expect(results.map((r) => [r.file, r.outcome, r.problem?.line, r.problem?.message]).sort()).toEqual([
      ['content/offers/demo-plot/en.mdx', 'restored', 2, 'the save dropped 1 comment line and re-wrote 1 unchanged line'],
      [
        'content/offers/demo-plot/facts.yaml',
        'unsafe',
        undefined,
        'could not restore the layout of content/offers/demo-plot/facts.yaml: left as saved',
      ],
      [`${ODD_DIR}/facts.yaml`, 'restored', 1, 'the save dropped 1 comment line'],
      ['content/places.yaml', 'restored', 1, 'the save dropped 2 comment lines and re-wrote 15 unchanged lines'],
    ]);
    for (const [path, text] of Object.entries(saved)) expect(read(path)).toBe(text);
  });
});

describe('npm run cms:restore-layout', { timeout: 60_000 }, () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8' });

  it('prints GitHub annotations with --check --format github, exits 0 and changes nothing', () => {
    const { status, stdout } = run('--check', '--format', 'github', '--base', 'main');
    expect(status).toBe(0);
    const annotations = stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toEqual([
      '::warning file=content/offers/demo-plot/en.mdx,line=2,title=Comments and layout::the save dropped 1 comment line and re-wrote 1 unchanged line%0AFix: check out the branch, run `npm run cms:restore-layout` and commit (deploy/CMS.md, *Comments and layout*)',
      '::warning file=content/offers/demo-plot/facts.yaml,title=Comments and layout::could not restore the layout of content/offers/demo-plot/facts.yaml: left as saved%0AFix: compare it with the file before the pull request and put its comments back by hand',
      "::warning file=content/offers/odd name $(touch PWNED) 'q' ;ü/facts.yaml,line=1,title=Comments and layout::the save dropped 1 comment line%0AFix: check out the branch, run `npm run cms:restore-layout` and commit (deploy/CMS.md, *Comments and layout*)",
      '::warning file=content/places.yaml,line=1,title=Comments and layout::the save dropped 2 comment lines and re-wrote 15 unchanged lines%0AFix: check out the branch, run `npm run cms:restore-layout` and commit (deploy/CMS.md, *Comments and layout*)',
    ]);
    for (const [path, text] of Object.entries(saved)) expect(read(path)).toBe(text);
  });

  it('writes the restored files without --check, for a reviewer to commit', () => {
    const { status, stdout } = run('--base', 'main');
    expect(status).toBe(0);
    expect(stdout).toContain('restored the comments and layout of content/places.yaml');
    expect(read('content/places.yaml')).toBe(PLACES_RESTORED);
    expect(read(`${ODD_DIR}/facts.yaml`)).toBe(ODD_RESTORED);
    expect(read('content/offers/demo-plot/facts.yaml')).toBe(saved['content/offers/demo-plot/facts.yaml']);
  });

  it('exits 2 when the base cannot be found, and for a base that looks like an option', () => {
    expect(run('--check', '--base', 'origin/nowhere').status).toBe(2);
    expect(run('--check', '--base=--output=x').status).toBe(2);
    expect(existsSync(join(root, 'x'))).toBe(false);
  });
});

describe("the pull-request workflow's layout check", () => {
  type Step = { name?: string; run?: string; uses?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> };
  const workflow = parse(readFileSync('.github/workflows/content-check.yml', 'utf8')) as {
    permissions: Record<string, string>;
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

  it('only reports, with the base branch from the environment, after the preview is attached, on a full read-only clone', () => {
    const layout = steps.findIndex((s) => s.run?.startsWith('npm run cms:restore-layout'));
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(steps[layout]?.run).toBe('npm run cms:restore-layout -- --check --format github --base "origin/$BASE_REF"');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    expect(steps[layout]?.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    expect(steps[layout]?.if).toBe('${{ !cancelled() }}');
    expect(layout).toBeGreaterThan(upload);
    expect(checkout?.with).toEqual({ 'persist-credentials': false, 'fetch-depth': 0 });
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});
