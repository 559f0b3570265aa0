// Hostile content against the real build: each test plants one attack in a copy of the good fixture,
// runs `astro build` on it with a fake secret in the environment, and checks that the build refused,
// that the planted module never ran (it would write a marker file outside dist/), that no file was
// read into the output or the error text, and that nothing was emitted.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { contentImportGuard, contentImportProblem } from '../../src/integrations/contentImportGuard.ts';

const SECRET = 'catalog-fake-secret-7f3a9c';
const FILE_SECRET = 'file-secret-b81e44';
const OFFER = 'offers/shaitankol-glamping';
const HOSTILE = 'tests/fixtures/content-hostile';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

interface Attack {
  /** Where the build writes; must hold nothing that a page or script could be made of. */
  out: string;
  content: string;
  /** A file the planted module would create outside dist/ if it ever ran. */
  marker: string;
  /** A file outside content/ whose text must never reach the output. */
  secretFile: string;
}

/** A fixture copy with a marker path and a secret file beside it, then `plant` adds the attack. */
function attack(plant: (a: Attack) => void): Attack {
  const root = mkdtempSync(join(tmpdir(), 'hostile-build-'));
  made.push(root);
  const a: Attack = {
    out: join(root, 'dist'),
    content: join(root, 'content'),
    marker: join(root, 'module-ran.txt'),
    secretFile: join(root, 'secret.env'),
  };
  cpSync('tests/fixtures/content-good', a.content, { recursive: true });
  writeFileSync(a.secretFile, `API_TOKEN=${FILE_SECRET}\n`);
  plant(a);
  return a;
}

/** A module that, if the build ever imported it, would leave the environment in the marker file. */
const evilModule = (marker: string) =>
  `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, JSON.stringify(process.env));\nexport default 'x';\n`;

function appendToText(a: Attack, file: string, text: string): void {
  const path = join(a.content, OFFER, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n${text}\n`);
}

async function build(a: Attack): Promise<{ failed: boolean; log: string }> {
  const env = { ...process.env, CATALOG_CONTENT_DIR: a.content, ASTRO_TELEMETRY_DISABLED: '1', CATALOG_FAKE_SECRET: SECRET };
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['astro', 'build', '--outDir', a.out], { env, maxBuffer: 1 << 26 });
    return { failed: false, log: stdout + stderr };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { failed: true, log: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

function expectNothingLeaked(a: Attack, log: string): void {
  expect(existsSync(a.marker), 'the planted module ran during the build').toBe(false);
  expect(log).not.toContain(SECRET);
  expect(log).not.toContain(FILE_SECRET);
  // base64 of the file, as `?url` would inline it
  expect(log).not.toContain(Buffer.from(`API_TOKEN=${FILE_SECRET}`).toString('base64').slice(0, 16));
  const emitted = existsSync(a.out) ? readdirSync(a.out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()) : [];
  const names = emitted.map((d) => join(d.parentPath, d.name));
  expect(
    names.filter((f) => /\.(html|js|mjs|svg)$/.test(f)),
    'files emitted by a refused build',
  ).toEqual([]);
  for (const f of names) expect(readFileSync(f, 'latin1'), f).not.toContain(FILE_SECRET);
}

describe('hostile content cannot make the build run, read or emit anything', () => {
  it('refuses a Markdown image that points at a module beside the text', async () => {
    const a = attack((a) => {
      writeFileSync(join(a.content, OFFER, 'evil.mjs'), evilModule(a.marker));
      appendToText(a, 'en.mdx', '![Site plan](evil.mjs)');
    });
    const { failed, log } = await build(a);
    expect(failed).toBe(true);
    expect(log).toMatch(/shaitankol-glamping\/en\.mdx/);
    expectNothingLeaked(a, log);
  }, 120_000);

  it('refuses a Markdown image that reads a file outside content/ with ?raw or ?url', async () => {
    for (const query of ['raw', 'url']) {
      const a = attack((a) => appendToText(a, 'ru.mdx', `![x](../../../secret.env?${query})`));
      const { failed, log } = await build(a);
      expect(failed, query).toBe(true);
      expectNothingLeaked(a, log);
    }
  }, 180_000);

  it('refuses a scripted SVG shown as an image, so it never reaches /_astro/', async () => {
    // Over Vite's 4 KB inline limit, so the old build copied it into /_astro/ as a file of its own.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><!-- ${'x'.repeat(6000)} --><script>fetch('/steal?c='+document.cookie)</script></svg>`;
    for (const reference of ['plan.svg?url', 'plan.svg']) {
      const a = attack((a) => {
        writeFileSync(join(a.content, OFFER, 'plan.svg'), svg);
        appendToText(a, 'kk.mdx', `![plan](${reference})`);
      });
      const { failed, log } = await build(a);
      expect(failed, reference).toBe(true);
      expectNothingLeaked(a, log);
      expect(existsSync(join(a.out, '_astro')), `${reference}: /_astro/ was written`).toBe(false);
    }
  }, 180_000);

  it('refuses a listed PDF with /OpenAction and /JavaScript, so it is never published', async () => {
    const a = attack((a) => {
      cpSync(join(HOSTILE, 'scripted.pdf'), join(a.content, OFFER, 'plan.pdf'));
      const facts = join(a.content, OFFER, 'facts.yaml');
      writeFileSync(
        facts,
        readFileSync(facts, 'utf8').replace(
          /\ncontact:/,
          '\ndocuments:\n  - { title: { en: "Plan", ru: "План", kk: "Жоспар" }, type: master-plan, file: plan.pdf }\ncontact:',
        ),
      );
    });
    expect(readFileSync(join(a.content, OFFER, 'facts.yaml'), 'utf8')).toContain('file: plan.pdf');
    const { failed, log } = await build(a);
    expect(failed).toBe(true);
    expect(log).toContain('shaitankol-glamping/plan.pdf');
    expect(log).toMatch(/\/OpenAction, \/JavaScript/);
    expect(log).toContain('save/print the document again as plain PDF without scripts or attachments');
    expectNothingLeaked(a, log);
    expect(existsSync(join(a.out, 'offers')), 'the PDF was published').toBe(false);
  }, 120_000);

  it('refuses a front-matter layout, which the MDX compiler would import', async () => {
    const a = attack((a) => {
      writeFileSync(join(a.content, OFFER, 'layout.mjs'), evilModule(a.marker));
      const path = join(a.content, OFFER, 'en.mdx');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^---\n/, '---\nlayout: ./layout.mjs\n'));
    });
    const { failed, log } = await build(a);
    expect(failed).toBe(true);
    expectNothingLeaked(a, log);
  }, 120_000);

  it('refuses a facts file that is a symlink to a file outside content/', async () => {
    const a = attack((a) => {
      const outside = join(a.content, '..', 'outside-facts.yaml');
      cpSync(join(a.content, OFFER, 'facts.yaml'), outside);
      rmSync(join(a.content, OFFER, 'facts.yaml'));
      symlinkSync(outside, join(a.content, OFFER, 'facts.yaml'));
    });
    const { failed, log } = await build(a);
    expect(failed).toBe(true);
    expect(log).toMatch(/symlink|symbolic link/i);
    expectNothingLeaked(a, log);
  }, 120_000);
});

