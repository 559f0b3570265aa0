import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../src/lib/validation/safeMdx.ts';
import { check, fixtureWith, writeIn } from './helpers.ts';

const HOSTILE = 'tests/fixtures/mdx-hostile';
const expected = JSON.parse(readFileSync(join(HOSTILE, 'expected.json'), 'utf8')) as Record<string, { line: number; message: string }>;
const OFFER_TEXT = 'offers/shaitankol-glamping/en.mdx';

describe('safe MDX in content', () => {
  it('has an expectation for every hostile fixture, and a fixture for every expectation', () => {
    const files = readdirSync(HOSTILE)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`rejects the hostile fixture "${name}" with the file, the line and a clear message`, () => {
      const dir = fixtureWith((d) => writeIn(d, OFFER_TEXT, readFileSync(join(HOSTILE, `${name}.mdx`), 'utf8')));
      const errors = check(dir).errors;
      const hit = errors.find((e) => e.file === `content/${OFFER_TEXT}` && e.message.includes(want.message));
      expect(hit, JSON.stringify(errors, null, 1)).toBeDefined();
      expect(hit!.line).toBe(want.line);
      expect(hit!.hint).toBeTruthy();
    });
  }

  it('accepts every content component used the way the guide shows', () => {
    const body = [
      'Plain **Markdown** with a [link](https://example.kz/) and a line<br />break, m<sup>2</sup>.',
      '',
      '<Callout type="warning" title="Winter access">The last 2 km are not cleared of snow.</Callout>',
      '',
      '<FactsNote fact="price">Set by the auction commission.</FactsNote>',
      '',
      '<VideoLink href="https://www.youtube.com/watch?v=aaaaaaaaaaa" title="Drone flight" duration="3:40" />',
      '',
      'Prices in \\{braces\\} and a less-than sign \\< are text when escaped.',
    ].join('\n');
    const { problems, uses } = checkMdxBody(body, { file: 'x.mdx', bodyLine: 5, where: 'offer' });
    expect(problems).toEqual([]);
    expect(uses.map((u) => u.name)).toEqual(['br', 'sup', 'Callout', 'FactsNote', 'VideoLink']);
    expect(uses.find((u) => u.name === 'Callout')).toMatchObject({ line: 7, attributes: { type: 'warning', title: 'Winter access' } });
  });

  it('keeps offer-only components out of district texts', () => {
    const { problems } = checkMdxBody('<FactsNote fact="price" />', { file: 'd.mdx', bodyLine: 4, where: 'district' });
    expect(problems[0]!.message).toContain('only in offer texts');
  });

  it('rejects a Gallery that names a photo the offer does not list', () => {
    const dir = fixtureWith((d) =>
      writeIn(
        d,
        OFFER_TEXT,
        '---\ntitle: "Glamping plot near Lake Shaitankol"\nsummary: "A plot for a glamping site near the lake, with a road and power nearby."\n---\n<Gallery files="nothere.jpg" />\n',
      ),
    );
    const [error] = check(dir).errors;
    expect(error).toMatchObject({ file: `content/${OFFER_TEXT}`, line: 5 });
    expect(error!.message).toContain('<Gallery> has no photos to show');
  });

  // Skipped by the mutation run (scripts/mutation): a child `astro build` never sees a mutant.
  it.skipIf(process.env.CATALOG_MUTATION_RUN)(
    'fails the build on hostile MDX, so nothing reaches dist/',
    async () => {
      const dir = fixtureWith((d) => writeIn(d, OFFER_TEXT, readFileSync(join(HOSTILE, 'script.mdx'), 'utf8')));
      const out = mkdtempSync(join(tmpdir(), 'hostile-dist-'));
      try {
        const run = promisify(execFile)('npx', ['astro', 'build', '--outDir', out], {
          env: { ...process.env, CATALOG_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
          maxBuffer: 1 << 24,
        });
        const failure = await run.then(
          () => undefined,
          (err: { code?: number; stdout?: string; stderr?: string }) => err,
        );
        expect(failure, 'the build must fail').toBeDefined();
        expect(`${failure!.stdout}${failure!.stderr}`).toContain('`<script>` is not allowed');
        const written = existsSync(out) ? readdirSync(out, { recursive: true }).map(String) : [];
        expect(written.filter((f) => /\.(html|js)$/.test(f))).toEqual([]);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
