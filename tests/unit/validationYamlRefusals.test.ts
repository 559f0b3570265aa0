import { describe, expect, it } from 'vitest';
import { astroYamlLoad } from '../../src/lib/validation/astroParsers.ts';
import { firstDifference, parseYaml } from '../../src/lib/validation/parseYaml.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';

// The checker's YAML reader on hostile or odd input, called directly: what it refuses before comparing the
// two readings (anchors, aliases, tags, merge keys, repeated keys, deep nesting), with the line and fix it
// gives, and where it points a field's line.

const DEPTH = 'lists and groups are nested more than 12 levels deep here';
const DEPTH_HINT = 'content files are at most four levels deep: check the indentation and that every [ and { is closed';

/** parseYaml of `text` read the build's way too; returns the source and the problems as `line: message`. */
function read(text: string, lineOffset = 0) {
  const problems: ContentProblem[] = [];
  const source = parseYaml('content/x.yaml', text, problems, () => astroYamlLoad(text), lineOffset);
  return { source, problems, lines: problems.map((p) => `${p.line ?? '-'}: ${p.message}`) };
}

describe('anchors, aliases, tags, merge keys and repeated keys are refused', () => {
  it('reports an alias bomb as one anchor and one alias message, counting the rest', () => {
    const text = ['a: &a ["x", "x"]', 'b: &b [*a, *a, *a]', 'c: [*b, *b]', ''].join('\n');
    const { problems, source } = read(text);
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'content/x.yaml',
        line: 1,
        message: '`&a` (a YAML anchor) is not allowed in content (and 1 more like it in this file)',
        hint: 'delete `&a`; where `*a` repeats this value, write the value out in full',
      },
      {
        severity: 'error',
        file: 'content/x.yaml',
        line: 2,
        message:
          '`*a` (a YAML alias) is not allowed in content: it repeats another part of the file, which can make the file blow up in size (and 4 more like it in this file)',
        hint: 'write the value out in full instead of `*a`',
      },
    ]);
    // Nothing of the file is handed on to the schemas.
    expect(source.data).toBeUndefined();
  });

  it('names one anchor on its own, without a count', () => {
    expect(read('x: 1\nname: &title Lake\n').lines).toEqual(['2: `&title` (a YAML anchor) is not allowed in content']);
  });

  it('names a standard tag in its short form and a custom tag as written', () => {
    const { problems } = read('a: !!str 5\nb: !!binary aGVsbG8=\nc: !local x\n');
    expect(problems.map((p) => `${p.line}: ${p.message} | ${p.hint}`)).toEqual([
      "1: `!!str` (a YAML tag) is not allowed in content: the site's build could read the value differently (and 2 more like it in this file) | delete the tag and write the value plainly: text in quotes, or a number",
    ]);
    expect(read('c: !local x\n').lines).toEqual([
      "1: `!local` (a YAML tag) is not allowed in content: the site's build could read the value differently",
    ]);
  });

  it('refuses a plain << merge key but takes a quoted "<<" as an ordinary key', () => {
    const merge = read('base:\n  a: 1\nitem:\n  <<: {a: 1}\n  b: 2\n');
    expect(merge.problems.map((p) => `${p.line}: ${p.message} | ${p.hint}`)).toEqual([
      '4: `<<` (a YAML merge key) is not allowed in content: it copies fields from elsewhere | write the fields out in full',
    ]);
    const quoted = read('item:\n  "<<": text\n');
    expect(quoted.problems).toEqual([]);
    expect(quoted.source.data).toEqual({ item: { '<<': 'text' } });
  });

  it('refuses a key written twice in one group, at the second, but not the same key in two groups', () => {
    const { problems } = read('a:\n  x: 1\n  y: 2\n  x: 3\nb:\n  x: 1\n');
    expect(problems.map((p) => `${p.line}: ${p.message} | ${p.hint}`)).toEqual([
      '4: `x` appears twice in the same group, so one would silently replace the other | keep one of them (or check the indentation: the second may belong to another group)',
    ]);
    expect(read('a:\n  x: 1\nb:\n  x: 1\n').problems).toEqual([]);
    expect(read('a: 1\nb: 2\na: 3\nb: 4\n').lines).toEqual([
      '3: `a` appears twice in the same group, so one would silently replace the other (and 1 more like it in this file)',
    ]);
  });

  it('counts lines from where the YAML starts in its file', () => {
    expect(read('a: &x 1\n', 1).lines).toEqual(['2: `&x` (a YAML anchor) is not allowed in content']);
  });
});

