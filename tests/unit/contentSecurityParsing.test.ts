import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guarded } from '../../src/lib/validation/loadContent.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';
import { check, fixtureWith, replaceIn, writeIn } from './helpers.ts';

// Encodings, hostile YAML and front matter, each planted in a temporary copy of tests/fixtures/content-good.

const OFFER = 'offers/shaitankol-glamping';
const EN = `${OFFER}/en.mdx`;
const FACTS = `${OFFER}/facts.yaml`;
const TITLE = 'title: "Glamping plot near Lake Shaitankol"';
const SUMMARY = 'summary: "A plot for a glamping site near the lake, with a road and power nearby."';

/** The one problem on `file` whose message contains `text`; fails with every problem listed when there is none. */
function problemOn(problems: readonly ContentProblem[], file: string, text: string): ContentProblem {
  const hit = problems.find((p) => p.file === `content/${file}` && p.message.includes(text));
  expect(hit, `no problem on ${file} containing "${text}" in:\n${JSON.stringify(problems, null, 1)}`).toBeDefined();
  return hit!;
}

/**
 * Text as an old Windows editor saves it in Windows-1251: А–я at 0xC0–0xFF, Ё/ё at 0xA8/0xB8, ASCII as is,
 * and `?` for what the encoding cannot hold (Kazakh letters such as ң), as "Save as ANSI" does.
 */
function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      if (c === 0x401) return 0xa8;
      if (c === 0x451) return 0xb8;
      return 0x3f;
    }),
  );
}

describe('content files must be UTF-8', () => {
  it('encodes "Балхаш" in Windows-1251 as the bytes an old editor writes', () => {
    expect([...cp1251('Балхаш')]).toEqual([0xc1, 0xe0, 0xeb, 0xf5, 0xe0, 0xf8]);
  });

  it('refuses a Windows-1251 facts.yaml, naming the line of the first Cyrillic letter and the encoding', () => {
    const dir = fixtureWith((d) => writeFileSync(join(d, FACTS), cp1251(readFileSync(join(d, FACTS), 'utf8'))));
    const { errors, tree } = check(dir);
    const error = problemOn(errors, FACTS, 'the file is not saved as UTF-8');
    expect(error.line).toBe(18); // `  ru: Для размещения …`
    expect(error.message).toContain('it looks like Windows-1251');
    expect(error.hint).toContain('Encoding: UTF-8');
    expect(tree.offers.map((o) => o.id)).toEqual(['balkhash-test-base']);
  });

  it('refuses a Windows-1251 en.mdx', () => {
    const dir = fixtureWith((d) => writeFileSync(join(d, EN), cp1251(`---\n${TITLE}\n${SUMMARY}\n---\nУчасток у озера Балхаш.\n`)));
    const error = problemOn(check(dir).errors, EN, 'the file is not saved as UTF-8');
    expect(error).toMatchObject({ line: 5 });
    expect(error.message).toContain('Windows-1251');
  });

  it('says so when a file is UTF-16', () => {
    const dir = fixtureWith((d) =>
      writeFileSync(join(d, EN), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`---\n${TITLE}\n`, 'utf16le')])),
    );
    expect(problemOn(check(dir).errors, EN, 'the file is not saved as UTF-8').message).toContain('UTF-16');
  });

  it('refuses U+FFFD left by an earlier conversion, on its line', () => {
    const dir = fixtureWith((d) => replaceIn(d, FACTS, 'ru: Для размещения', 'ru: Для ра\uFFFD\uFFFDмещения'));
    const error = problemOn(
      check(dir).errors,
      FACTS,
      'the text contains �, a character that replaced letters lost in an earlier conversion',
    );
    expect(error.line).toBe(18);
    expect(error.hint).toContain('retype');
  });

  it('refuses invisible direction controls that make a line read differently from what it says', () => {
    const dir = fixtureWith((d) => replaceIn(d, EN, 'title: Glamping plot', 'title: Glamping \u202Eplot'));
    expect(problemOn(check(dir).errors, EN, 'an invisible character that changes the direction of the text').line).toBe(2);
  });

  it('accepts a UTF-8 file that starts with a byte-order mark', () => {
    const dir = fixtureWith((d) => {
      writeFileSync(join(d, FACTS), `\uFEFF${readFileSync(join(d, FACTS), 'utf8')}`);
      writeFileSync(join(d, EN), `\uFEFF${readFileSync(join(d, EN), 'utf8')}`);
    });
    expect(check(dir).errors).toEqual([]);
  });
});

