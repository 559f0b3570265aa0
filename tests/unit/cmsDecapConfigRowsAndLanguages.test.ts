// The editor configuration (src/lib/cms/decapConfig.ts) beyond what the committed config.yml pins: which list
// rows show a name, what a text format other than a pattern gives the form, and that generating one language's
// configuration leaves the next field built in Russian.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { type CmsField, decapConfig, fieldOf, rowSummary } from '../../src/lib/cms/decapConfig.ts';
import { landSchema } from '../../src/schemas/index.ts';

const text = (name: string): CmsField => ({ name, label: name, widget: 'string' });
const group = (name: string, fields?: CmsField[]): CmsField => ({
  name,
  label: name,
  widget: 'object',
  ...(fields ? { fields } : {}),
});

describe('the collapsed rows of a list file', () => {
  it('show the Russian name of items named in each language', () => {
    expect(rowSummary([text('id'), group('name', [text('en'), text('ru'), text('kk')])])).toBe('{{fields.id}} — {{fields.name.ru}}');
  });

  it('show only the id when the name is a plain text, a group without Russian, or some other group with Russian', () => {
    expect(rowSummary([text('id'), text('name')])).toBe('{{fields.id}}');
    expect(rowSummary([text('id'), group('name', [text('en'), text('kk')])])).toBe('{{fields.id}}');
    expect(rowSummary([text('id'), group('name')])).toBe('{{fields.id}}');
    expect(rowSummary([text('id'), group('title', [text('ru')])])).toBe('{{fields.id}}');
    expect(rowSummary([text('id'), { ...text('name'), fields: [text('ru')] }])).toBe('{{fields.id}}');
    expect(rowSummary([text('id')])).toBe('{{fields.id}}');
  });
});

describe('text formats', () => {
  it('gives the form a pattern only for a regular expression: a required prefix is left to the content check', () => {
    expect(fieldOf('phone', z.string().startsWith('+7'))).toEqual({ name: 'phone', label: 'phone', widget: 'string' });
    expect(fieldOf('code', z.string().min(3).max(9))).toEqual({ name: 'code', label: 'code', widget: 'string' });
  });
});

describe('one language’s configuration at a time', () => {
  it('builds fields in Russian again after generating the Kazakh configuration', () => {
    const kk = decapConfig('kk') as { locale: string };
    expect(kk.locale).toBe('kk');
    const land = fieldOf('land', landSchema)!;
    expect(land.fields!.find((f) => f.name === 'areaHa')!.label).toBe('Площадь, га (areaHa)');
  });
});