describe('nesting', () => {
  const nested = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

  it('takes twelve levels and refuses thirteen, once, on the parsed file', () => {
    expect(read(`a: ${nested(11)}\n`).problems).toEqual([]);
    const deep = read(`a: ${nested(12)}\nb: ${nested(12)}\n`);
    expect(deep.problems).toEqual([
      { severity: 'error', file: 'content/x.yaml', line: 1, message: `${DEPTH} (and 1 more like it in this file)`, hint: DEPTH_HINT },
    ]);
    // The parse went on, so fields still have lines.
    expect(deep.source.lineOf(['b'])).toBe(2);
  });

  it('refuses more than 64 open brackets before parsing at all', () => {
    const fine = read(`a: ${nested(64)}\n`);
    expect(fine.lines).toEqual([`1: ${DEPTH}`]);
    expect(fine.source.lineOf(['a'])).toBe(1);
    const quick = read(`x: 1\na: ${nested(65)}\n`, 10);
    expect(quick.problems).toEqual([{ severity: 'error', file: 'content/x.yaml', line: 12, message: DEPTH, hint: DEPTH_HINT }]);
    // Refused unread: no field has a line and no data is handed on.
    expect(quick.source.lineOf(['x'])).toBeUndefined();
    expect(quick.source.data).toBeUndefined();
    expect(quick.source.text).toBe(`x: 1\na: ${nested(65)}\n`);
  });

  it('counts brackets across lines, and a closing bracket only after an opening one', () => {
    const split = `a: ${'['.repeat(40)}\n${'['.repeat(25)}1${']'.repeat(65)}\n`;
    expect(read(split).source.lineOf(['a'])).toBeUndefined();
    // Stray closers before the brackets do not make room for more of them.
    const stray = read(`x: a${']'.repeat(10)}\na: ${nested(65)}\n`);
    expect(stray.lines).toEqual([`2: ${DEPTH}`]);
    expect(stray.source.lineOf(['x'])).toBeUndefined();
    // Balanced brackets on one line leave the count at zero for the next.
    const many = Array.from({ length: 5 }, (_, i) => `k${i}: ${'{a: '.repeat(10)}1${'}'.repeat(10)}`).join('\n');
    expect(read(many).lines).toEqual([]);
  });

  it('does not count brackets in quotes, escaped quotes or comments', () => {
    const brackets = '['.repeat(70);
    for (const text of [
      `a: "${brackets}"\n`,
      `a: '${brackets}'\n`,
      `a: "x\\" ${brackets}"\n`,
      `# ${brackets}\na: 1\n`,
      `a: 1 # ${brackets}\n`,
      `a: "two\n  lines ${brackets}"\n`,
    ]) {
      const { problems, source } = read(text);
      expect(problems, text).toEqual([]);
      expect(source.lineOf(['a']), text).not.toBeUndefined();
    }
  });

  it('counts brackets again once a quote is closed, in either kind of quote and however it is escaped', () => {
    const brackets = '['.repeat(65);
    for (const text of [
      `a: "x" ${brackets}\n`,
      `a: "x\\"" ${brackets}\n`,
      `a: 'x\\' ${brackets}\n`,
      `a: 'x''' ${brackets}\n`,
      `a: b #x\nc: ${brackets}\n`,
      `a: ${'{'.repeat(65)}\n`,
      `a: ${'[x, '.repeat(65)}\n`,
    ]) {
      const { source, lines } = read(text);
      expect(lines[0], text).toMatch(/^\d: lists and groups are nested more than 12 levels deep here$/);
      expect(source.lineOf(['a']), text).toBeUndefined();
    }
  });

  it('takes a quote or a comment only where YAML starts one', () => {
    const brackets = '['.repeat(65);
    // A quote opening the line, or after a space, holds its brackets.
    expect(read(`'${brackets}'\n`).problems).toEqual([]);
    expect(read(`a: 'x${brackets}'\n`).problems).toEqual([]);
    // A # opening the line, or after a space, starts a comment.
    expect(read(`#${brackets}\na: 1\n`).problems).toEqual([]);
    expect(read(`a: b #${brackets}\n`).problems).toEqual([]);
  });

  it('closes brackets of both kinds, so many short lists in a file are fine', () => {
    const lists = Array.from({ length: 7 }, (_, i) => `k${i}: ${'['.repeat(10)}1${']'.repeat(10)}`).join('\n');
    const groups = Array.from({ length: 7 }, (_, i) => `k${i}: ${'{a: '.repeat(10)}1${'}'.repeat(10)}`).join('\n');
    expect(read(`${lists}\n`).problems).toEqual([]);
    expect(read(`${groups}\n`).problems).toEqual([]);
  });

  it('counts brackets after an apostrophe inside a word and after a # inside a word', () => {
    const brackets = '['.repeat(65);
    for (const text of [`a: it's ${brackets}\n`, `a: b#${brackets}\n`]) {
      const { source, lines } = read(text);
      expect(lines, text).toEqual([`1: ${DEPTH}`]);
      expect(source.lineOf(['a']), text).toBeUndefined();
    }
  });

  it('refuses a line indented by more than 256 spaces, but not 256, nor spaces inside quoted text', () => {
    expect(read(`a:\n${' '.repeat(256)}b: 1\n`).problems).toEqual([]);
    const deep = read(`a:\n${' '.repeat(257)}b: 1\n`);
    expect(deep.lines).toEqual([`2: ${DEPTH}`]);
    expect(deep.source.lineOf(['a'])).toBeUndefined();
    expect(read(`a: x${' '.repeat(300)}y\n`).problems).toEqual([]);
    const quoted = read(`a: "start\n${' '.repeat(300)}end"\n`);
    expect(quoted.problems).toEqual([]);
    expect(quoted.source.data).toEqual({ a: 'start end' });
  });
});

