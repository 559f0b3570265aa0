import { describe, expect, it } from 'vitest';
import { formatDate, formatHectares, formatKm, formatKzt, formatKztCompact, formatMetres } from '../../src/lib/format.ts';

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