describe('hostile YAML becomes a problem, never a crash', () => {
  const bomb = readFileSync('tests/fixtures/content-hostile/alias-bomb.yaml', 'utf8');

  it('reports an alias bomb in facts.yaml once, with its line, and still checks the other offers', () => {
    const dir = fixtureWith((d) => writeFileSync(join(d, FACTS), `${readFileSync(join(d, FACTS), 'utf8')}${bomb}`));
    const { errors, tree } = check(dir);
    const alias = problemOn(errors, FACTS, '`*a` (a YAML alias) is not allowed in content');
    expect(alias.line).toBe(43); // the fixture has 40 lines; the bomb's comment is 41, `a: &a` 42, `b: &b [*a…` 43
    expect(alias.message).toContain('(and 71 more like it in this file)');
    expect(problemOn(errors, FACTS, '`&a` (a YAML anchor)').line).toBe(42);
    expect(tree.offers.map((o) => o.id)).toEqual(['balkhash-test-base']);
  });

  it('reports an alias bomb in front matter', () => {
    const dir = fixtureWith((d) => writeIn(d, EN, `---\n${TITLE}\n${SUMMARY}\n${bomb}---\nText.\n`));
    expect(problemOn(check(dir).errors, EN, '(a YAML alias)').line).toBe(6);
  });

  it('prints a report, not a stack trace, for an alias bomb on the command line', () => {
    const dir = fixtureWith((d) => writeIn(d, 'places.yaml', bomb));
    let out = '';
    let code = 0;
    try {
      out = execFileSync(process.execPath, ['scripts/check-content.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      [code, out] = [err.status, `${err.stdout}${err.stderr}`];
    }
    expect(code).toBe(1);
    expect(out).toContain('`*a` (a YAML alias) is not allowed in content');
    expect(out).not.toMatch(/^\s+at /m);
  }, 30_000);

  it('turns anything thrown while reading one file into a problem on that file, without the stack', () => {
    const problems: ContentProblem[] = [];
    const result = guarded(problems, 'content/offers/x/facts.yaml', 'fallback', () => {
      throw new RangeError('Maximum call stack size exceeded\n    at visit (file:///x.js:1:1)');
    });
    expect(result).toBe('fallback');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'content/offers/x/facts.yaml',
        message: 'the check could not finish reading this: Maximum call stack size exceeded',
      }),
    ]);
  });

  it('refuses a 5 MB YAML file without parsing it', () => {
    const dir = fixtureWith((d) =>
      writeIn(d, 'places.yaml', `${readFileSync(join(d, 'places.yaml'), 'utf8')}${`# ${'x'.repeat(1021)}\n`.repeat(5 * 1024)}`),
    );
    const started = Date.now();
    const error = problemOn(check(dir).errors, 'places.yaml', 'the file is 5.0 MB, more than the limit of 256 KB for this kind of file');
    expect(error.hint).toContain('pasted');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses nesting 10 000 levels deep in facts.yaml, in front matter and in the text', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const dir = fixtureWith((d) => {
      replaceIn(d, FACTS, /boundary:\n( {2}- .*\n)+/, `boundary: ${deep}\n`);
      writeIn(d, EN, `---\n${TITLE}\nsummary: ${deep}\n---\n${'>'.repeat(10_000)} text\n`);
      writeIn(
        d,
        'offers/balkhash-test-base/en.mdx',
        `---\n${TITLE}\n${SUMMARY}\n---\n${'<Callout>\n\n'.repeat(100)}x\n\n${'</Callout>\n\n'.repeat(100)}`,
      );
    });
    const { errors } = check(dir);
    expect(problemOn(errors, FACTS, 'lists and groups are nested more than 12 levels deep here').line).toBe(7);
    expect(problemOn(errors, EN, 'lists and groups are nested more than 12 levels deep here').line).toBe(3);
    expect(problemOn(errors, EN, 'quotes, lists or components are nested more than 24 levels deep here').line).toBe(5);
    expect(problemOn(errors, 'offers/balkhash-test-base/en.mdx', 'nested more than 24 levels deep here').line).toBe(5 + 2 * 24); // the 25th Callout
  });

  it('refuses deep quotes in a text body without overflowing the stack', () => {
    const dir = fixtureWith((d) => writeIn(d, EN, `---\n${TITLE}\n${SUMMARY}\n---\n${'>'.repeat(10_000)} text\n`));
    expect(problemOn(check(dir).errors, EN, 'quotes, lists or components are nested more than 24 levels deep here').line).toBe(5);
  });

  it('refuses deep nesting written with indentation', () => {
    const nested = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n');
    const dir = fixtureWith((d) => replaceIn(d, FACTS, 'featured: true', `featured: true\nextra:\n${nested} 1`));
    expect(problemOn(check(dir).errors, FACTS, 'nested more than 12 levels deep').line).toBeGreaterThan(40);
  });

  it('states the limit and the current length of a title, an alt text and a description that are too long', () => {
    const dir = fixtureWith((d) => {
      writeIn(d, EN, `---\ntitle: "${'Glamping plot '.repeat(10).trim()}"\n${SUMMARY}\n---\n${'A long description. '.repeat(1100)}\n`);
      replaceIn(
        d,
        FACTS,
        'featured: true',
        `featured: true\nphotos:\n  - file: shore.jpg\n    alt: { en: "${'The shore. '.repeat(30).trim()}", ru: "Берег", kk: "Жаға" }`,
      );
      writeFileSync(join(d, OFFER, 'shore.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    });
    const { errors } = check(dir);
    expect(problemOn(errors, EN, 'the title is longer than 90 characters (it has 139): shorten it')).toMatchObject({
      field: 'title',
      line: 2,
    });
    expect(problemOn(errors, FACTS, 'the English text is longer than 300 characters (it has 329): shorten it')).toMatchObject({
      field: 'photos[0].alt.en',
    });
    expect(problemOn(errors, EN, 'the description is 22,001 characters long, more than the limit of 20,000').line).toBe(5);
  });
});

describe('front matter is read the way the build reads it', () => {
  const errorsFor = (text: string) => check(fixtureWith((d) => writeIn(d, EN, text))).errors.filter((e) => e.file === `content/${EN}`);

  it('refuses TOML front matter between +++ lines', () => {
    const [error] = errorsFor(`+++\ntitle = "Glamping plot near Lake Shaitankol"\n+++\nText.\n`);
    expect(error).toMatchObject({ line: 1, message: 'the front matter is written between `+++` lines (TOML), which content does not use' });
  });

  it('refuses an empty line before the opening ---', () => {
    const [error] = errorsFor(`\n---\n${TITLE}\n${SUMMARY}\n---\nText.\n`);
    expect(error!.message).toContain('there is an empty line or spaces before it');
  });

  it('refuses a front matter the build would close earlier, at a +++ line, or at --- with more on the line', () => {
    const [plus] = errorsFor(`---\n${TITLE}\n${SUMMARY}\n+++\n<Callout>hidden from the check?</Callout>\n---\nText.\n`);
    expect(plus).toMatchObject({
      line: 4,
      message: 'the front matter ends with a `+++` line; it must end with a line that is exactly `---`',
    });
    const [dashes] = errorsFor(`---\n${TITLE}\n${SUMMARY}\n--- <Callout>text</Callout>\nText.\n`);
    expect(dashes).toMatchObject({ line: 4, message: 'the line that ends the front matter must be exactly `---`, but it has more on it' });
    const [opening] = errorsFor(`---${TITLE}\n${SUMMARY}\n---\nText.\n`);
    expect(opening!.message).toBe('the first line must be exactly `---`, with nothing after it');
  });

  it('refuses a value the two YAML readers read differently, naming the field and both readings', () => {
    const [error] = errorsFor(`---\n${TITLE}\nsummary: -.5\n---\nText.\n`);
    expect(error).toMatchObject({
      line: 3,
      field: 'summary',
      message: 'the site\'s build would read this value as the text "-.5", but the check reads the number -0.5',
    });
    const facts = check(fixtureWith((d) => replaceIn(d, FACTS, 'investmentKzt: 180000000', 'investmentKzt: 0b1011'))).errors;
    expect(
      problemOn(facts, FACTS, 'the site\'s build would read this value as the number 11, but the check reads the text "0b1011"'),
    ).toMatchObject({ field: 'investmentKzt', line: 23 });
  });

  it('refuses a key written twice in one group, which one reader would keep and the other refuse', () => {
    const errors = check(fixtureWith((d) => replaceIn(d, FACTS, 'featured: true', 'featured: true\nstatus: closed'))).errors;
    expect(problemOn(errors, FACTS, '`status` appears twice in the same group, so one would silently replace the other').line).toBe(41);
  });

  it('refuses a %YAML 1.1 directive that changes what yes means', () => {
    const facts = check(
      fixtureWith((d) =>
        writeFileSync(join(d, FACTS), `%YAML 1.1\n---\n${readFileSync(join(d, FACTS), 'utf8').replace('featured: true', 'featured: yes')}`),
      ),
    ).errors;
    expect(problemOn(facts, FACTS, 'the site\'s build would read this value as the text "yes", but the check reads true').field).toBe(
      'featured',
    );
  });

  it('refuses YAML tags and merge keys, which the two readers treat differently', () => {
    const errors = check(
      fixtureWith((d) => {
        replaceIn(d, FACTS, 'featured: true', 'featured: !!bool true');
        replaceIn(d, FACTS, 'land:\n', 'land:\n  <<: { category: reserve }\n');
      }),
    ).errors;
    expect(problemOn(errors, FACTS, '`!!bool` (a YAML tag) is not allowed in content').line).toBe(41);
    expect(problemOn(errors, FACTS, '`<<` (a YAML merge key) is not allowed in content').line).toBe(13);
  });
});