describe('syntax errors', () => {
  it('gives the first line of the reason, its line counted from the YAML start, and the indentation fix', () => {
    const { problems, source } = read('a: 1\nb: [1,,2]\n', 4);
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'content/x.yaml',
        line: 6,
        message: 'the file is not valid YAML: Unexpected , in flow sequence',
        hint: 'check indentation (spaces, not tabs), that every `key:` has a space after the colon, and that text with a colon or # is in quotes',
      },
    ]);
    // A file with syntax errors is not read further, but its fields keep their lines.
    expect(source.data).toBeUndefined();
    expect(source.lineOf(['a'])).toBe(5);
  });

  it('counts the errors after the tenth on the tenth', () => {
    const text = Array.from({ length: 11 }, (_, i) => `k${i}: [1,,2]`).join('\n');
    const { problems } = read(text);
    expect(problems).toHaveLength(10);
    expect(problems[0]!.message).toBe('the file is not valid YAML: Unexpected , in flow sequence');
    expect(problems[9]!.message).toBe('the file is not valid YAML: Unexpected , in flow sequence (and 1 more errors after it)');
    expect(problems.filter((p) => p.message.includes('more errors'))).toHaveLength(1);
  });
});

describe('lines of fields', () => {
  it('gives the line of a field, or of its nearest parent that exists', () => {
    const { source } = read('name:\n  en: Lake\n  ru: Озеро\nlist:\n  - a\n  - b\n', 2);
    expect(source.lineOf(['name', 'ru'])).toBe(5);
    expect(source.lineOf(['list', 1])).toBe(8);
    // The group under name: starts on the line of its first field.
    expect(source.lineOf(['name', 'kk'])).toBe(4);
    expect(source.lineOf(['name', 'kk', 'deeper'])).toBe(4);
    expect(source.lineOf([])).toBe(3);
    expect(source.lineOf(['missing'])).toBe(3);
    expect(source.data).toEqual({ name: { en: 'Lake', ru: 'Озеро' }, list: ['a', 'b'] });
  });

  it('points at the field the two readings differ on', () => {
    const { problems } = read('items:\n  - a: 1\n    b: 0b101\n');
    expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '3 items[0].b: the site\'s build would read this value as the number 5, but the check reads the text "0b101"',
    ]);
    expect(problems[0]!.hint).toBe(
      'write the value plainly: text in double quotes, dates as YYYY-MM-DD, numbers with digits before the point (0.5, -0.5, not .5 or -.5)',
    );
  });

  it('names no field when the whole file differs, and reports a date the build rolls over on its line', () => {
    const whole: ContentProblem[] = [];
    parseYaml('content/x.yaml', 'text\n', whole, () => ({ data: 5 }));
    expect(whole.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '1 undefined: the site\'s build would read this value as the number 5, but the check reads the text "text"',
    ]);
    const { problems, source } = read('when:\n  start: 2026-02-30\n');
    expect(problems.map((p) => `${p.severity} ${p.line} ${p.field}: ${p.message} | ${p.hint}`)).toEqual([
      "error 2 when.start: 2026-02-30 is not a real calendar date: the site's build would read it as 2026-03-02 | use the real date, YYYY-MM-DD",
    ]);
    // The schemas still judge what the build reads.
    expect(source.data).toEqual({ when: { start: new Date('2026-03-02T00:00:00Z') } });
  });

  it('speaks of a calendar date only when the check read a plain day', () => {
    const astro = { data: { d: new Date('2026-03-02T00:00:00Z') } };
    for (const [text, ours] of [
      ['d: x2026-02-30\n', 'the text "x2026-02-30"'],
      ['d: [2026-02-30]\n', '["2026-02-30"]'],
    ] as const) {
      const problems: ContentProblem[] = [];
      parseYaml('content/x.yaml', text, problems, () => astro);
      expect(problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
        `error the site's build would read this value as the date 2026-03-02T00:00:00.000Z, but the check reads ${ours}`,
      ]);
    }
  });

  it('takes a plain day as the same value in both readings, and a time as a difference', () => {
    expect(read('d: 2026-06-14\n').problems).toEqual([]);
    expect(read('d: 2026-06-14T10:00:00Z\n').lines).toEqual([
      '1: the site\'s build would read this value as the date 2026-06-14T10:00:00.000Z, but the check reads the text "2026-06-14T10:00:00Z"',
    ]);
  });
});

