import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { checkMdxBody } from '../../src/lib/validation/safeMdx.ts';
import { check, fixtureWith, replaceIn, writeIn } from './helpers.ts';

// Each attack is planted in a temporary copy of tests/fixtures/content-good; real content/ is never touched.

const OFFER = 'offers/shaitankol-glamping';
const EN = `${OFFER}/en.mdx`;
const FACTS = `${OFFER}/facts.yaml`;
const HOSTILE = 'tests/fixtures/content-hostile';
const FRONT =
  '---\ntitle: "Glamping plot near Lake Shaitankol"\nsummary: "A plot for a glamping site near the lake, with a road and power nearby."\n---\nAn ordinary first paragraph.\n\n';

/** The one problem on `file` whose message contains `text`; fails with every problem listed when there is none. */
function problemOn(problems: readonly ContentProblem[], file: string, text: string): ContentProblem {
  const hit = problems.find((p) => p.file === `content/${file}` && p.message.includes(text));
  expect(hit, `no problem on ${file} containing "${text}" in:\n${JSON.stringify(problems, null, 1)}`).toBeDefined();
  return hit!;
}

describe('texts cannot make the build load a file', () => {
  it('refuses ![Site plan](evil.mjs), and the module sitting beside it', () => {
    const dir = fixtureWith((d) => {
      writeIn(d, EN, `${FRONT}![Site plan](evil.mjs)\n`);
      copyFileSync(join(HOSTILE, 'evil.mjs'), join(d, OFFER, 'evil.mjs'));
    });
    const { errors } = check(dir);
    const image = problemOn(errors, EN, 'a picture cannot be put into a text with ![…](…): `evil.mjs`');
    expect(image.line).toBe(7);
    expect(image.hint).toContain('<Gallery');
    expect(problemOn(errors, `${OFFER}/evil.mjs`, 'is a program or page file').hint).toBe('delete the file');
  });

  it('refuses ![x](../../../../secret.env?raw) and never reads the secret', () => {
    const dir = fixtureWith((d) => {
      writeFileSync(join(d, '..', 'secret.env'), 'API_TOKEN=do-not-print-me\n');
      writeIn(d, EN, `${FRONT}![x](../../../../secret.env?raw)\n`);
    });
    const { errors, problems } = check(dir);
    expect(problemOn(errors, EN, '`../../../../secret.env?raw`').line).toBe(7);
    expect(JSON.stringify(problems)).not.toContain('do-not-print-me');
  });

  it('refuses ![x](plan.svg), and the scripted SVG beside it', () => {
    const dir = fixtureWith((d) => {
      writeIn(d, EN, `${FRONT}![Plan of the plot](plan.svg)\n`);
      copyFileSync(join(HOSTILE, 'scripted.svg'), join(d, OFFER, 'plan.svg'));
    });
    const { errors } = check(dir);
    expect(problemOn(errors, EN, '`plan.svg`').line).toBe(7);
    expect(problemOn(errors, `${OFFER}/plan.svg`, 'is an SVG drawing, which can carry a script').hint).toContain(
      'export the drawing as .png',
    );
  });

  it('refuses image references, and the definitions they use, on their own lines', () => {
    const dir = fixtureWith((d) => writeIn(d, EN, `${FRONT}![Site plan][plan]\n\n[plan]: ./evil.mjs\n`));
    const { errors } = check(dir);
    expect(problemOn(errors, EN, 'a picture cannot be put into a text with ![…][plan]').line).toBe(7);
    expect(problemOn(errors, EN, 'the definition [plan]: is used by a picture').line).toBe(9);
  });

  it('lets links be https, mailto, tel, plain site paths and #sections, and nothing that could be a file', () => {
    const judge = (url: string) =>
      checkMdxBody(`[x](${url})`, { file: 'x.mdx', bodyLine: 5, where: 'offer' }).problems.map((p) => p.message);
    for (const ok of [
      'https://example.kz/lot?id=12#top',
      'mailto:invest@example.kz',
      'tel:+7 7212 00 00 00',
      '/en/offers/balkhash-city-beach/',
      '/ru/',
      '#photos',
    ])
      expect(judge(ok), ok).toEqual([]);
    const refused: Record<string, string> = {
      'evil.mjs': 'is a file name or a relative address',
      './plan.pdf': 'is a file name or a relative address',
      '../../secret.env?raw': 'is a file name or a relative address',
      '?raw': 'is a file name or a relative address',
      '//evil.example/x': 'an address starting with //',
      '/en/offers/x/?raw': 'may not contain `?`',
      '/en/../../secret.env': 'may not contain `.` or `..` steps',
      '/en/%2e%2e/secret.env': 'may not contain % codes',
      '/en//x': 'may not contain //',
      'http://example.kz/': 'is not secure: write https://',
      'https:evil.mjs': 'must start with https://',
      'https://user:pw@example.kz/': 'user name or password',
      'file:///etc/passwd': 'the address scheme `file:` is not allowed',
    };
    for (const [url, why] of Object.entries(refused)) {
      const messages = judge(url);
      expect(messages, url).toHaveLength(1);
      expect(messages[0], url).toContain(why);
    }
  });

  it('holds component attributes to plain photo names, https addresses and text that is not a path', () => {
    const body = [
      '<Gallery files="../facts.yaml, plan.png?raw, sub/plan.png, .hidden.png" />',
      '',
      '<VideoLink href="/video.mp4" title="Drone flight" />',
      '',
      '<VideoLink href="https://example.kz/v" title="./evil.mjs" />',
      '',
      `<Gallery caption="${'A long caption. '.repeat(15)}" />`,
    ].join('\n');
    const problems = checkMdxBody(body, { file: 'x.mdx', bodyLine: 5, where: 'offer' }).problems.map((p) => `${p.line} ${p.message}`);
    expect(problems).toEqual([
      '5 `files` on <Gallery>: ../facts.yaml, plan.png?raw, sub/plan.png, .hidden.png is not a plain photo file name such as shore.jpg (no folders, .., ? or #)',
      '7 `href` on <VideoLink>: the address must start with https://',
      '9 `title` on <VideoLink>: `./evil.mjs` looks like a file name or path, which content may not pass to a component',
      '11 `caption` on <Gallery>: the text is 240 characters long, more than the limit of 200: shorten it',
    ]);
  });

  it('requires https:// in the web-address fields of facts.yaml and the lists', () => {
    const dir = fixtureWith((d) => {
      replaceIn(
        d,
        FACTS,
        'acquisition: { grantor: national-park, route: competition }',
        'acquisition: { grantor: national-park, route: competition, lotUrl: "http://gosreestr.example.kz/lot/1" }',
      );
      replaceIn(d, 'incentives.yaml', /url: https:\/\//, 'url: http://');
    });
    const { errors } = check(dir);
    expect(problemOn(errors, FACTS, 'an `http://` address is not secure')).toMatchObject({ field: 'acquisition.lotUrl', line: 21 });
    expect(problemOn(errors, 'incentives.yaml', 'an `http://` address is not secure').field).toMatch(/^\[\d+\]\.source\.url$/);
  });

  // Skipped by the mutation run (scripts/mutation): a child `astro build` never sees a mutant.
  it.skipIf(process.env.CATALOG_MUTATION_RUN)(
    'stops the build before it can run a module named by an image',
    async () => {
      const marker = join(mkdtempSync(join(tmpdir(), 'evil-marker-')), 'ran');
      const dir = fixtureWith((d) => {
        writeIn(d, EN, `${FRONT}![Site plan](evil.mjs)\n`);
        copyFileSync(join(HOSTILE, 'evil.mjs'), join(d, OFFER, 'evil.mjs'));
      });
      const out = mkdtempSync(join(tmpdir(), 'evil-dist-'));
      try {
        const env = { ...process.env, CATALOG_CONTENT_DIR: dir, CATALOG_EVIL_MARKER: marker, ASTRO_TELEMETRY_DISABLED: '1' };
        const failure = await promisify(execFile)('npx', ['astro', 'build', '--outDir', out], { env, maxBuffer: 1 << 24 }).then(
          () => undefined,
          (err: { stdout?: string; stderr?: string }) => err,
        );
        expect(failure, 'the build must fail').toBeDefined();
        expect(`${failure!.stdout}${failure!.stderr}`).toContain('a picture cannot be put into a text');
        expect(existsSync(marker), 'evil.mjs ran').toBe(false);
      } finally {
        rmSync(out, { recursive: true, force: true });
        rmSync(join(marker, '..'), { recursive: true, force: true });
      }
    },
    120_000,
  );
});

describe('only the files content needs may be in content/', () => {
  it('names an evil.mjs, an .svg and an .html sitting unreferenced in an offer folder', () => {
    const dir = fixtureWith((d) => {
      for (const f of ['evil.mjs', 'scripted.svg', 'page.html']) copyFileSync(join(HOSTILE, f), join(d, OFFER, f));
    });
    const { errors } = check(dir);
    expect(errors.map((e) => e.file).sort()).toEqual([
      `content/${OFFER}/evil.mjs`,
      `content/${OFFER}/page.html`,
      `content/${OFFER}/scripted.svg`,
    ]);
    expect(
      problemOn(
        errors,
        `${OFFER}/page.html`,
        'only facts.yaml, en.mdx, ru.mdx, kk.mdx, photos (.jpg, .jpeg, .png, .webp, .avif) and PDF documents (.pdf) may be in an offer folder',
      ),
    ).toBeTruthy();
  });

  it('refuses sub-folders, hidden files, and stray files at the top, in district folders and in docs', () => {
    const dir = fixtureWith((d) => {
      writeIn(d, `${OFFER}/photos/shore.jpg`, 'x');
      writeIn(d, `${OFFER}/.env`, 'SECRET=1');
      writeIn(d, 'evil.mjs', 'export {}');
      writeIn(d, 'districts/balkhash/notes.txt', 'x');
      writeIn(d, 'docs/guide.en.md', '# Guide\n');
      writeIn(d, 'docs/logo.svg', '<svg/>');
    });
    const { errors } = check(dir);
    problemOn(errors, `${OFFER}/photos`, '`photos/` is a folder inside an offer folder');
    problemOn(errors, `${OFFER}/.env`, '`.env` is a hidden file');
    problemOn(errors, 'evil.mjs', 'does not belong at the top of content/');
    problemOn(errors, 'districts/balkhash/notes.txt', 'only district.yaml, en.mdx, ru.mdx and kk.mdx may be in a district folder');
    problemOn(errors, 'docs/logo.svg', "holds only the guide's .md pages");
    expect(errors.some((e) => e.file.endsWith('guide.en.md'))).toBe(false);
  });

  it('refuses a symbolic link for facts.yaml without reading what it points to', () => {
    const dir = fixtureWith((d) => {
      const secret = join(d, '..', 'passwd');
      writeFileSync(secret, 'root:x:0:0:TODO do-not-print-me:/root:/bin/bash\n');
      rmSync(join(d, FACTS));
      symlinkSync(secret, join(d, FACTS));
    });
    const { errors, problems, tree } = check(dir);
    expect(problemOn(errors, FACTS, 'is a symbolic link').hint).toContain('put the real file here');
    expect(JSON.stringify(problems)).not.toContain('do-not-print-me');
    expect(tree.offers.map((o) => o.id)).toEqual(['balkhash-test-base']);
  });

  it('refuses a symbolic-link photo and a symbolic link to a folder of offers', () => {
    const dir = fixtureWith((d) => {
      symlinkSync('/etc/hostname', join(d, OFFER, 'shore.jpg'));
      symlinkSync('/etc', join(d, 'offers', 'etc-offer'));
    });
    const { errors, tree } = check(dir);
    problemOn(errors, `${OFFER}/shore.jpg`, 'is a symbolic link');
    problemOn(errors, 'offers/etc-offer', 'is a symbolic link');
    expect(tree.offers).toHaveLength(2);
  });

  it('refuses a .png that is really SVG text, naming the file and what it is', () => {
    const dir = fixtureWith((d) => {
      copyFileSync(join(HOSTILE, 'scripted.svg'), join(d, OFFER, 'plan.png'));
      replaceIn(
        d,
        FACTS,
        'featured: true',
        'featured: true\nphotos:\n  - file: plan.png\n    alt: { en: "Plan of the plot", ru: "План участка", kk: "Учаскенің жоспары" }',
      );
    });
    const error = problemOn(
      check(dir).errors,
      `${OFFER}/plan.png`,
      'the file is named .png but is text (SVG or HTML code, which could run a script on the site), not a PNG image',
    );
    expect(error.hint).toContain('export it again');
  });

  it('accepts real JPEG, PNG, WebP, AVIF and PDF files, and warns about a photo facts.yaml does not list', () => {
    const heads: Record<string, number[] | string> = {
      'shore.jpg': [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46],
      'plan.png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d],
      'road.webp': 'RIFF\u0024\u0000\u0000\u0000WEBPVP8 ',
      'lake.avif': '\u0000\u0000\u0000\u001cftypavif\u0000\u0000\u0000\u0000avifmif1miaf',
      'title.pdf': '%PDF-1.7\n',
    };
    const dir = fixtureWith((d) => {
      for (const [name, head] of Object.entries(heads))
        writeFileSync(join(d, OFFER, name), typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head));
      replaceIn(
        d,
        FACTS,
        'featured: true',
        'featured: true\nphotos:\n  - file: shore.jpg\n    alt: { en: "The shore", ru: "Берег", kk: "Жаға" }',
      );
    });
    const { errors, warnings } = check(dir);
    expect(errors).toEqual([]);
    const unlisted = warnings.filter((w) => w.message.includes('not listed under `photos:`')).map((w) => w.file);
    expect(unlisted.sort()).toEqual([`content/${OFFER}/lake.avif`, `content/${OFFER}/plan.png`, `content/${OFFER}/road.webp`]);
  });

  it('refuses a photo over 15 MB and a PDF that is not a PDF', () => {
    const dir = fixtureWith((d) => {
      writeFileSync(join(d, OFFER, 'huge.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
      truncateSync(join(d, OFFER, 'huge.jpg'), 15 * 1024 * 1024 + 1);
      writeFileSync(join(d, OFFER, 'title.pdf'), '<html><script>alert(1)</script></html>');
    });
    const { errors } = check(dir);
    expect(problemOn(errors, `${OFFER}/huge.jpg`, 'the file is 15.0 MB, more than the limit of 15.0 MB').hint).toContain('2400 px');
    problemOn(errors, `${OFFER}/title.pdf`, 'the file is named .pdf but is text');
  });
});

// Skipped by the mutation run: content/ is edited while it runs, and the fixtures above reach the same checker code.
describe.skipIf(process.env.CATALOG_MUTATION_RUN)('the real content', () => {
  it('has only files the checker allows', () => {
    const offers = readdirSync('content/offers');
    expect(offers.length).toBeGreaterThan(0);
    const { problems } = check('content');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.filter((p) => /not listed under|symbolic link|does not belong|is named \./.test(p.message))).toEqual([]);
  });
});
