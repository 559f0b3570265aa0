// The edges of the editor's configuration (src/lib/cms/decapConfig.ts) that the real schemas do not reach:
// how a field reference wording becomes a label and a hint, the language labels of a name, yes/no fields
// that are optional or default to yes, a pattern without its own message, fields only some kinds have, and
// the row summary of each list file. Wordings made up for a test are added to the field reference for this
// file only and removed afterwards.
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CmsField, decapConfig, fieldOf, schemaFields } from '../../src/lib/cms/decapConfig.ts';
import { RU_DESCRIPTIONS } from '../../src/lib/fieldReference/ru.ts';

/** A first sentence of exactly 70 characters (the longest a label may be), and one of 71. */
const SEVENTY = 'Площадь участка по правоустанавливающему документу в гектарах, целиком';
const SEVENTY_ONE = `${SEVENTY}я`;
const MADE_UP: Record<string, string> = {
  'Edge: two hints.': 'Метка поля. Первая подсказка. Вторая подсказка.',
  'Edge: two spaces.': 'Метка поля.  Подсказка после двух пробелов.',
  'Edge: seventy.': `${SEVENTY}.`,
  'Edge: seventy-one.': `${SEVENTY_ONE}. Подсказка.`,
  'Edge: kind only.': 'Число комнат. Считайте только жилые комнаты.',
};
const reference = RU_DESCRIPTIONS as Record<string, string>;
beforeAll(() => Object.assign(reference, MADE_UP));
afterAll(() => {
  for (const key of Object.keys(MADE_UP)) delete reference[key];
});

describe('labels and hints from the field reference', () => {
  it('makes the first sentence the label and every later sentence the hint, with a space between them', () => {
    expect(fieldOf('rooms', z.number().describe('Edge: two hints.'))).toMatchObject({
      label: 'Метка поля (rooms)',
      hint: 'Первая подсказка. Вторая подсказка.',
    });
  });

  it('starts the hint at its first word when the sentences are two spaces apart', () => {
    expect(fieldOf('rooms', z.number().describe('Edge: two spaces.'))!.hint).toBe('Подсказка после двух пробелов.');
  });

  it('takes a first sentence of 70 characters as the label', () => {
    expect(SEVENTY).toHaveLength(70);
    const field = fieldOf('areaHa', z.number().describe('Edge: seventy.'))!;
    expect(field.label).toBe(`${SEVENTY} (areaHa)`);
    expect(field).not.toHaveProperty('hint');
  });

  it('refuses a longer first sentence that has no short label, naming the file to add one to', () => {
    expect(() => fieldOf('areaHa', z.number().describe('Edge: seventy-one.'))).toThrow(
      'The Russian wording of "Edge: seventy-one." is too long for a label: add a short one to src/lib/cms/shortLabels.ts',
    );
  });

  it('refuses a description with no Russian wording, naming the file to add it to', () => {
    expect(() => fieldOf('areaHa', z.number().describe('Edge: never translated.'))).toThrow(
      'No Russian wording for the schema description "Edge: never translated.": add it to src/lib/fieldReference/ru.ts',
    );
  });
});

describe('the fields of a group', () => {
  it('labels by language only a text written in each language, not a group that merely has a ru key', () => {
    const localized = fieldOf('name', z.object({ en: z.string(), ru: z.string(), kk: z.string() }))!;
    expect(localized.fields!.map((f) => f.label)).toEqual(['English', 'Русский', 'Қазақша']);
    const mixed = fieldOf('names', z.object({ ru: z.string(), note: z.string() }))!;
    expect(mixed.fields!.map((f) => [f.name, f.label])).toEqual([
      ['ru', 'ru'],
      ['note', 'note'],
    ]);
  });
});

describe('yes/no fields', () => {
  it('leaves an optional one unset, and one that defaults to yes at yes', () => {
    const optional = fieldOf('hub', z.boolean().optional())!;
    expect(optional).toMatchObject({ widget: 'boolean', required: false });
    expect(optional).not.toHaveProperty('default');
    expect(fieldOf('shown', z.boolean().default(true))).toMatchObject({ widget: 'boolean', required: false, default: true });
    expect(fieldOf('available', z.boolean())).toMatchObject({ widget: 'boolean', default: false });
  });
});

describe('texts', () => {
  it('gives a text with no checks no pattern, and refuses a pattern whose message officials would read in English', () => {
    const plain = fieldOf('note', z.string())!;
    expect(plain).toEqual({ name: 'note', label: 'note', widget: 'string' });
    expect(() => fieldOf('code', z.string().regex(/^\d{3}$/))).toThrow(
      'No Russian wording for the pattern message "must match /^\\d{3}$/": add it to RU_PATTERN_MESSAGES in src/lib/fieldReference/ru.ts',
    );
    expect(fieldOf('phone', z.string().regex(/^\+\d+$/, { error: 'must be an email address' }))!.pattern).toEqual([
      '^\\+\\d+$',
      'адрес электронной почты, например name@example.kz',
    ]);
  });
});

describe('fields only some offer kinds have', () => {
  const kinds = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('hotel'), rooms: z.number().describe('Edge: kind only.'), beds: z.number() }),
    z.object({ kind: z.literal('camp'), rooms: z.number().describe('Edge: kind only.') }),
    z.object({ kind: z.literal('land') }),
  ]);

  it('names the kinds, comma-separated, before the hint the field already has', () => {
    const fields = schemaFields(kinds);
    const byName = (name: string) => fields.find((f) => f.name === name) as CmsField;
    expect(fields.map((f) => f.name)).toEqual(['kind', 'rooms', 'beds']);
    expect(byName('kind').options).toEqual(['hotel', 'camp', 'land']);
    expect(byName('rooms')).toMatchObject({
      label: 'Число комнат (rooms)',
      required: false,
      hint: 'Только для вида: hotel, camp. Считайте только жилые комнаты.',
    });
    expect(byName('beds')).toMatchObject({ required: false, hint: 'Только для вида: hotel.' });
  });
});

describe('the rows of the list files', () => {
  it("show the item's Russian name only where the items have names", () => {
    const lists = (decapConfig().collections as Array<{ name: string; files?: Array<{ name: string; fields: CmsField[] }> }>).find(
      (c) => c.name === 'lists',
    )!;
    expect(lists.files!.map((f) => [f.name, (f.fields[0] as CmsField & { summary: string }).summary])).toEqual([
      ['places', '{{fields.id}} — {{fields.name.ru}}'],
      ['contacts', '{{fields.id}} — {{fields.name.ru}}'],
      ['incentives', '{{fields.id}} — {{fields.name.ru}}'],
      ['mci', '{{fields.id}}'],
      ['grantors', '{{fields.id}}'],
      ['exchangeRates', '{{fields.id}}'],
    ]);
  });
});
