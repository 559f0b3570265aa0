// The editor's "other languages" aid: which fields get it, how it finds the same text in another language, and
// what it refuses to look up. The widget itself is driven in the real editor by tests/browser/cms.test.ts.
import { describe, expect, it } from 'vitest';
import { decapConfig } from '../../src/lib/cms/decapConfig.ts';
import {
  entryFolder,
  readOtherLanguages,
  siblingSlug,
  textOf,
  widgetWithOtherLanguages,
  wouldReplaceText,
} from '../../src/lib/cms/otherLanguages.ts';

interface Field {
  name: string;
  widget: string;
  other_languages?: unknown;
}
interface Collection {
  name: string;
  fields?: Field[];
}
const collections = (decapConfig() as { collections: Collection[] }).collections;
const fieldsOf = (name: string): Field[] => collections.find((c) => c.name === name)?.fields ?? [];

describe('the generated configuration', () => {
  it('gives each text field of an offer text the other two languages, in the site’s language order', () => {
    expect(fieldsOf('offer-texts-kk').map((f) => [f.name, f.widget])).toEqual([
      ['title', 'string-with-other-languages'],
      ['summary', 'string-with-other-languages'],
      ['body', 'markdown-with-other-languages'],
    ]);
    for (const field of fieldsOf('offer-texts-kk'))
      expect(field.other_languages).toEqual([
        { collection: 'offer-texts-en', file: 'en', label: 'English' },
        { collection: 'offer-texts-ru', file: 'ru', label: 'Русский' },
      ]);
    expect(fieldsOf('offer-texts-en')[0]?.other_languages).toEqual([
      { collection: 'offer-texts-ru', file: 'ru', label: 'Русский' },
      { collection: 'offer-texts-kk', file: 'kk', label: 'Қазақша' },
    ]);
  });

  it('does the same for the area texts, pointing at the area collections', () => {
    const body = fieldsOf('district-texts-ru').find((f) => f.name === 'body');
    expect(body?.widget).toBe('markdown-with-other-languages');
    expect(body?.other_languages).toEqual([
      { collection: 'district-texts-en', file: 'en', label: 'English' },
      { collection: 'district-texts-kk', file: 'kk', label: 'Қазақша' },
    ]);
  });

  it('leaves the facts forms alone', () => {
    const widgets = fieldsOf('offers').map((f) => f.widget);
    expect(widgets).toContain('string');
    expect(widgets.some((w) => w.endsWith('-with-other-languages'))).toBe(false);
  });
});

describe('finding the same text in another language', () => {
  it('takes the folder from a saved entry’s name', () => {
    expect(entryFolder('balkhash-city-beach/ru', undefined)).toBe('balkhash-city-beach');
    expect(siblingSlug(entryFolder('balkhash-city-beach/ru', 'ignored'), 'kk')).toBe('balkhash-city-beach/kk');
  });

  it('takes the folder an official typed while the entry is new', () => {
    expect(entryFolder(undefined, 'karkaraly-roadside-plot')).toBe('karkaraly-roadside-plot');
    expect(entryFolder('', 'karkaraly-roadside-plot')).toBe('karkaraly-roadside-plot');
  });

  it('looks nothing up for a folder the layout would refuse', () => {
    for (const typed of ['', '../contacts', 'Balkhash', 'a/b', 'beach-', '-beach', 'пляж', 42, null])
      expect(entryFolder(undefined, typed), String(typed)).toBeUndefined();
    expect(siblingSlug(undefined, 'en')).toBeUndefined();
  });
});

describe('reading what the configuration and the other file give', () => {
  it('keeps well-formed languages and drops malformed ones, so the field stays editable', () => {
    const en = { collection: 'offer-texts-en', file: 'en', label: 'English' };
    expect(readOtherLanguages([en, { collection: 'x', file: 1, label: 'y' }, null, 'ru'])).toEqual([en]);
    expect(readOtherLanguages(undefined)).toEqual([]);
    expect(readOtherLanguages({ en })).toEqual([]);
  });

  it('shows only text that has something in it', () => {
    expect(textOf({ title: 'Beach' }, 'title')).toBe('Beach');
    expect(textOf({ title: '  ' }, 'title')).toBeUndefined();
    expect(textOf({ title: 5 }, 'title')).toBeUndefined();
    expect(textOf(undefined, 'title')).toBeUndefined();
  });

  it('asks before replacing words already typed, not before filling an empty field', () => {
    expect(wouldReplaceText('Жағажай')).toBe(true);
    expect(wouldReplaceText(' \n')).toBe(false);
    expect(wouldReplaceText(undefined)).toBe(false);
  });

  it('names a wrapping widget only for the widgets it wraps', () => {
    expect(widgetWithOtherLanguages('string')).toBe('string-with-other-languages');
    expect(widgetWithOtherLanguages('markdown')).toBe('markdown-with-other-languages');
    expect(widgetWithOtherLanguages('select')).toBeUndefined();
  });
});
