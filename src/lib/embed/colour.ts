/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1…21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * How a partner's accent is used: always for decoration (the card's top stripe), and for
 * link text only when it stays readable on white (4.5:1); otherwise links keep our colour.
 */
export function accentUsage(accent: string): { stripe: string; text: string | undefined } {
  return { stripe: accent, text: contrastRatio(accent, '#ffffff') >= 4.5 ? accent : undefined };
}
