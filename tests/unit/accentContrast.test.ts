// When a partner's accent colour may colour link text: WCAG 2 contrast on white, at the known 4.5:1 edge.
import { describe, expect, it } from 'vitest';
import { accentUsage, contrastRatio } from '../../src/lib/embed/colour.ts';

describe('contrast of an accent on white', () => {
  it('uses the linear part of the sRGB curve for very dark channels', () => {
    // 10/255 = 0.0392 lies below 0.04045: its luminance is 0.0392 / 12.92 = 0.00304, so (1.05) / (0.05304) = 19.80.
    expect(contrastRatio('#0a0a0a', '#ffffff')).toBeCloseTo(19.8, 2);
    expect(contrastRatio('#ffffff', '#0a0a0a')).toBeCloseTo(19.8, 2);
  });

  it('keeps #767676 for link text (4.54:1) and not #777777 (4.48:1)', () => {
    expect(accentUsage('#767676')).toEqual({ stripe: '#767676', text: '#767676' });
    expect(accentUsage('#777777')).toEqual({ stripe: '#777777', text: undefined });
  });
});
