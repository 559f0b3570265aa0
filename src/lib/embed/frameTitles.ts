import type { Lang } from '../../schemas/langs.ts';

/**
 * Accessible names of the iframes the loader makes. Copied here (and checked against
 * src/i18n by a unit test) so the loader does not bundle every UI string.
 */
export const FRAME_TITLES: Record<Lang, { list: string; card: string }> = {
  en: { list: 'Tourism investment offers in the Karaganda region', card: 'Tourism investment offer in the Karaganda region' },
  ru: {
    list: 'Инвестиционные предложения в сфере туризма в Карагандинской области',
    card: 'Инвестиционное предложение в сфере туризма в Карагандинской области',
  },
  kk: {
    list: 'Қарағанды облысының туризм саласындағы инвестициялық ұсыныстары',
    card: 'Қарағанды облысының туризм саласындағы инвестициялық ұсынысы',
  },
};
