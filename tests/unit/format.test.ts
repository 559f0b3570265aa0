import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatHectares,
  formatKm,
  formatKzt,
  formatKztCompact,
  formatMetres,
  formatMonth,
  formatNumber,
  formatSeason,
} from '../../src/lib/format.ts';

// ICU output differs slightly between versions, so spaces are normalised and only the essentials are pinned.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting per locale', () => {
  it('writes tenge with the ₸ sign and the locale grouping', () => {
    expect(plain(formatKzt(1_850_000, 'en'))).toBe('₸1,850,000');
    expect(plain(formatKzt(1_850_000, 'ru'))).toBe('1 850 000 ₸');
    expect(plain(formatKzt(1_850_000, 'kk'))).toBe('1 850 000 ₸');
  });

  it('shortens large amounts for cards in each language', () => {
    expect(plain(formatKztCompact(2_500_000_000, 'ru'))).toBe('2,5 млрд ₸');
    expect(plain(formatKztCompact(2_500_000_000, 'en'))).toMatch(/^₸2\.5\s?(bn|B)$/);
  });

  it('uses a decimal comma in Russian and Kazakh and always gives the unit', () => {
    expect(formatHectares(12.5, 'en')).toBe('12.5 ha');
    expect(formatHectares(12.5, 'ru')).toBe('12,5 га');
    expect(formatHectares(12.5, 'kk')).toBe('12,5 га');
  });

  it('rounds distances sensibly and switches from metres to kilometres', () => {
    expect(formatKm(4.46, 'en')).toBe('4.5 km');
    expect(formatKm(152.6, 'ru')).toBe('153 км');
    expect(formatMetres(900, 'en')).toBe('900 m');
    expect(formatMetres(2500, 'ru')).toBe('2,5 км');
  });

  it('writes dates in each language', () => {
    expect(formatDate('2026-07-16', 'en')).toBe('16 July 2026');
    expect(plain(formatDate('2026-07-16', 'ru'))).toBe('16 июля 2026 г.');
    expect(formatDate('2026-07-16', 'kk')).toContain('шілде');
  });
});

describe('formatting edges', () => {
  it('keeps as many decimals as asked and no more', () => {
    expect(formatNumber(1.23456, 'en')).toBe('1.23');
    expect(formatNumber(1.23456, 'en', 1)).toBe('1.2');
    expect(formatNumber(1.5, 'ru', 0)).toBe('2');
    expect(plain(formatNumber(12_345.5, 'kk'))).toBe('12 345,5');
  });

  it('shows tenths below 10 km and whole kilometres from 10 km', () => {
    expect(formatKm(9.94, 'en')).toBe('9.9 km');
    expect(formatKm(9.96, 'en')).toBe('10 km');
    expect(formatKm(10.46, 'en')).toBe('10 km');
    expect(formatKm(0.04, 'en')).toBe('0 km');
  });

  it('switches to kilometres at exactly 1,000 m', () => {
    expect(formatMetres(999, 'en')).toBe('999 m');
    expect(formatMetres(1000, 'en')).toBe('1 km');
    expect(formatMetres(12.6, 'ru')).toBe('13 м');
  });

  it('writes Kazakh dates by hand, with the attributive ending before a noun', () => {
    expect(formatDate('2026-05-19', 'kk')).toBe('2026 жылғы 19 мамыр');
    expect(formatDate('2026-05-19', 'kk', 'attributive')).toBe('2026 жылғы 19 мамырдағы');
    expect(formatDate('2026-12-01', 'kk', 'attributive')).toBe('2026 жылғы 1 желтоқсандағы');
    expect(formatDate('2026-01-31', 'en')).toBe('31 January 2026');
  });

  it('names every month of the year in its own place', () => {
    expect(formatMonth(1, 'en')).toBe('January');
    expect(formatMonth(12, 'en')).toBe('December');
    expect(formatMonth(12, 'ru')).toBe('декабрь');
    expect(formatMonth(1, 'kk')).toBe('қаңтар');
  });

  it('says "year-round" for twelve months, ignores impossible months and gives nothing for none', () => {
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(formatSeason(all, 'en')).toBe('year-round');
    expect(formatSeason(all, 'ru')).toBe('круглый год');
    expect(formatSeason([0, 13, 6.5, 6], 'en')).toBe('June');
    expect(formatSeason([], 'en')).toBe('');
    expect(formatSeason([0, 13], 'en')).toBe('');
    // Eleven months: one run from the month after the gap, across the new year.
    expect(formatSeason([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12], 'en')).toBe('December–October');
    expect(formatSeason([1, 12], 'en')).toBe('December, January');
    // Eleven real months and an impossible one are not the whole year.
    expect(formatSeason([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13], 'en')).toBe('January–November');
    expect(formatSeason([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0], 'en')).toBe('January–November');
    expect(formatSeason([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11.5], 'en')).toBe('January–November');
  });
});
