import { describe, expect, it } from 'vitest';
import { catalogToday } from '../../src/lib/today.ts';

describe('the one day the catalog, the checker, the import and the scaffolder use', () => {
  it('is CATALOG_TODAY when it is set', () => {
    expect(catalogToday({ CATALOG_TODAY: '2026-11-29' })).toBe('2026-11-29');
  });

  it('is the current UTC day when CATALOG_TODAY is not set or empty', () => {
    const now = new Date().toISOString().slice(0, 10);
    expect(catalogToday({})).toBe(now);
    expect(catalogToday({ CATALOG_TODAY: '' })).toBe(now);
  });

  it('refuses a CATALOG_TODAY that is not a YYYY-MM-DD day, naming the value', () => {
    for (const bad of ['29.11.2026', '2026-11', 'tomorrow', '2026-13-45'])
      expect(() => catalogToday({ CATALOG_TODAY: bad }), bad).toThrow(/CATALOG_TODAY must be a day written YYYY-MM-DD/);
  });
});