describe('the import guard on its own (behind the checker)', () => {
  const dir = '/site/content';
  const text = `${dir}/offers/x/en.mdx`;

  it('lets a content text import only the MDX runtime and itself', () => {
    expect(contentImportProblem(dir, 'astro/jsx-runtime', text)).toBeUndefined();
    expect(contentImportProblem(dir, 'astro/runtime/server/index.js', text)).toBeUndefined();
    expect(contentImportProblem(dir, text, `${text}?astroPropagatedAssets`)).toBeUndefined();
  });

  it('refuses every other import from a content text, naming the file and the fix', () => {
    for (const source of [
      './evil.mjs',
      'evil.mjs',
      '../../../secret.env?raw',
      'plan.svg',
      'astro:assets',
      'node:fs',
      '/etc/passwd',
      `${text}?raw`,
    ]) {
      const problem = contentImportProblem(dir, source, text);
      expect(problem, source).toContain('content/offers/x/en.mdx');
      expect(problem, source).toContain('<Gallery');
    }
  });

  it('leaves imports from the site’s own code alone', () => {
    expect(contentImportProblem(dir, './Gallery.astro', '/site/src/components/mdx/index.ts')).toBeUndefined();
    expect(contentImportProblem(dir, 'x.mjs', '/site/content-other/en.mdx')).toBeUndefined();
  });

  it('stops the bundler with the message when a content file asks for a module', () => {
    const plugin = contentImportGuard(dir);
    const resolveId = plugin.resolveId as (this: { error: (m: string) => never }, s: string, i?: string) => unknown;
    const ctx = {
      error: (m: string): never => {
        throw new Error(m);
      },
    };
    expect(() => resolveId.call(ctx, './evil.mjs', text)).toThrow(/may not load files or code/);
    expect(resolveId.call(ctx, 'astro/jsx-runtime', text)).toBeNull();
  });
});
