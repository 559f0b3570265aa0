// The words of the editor's "other languages" aid (otherLanguages.ts) as an official reads them beside a field:
// the panel title, the copy button and its accessible name, and the question before their own text is replaced.
// The widget that shows them runs only in the browser editor; the words are plain functions, tested here.
import { describe, expect, it } from 'vitest';
import { aidWordsFor } from '../../src/lib/cms/otherLanguages.ts';

describe('the words of the other-languages aid', () => {
  it('speaks Russian on the Russian editor page', () => {
    const words = aidWordsFor('ru');
    expect(words.panel('Заголовок')).toBe('Другие языки: Заголовок');
    expect(words.copy('English')).toBe('Скопировать English сюда');
    expect(words.copyInto('English', 'Заголовок')).toBe('Скопировать English в поле Заголовок');
    expect(words.replace('Заголовок', 'English')).toBe('Заменить текст в поле «Заголовок» текстом (English)?');
  });

  it('speaks Kazakh on the Kazakh editor page', () => {
    const words = aidWordsFor('kk');
    expect(words.panel('Тақырып')).toBe('Басқа тілдер: Тақырып');
    expect(words.copy('Русский')).toBe('Русский мәтінін осында көшіру');
    expect(words.copyInto('Русский', 'Тақырып')).toBe('Русский мәтінін Тақырып өрісіне көшіру');
    expect(words.replace('Тақырып', 'Русский')).toBe('«Тақырып» өрісіндегі мәтін Русский мәтінімен ауыстырылсын ба?');
    expect(words.show).toBe('Көрсету');
  });

  it('speaks English on the English editor page', () => {
    const words = aidWordsFor('en');
    expect(words.panel('Title')).toBe('Other languages: Title');
    expect(words.copy('Қазақша')).toBe('Copy Қазақша here');
    expect(words.copyInto('Қазақша', 'Title')).toBe('Copy Қазақша into Title');
    expect(words.replace('Title', 'Қазақша')).toBe('Replace the text in “Title” with the Қазақша text?');
    expect(words.show).toBe('Show');
  });

  it('falls back to Russian, the officials’ working language, for a page without a known language', () => {
    for (const lang of [undefined, '', 'de', 'KK']) expect(aidWordsFor(lang).show, String(lang)).toBe('Показать');
  });
});