describe('the first difference between two readings', () => {
  it('compares dates by their time, invalid dates as equal', () => {
    expect(firstDifference(new Date(Number.NaN), new Date(Number.NaN))).toBeUndefined();
    const d = new Date('2026-01-01T00:00:00Z');
    expect(firstDifference(d, '2026-01-01')).toBeUndefined();
    expect(firstDifference(d, '2026-01-02')).toEqual({ path: [], astro: d, ours: '2026-01-02' });
    expect(firstDifference(d, '2026-1-1')).toEqual({ path: [], astro: d, ours: '2026-1-1' });
    expect(firstDifference(d, 20260101)).toEqual({ path: [], astro: d, ours: 20260101 });
    const invalid = new Date(Number.NaN);
    expect(firstDifference(invalid, '2026-01-01')).toEqual({ path: [], astro: invalid, ours: '2026-01-01' });
    const noon = new Date('2026-01-01T12:00:00Z');
    expect(firstDifference(noon, '2026-01-01')).toEqual({ path: [], astro: noon, ours: '2026-01-01' });
    expect(firstDifference('2026-01-01', d)).toEqual({ path: [], astro: '2026-01-01', ours: d });
  });

  it('walks lists item by item and groups key by key, giving the path of the first difference', () => {
    expect(firstDifference([1, [2, 3]], [1, [2, 3]])).toBeUndefined();
    expect(firstDifference([1, [2, 3]], [1, [2, 4]])).toEqual({ path: [1, 1], astro: 3, ours: 4 });
    expect(firstDifference([1, 2], [1, 2, 3])).toEqual({ path: [], astro: [1, 2], ours: [1, 2, 3] });
    expect(firstDifference({ 0: 1 }, [1])).toEqual({ path: [], astro: { 0: 1 }, ours: [1] });
    expect(firstDifference({ a: { b: [1] } }, { a: { b: [2] } })).toEqual({ path: ['a', 'b', 0], astro: 1, ours: 2 });
    expect(firstDifference({ a: 1, b: 2 }, { a: 1, b: 2 })).toBeUndefined();
    expect(firstDifference({ a: undefined }, {})).toEqual({ path: ['a'], astro: undefined, ours: undefined });
    expect(firstDifference({ a: 1 }, null)).toEqual({ path: [], astro: { a: 1 }, ours: null });
    expect(firstDifference(null, { a: 1 })).toEqual({ path: [], astro: null, ours: { a: 1 } });
    expect(firstDifference(null, null)).toBeUndefined();
  });

  it('never takes a list or a group for a date or a list', () => {
    const d = new Date('2026-01-01T00:00:00Z');
    expect(firstDifference(d, ['2026-01-01'])).toEqual({ path: [], astro: d, ours: ['2026-01-01'] });
    expect(firstDifference({ length: 0 }, [])).toEqual({ path: [], astro: { length: 0 }, ours: [] });
    expect(firstDifference([], { length: 0 })).toEqual({ path: [], astro: [], ours: { length: 0 } });
  });

  it('tells 0 from -0 and a number from its text', () => {
    expect(firstDifference(0, -0)).toEqual({ path: [], astro: 0, ours: -0 });
    expect(firstDifference(Number.NaN, Number.NaN)).toBeUndefined();
    expect(firstDifference(1, '1')).toEqual({ path: [], astro: 1, ours: '1' });
  });

  it('treats a group with another prototype on either side as different', () => {
    const odd = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    expect(firstDifference({ a: 1 }, odd)).toEqual({ path: [], astro: { a: 1 }, ours: odd });
  });
});

describe('values named in a message', () => {
  const against = (text: string, data: unknown) => {
    const problems: ContentProblem[] = [];
    parseYaml('content/x.yaml', text, problems, () => ({ data }));
    return problems.map((p) => p.message);
  };

  it('shows text of exactly 40 characters whole, true and false as words, and a short group whole', () => {
    const forty = 'abcdefghij'.repeat(4);
    expect(against(`a: ${forty}\n`, { a: true })).toEqual([
      `the site's build would read this value as true, but the check reads the text "${forty}"`,
    ]);
    expect(against('a: [1]\n', { a: { b: 1 } })).toEqual([`the site's build would read this value as {"b":1}, but the check reads [1]`]);
    // 40 characters of JSON exactly: ["abcdefghijabcdefghijabcdefghijabcd"] is 2 + 36 + 2.
    const json = `["${'abcdefghij'.repeat(3)}abcdef"]`;
    expect(json).toHaveLength(40);
    expect(against('a: 1\n', { a: JSON.parse(json) })).toEqual([
      `the site's build would read this value as ${json}, but the check reads the number 1`,
    ]);
  });
});
