// The ICU-style message subset of src/lib/i18n/plural.ts beyond the real UI strings: what a translator
// is told about a broken message, how missing parameters stay visible, nesting, and counts given as text.
import { describe, expect, it } from 'vitest';
import { formatMessage, messageParams, messageProblems, pluralCategory, pluralParams } from '../../src/lib/i18n/plural.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const RU_OFFERS = '{n, plural, one {# предложение} few {# предложения} many {# предложений} other {# предложения}}';

describe('what a translator is told about a broken message', () => {
  it('points at a brace that closes nothing or opens nothing known', () => {
    expect(messageProblems('en', 'a } b')).toEqual(['a "}" at 2 closes nothing']);
    expect(messageProblems('en', 'x {a b}')).toEqual(['"{" at 2 starts neither {name} nor {name, plural, …}']);
  });

  it('names a form that does not exist, a form given twice and blocks left open', () => {
    expect(messageProblems('en', '{n, plural, single {#} other {#}}')).toEqual(['"single" is not a plural form']);
    expect(messageProblems('en', '{n, plural, one {#} one {#} other {#}}')).toEqual(['the form "one" of {n} is given twice']);
    expect(messageProblems('en', '{n, plural, one {#')).toEqual(['the form "one" of {n} is not closed']);
    expect(messageProblems('en', '{n, plural, one {#} other {#}')).toEqual(['the plural block {n, plural, …} is not closed']);
  });

  it('lists the forms a language needs that are missing, and those it never uses', () => {
    expect(messageProblems('ru', '{n, plural, one {#} other {#}}')).toEqual([
      '{n, plural, …} must give exactly the forms one, few, many, other in ru; missing few, many',
    ]);
    expect(messageProblems('en', '{n, plural, one {#} few {#} other {#}}')).toEqual([
      '{n, plural, …} must give exactly the forms one, other in en; few not used in en',
    ]);
    expect(messageProblems('kk', '{n, plural, other {#}}')).toEqual([
      '{n, plural, …} must give exactly the forms one, other in kk; missing one',
    ]);
    expect(messageProblems('ru', RU_OFFERS)).toEqual([]);
    expect(messageProblems('en', 'Plain text, {name} and {n, plural, one {# offer} other {# offers}}')).toEqual([]);
  });

  it('checks plural blocks nested in a form', () => {
    expect(messageProblems('en', '{a, plural, one {{b, plural, other {#}}} other {x}}')).toEqual([
      '{b, plural, …} must give exactly the forms one, other in en; missing one',
    ]);
  });
});

describe('filling a message', () => {
  it('leaves a missing parameter or count visible as written', () => {
    expect(formatMessage('en', 'Hi {name}!')).toBe('Hi {name}!');
    expect(formatMessage('en', 'Found {n, plural, one {# offer} other {# offers}}.', {})).toBe(
      'Found {n, plural, one {# offer} other {# offers}}.',
    );
  });

  it('writes numbers in the language’s style and text as given', () => {
    expect(formatMessage('ru', '{x} га', { x: 1.5 })).toBe('1,5 га');
    expect(formatMessage('ru', '{x} га', { x: '1.5' })).toBe('1.5 га');
    expect(plain(formatMessage('ru', RU_OFFERS, { n: 1234 }))).toBe('1 234 предложения');
    expect(formatMessage('ru', RU_OFFERS, { n: 11 })).toBe('11 предложений');
    expect(formatMessage('ru', RU_OFFERS, { n: 21 })).toBe('21 предложение');
  });

  it('keeps a # outside a plural block as a plain character', () => {
    expect(formatMessage('en', 'Lot #{id}', { id: 'A-7' })).toBe('Lot #A-7');
  });

  it('falls back to the other form when the needed one is not given', () => {
    expect(formatMessage('en', '{n, plural, other {# items}}', { n: 1 })).toBe('1 items');
  });

  it('uses the inner count for # inside a nested block', () => {
    const template = '{a, plural, one {one area, {b, plural, one {# offer} other {# offers}}} other {# areas}}';
    expect(formatMessage('en', template, { a: 1, b: 3 })).toBe('one area, 3 offers');
    expect(formatMessage('en', template, { a: 2, b: 3 })).toBe('2 areas');
  });

  it('reads spaces inside the braces', () => {
    expect(formatMessage('en', '{ n , plural , one {x} other {y} }', { n: 1 })).toBe('x');
    expect(formatMessage('en', '{ name }', { name: 'Ortau' })).toBe('Ortau');
  });

  it('lists the parameters a message uses, plain and plural', () => {
    const template = '{a} {n, plural, one {{b} #} other {#}} {a}';
    expect(messageParams(template)).toEqual(['a', 'n', 'b']);
    expect(pluralParams(template)).toEqual(['n']);
    expect(pluralParams('{a}')).toEqual([]);
  });
});

describe('the plural form of a count written as text', () => {
  it('agrees with the digits shown', () => {
    expect(pluralCategory('ru', '1')).toBe('one');
    expect(pluralCategory('ru', '1,0')).toBe('other');
    expect(pluralCategory('ru', '1\u00a0001')).toBe('one');
    expect(pluralCategory('ru', ' 5 ')).toBe('many');
    expect(pluralCategory('en', '1,234')).toBe('other');
    expect(pluralCategory('en', '1.0')).toBe('other');
    expect(pluralCategory('en', '-1')).toBe('one');
  });

  it('takes anything that is not a number for other', () => {
    expect(pluralCategory('ru', '1,2,3')).toBe('other');
    expect(pluralCategory('ru', 'один')).toBe('other');
    expect(pluralCategory('ru', '1,x')).toBe('other');
    expect(pluralCategory('ru', ',5')).toBe('other');
    expect(pluralCategory('en', Number.POSITIVE_INFINITY)).toBe('other');
    expect(pluralCategory('en', Number.NaN)).toBe('other');
  });
});

describe('edges the mutation run found unpinned', () => {
  it('reads the Kazakh decimal comma, where 1,0 still takes the form for one', () => {
    // Kazakh picks "one" by the value alone (CLDR n = 1), so the comma must be read as a decimal point.
    expect(pluralCategory('kk', '1,0')).toBe('one');
    expect(pluralCategory('kk', '1,00')).toBe('one');
    expect(pluralCategory('kk', '1,5')).toBe('other');
  });

  it('takes empty text and a plus sign for other, not for a number', () => {
    expect(pluralCategory('ru', '')).toBe('other');
    expect(pluralCategory('en', '+1')).toBe('other');
  });

  it('picks the form of the number as shown, rounded to two decimals', () => {
    expect(formatMessage('en', '{n, plural, one {# hectare} other {# hectares}}', { n: 1.001 })).toBe('1 hectare');
    expect(formatMessage('ru', '{n, plural, one {# гектар} few {# гектара} many {# гектаров} other {# гектара}}', { n: 2.004 })).toBe(
      '2 гектара',
    );
  });

  it('puts the number where # stands inside a form, after text too', () => {
    expect(formatMessage('en', '{n, plural, one {only # left} other {# left}}', { n: 1 })).toBe('only 1 left');
    expect(formatMessage('kk', '{n, plural, one {барлығы # ұсыныс} other {барлығы # ұсыныс}}', { n: 7 })).toBe('барлығы 7 ұсыныс');
  });

  it('reads the compact ICU form that translation tools write, with no spaces', () => {
    expect(formatMessage('en', '{n,plural,one{# day}other{# days}}', { n: 2 })).toBe('2 days');
    expect(formatMessage('en', '{n,plural,one{# day}other{# days}}', { n: 1 })).toBe('1 day');
  });

  it('reports a stray brace even when a good placeholder follows, and text left inside a plural block', () => {
    expect(messageProblems('en', 'x { y {name}')).toEqual(['"{" at 2 starts neither {name} nor {name, plural, …}']);
    expect(messageProblems('en', '{n, plural, one {x} other {y} junk}')).toEqual(['the plural block {n, plural, …} is not closed']);
  });
});
