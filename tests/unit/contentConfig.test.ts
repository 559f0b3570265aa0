import { describe, expect, it, vi } from 'vitest';
import { CONTENT_LAYOUT } from '../../src/lib/content/layout.ts';

// astro:content exists only inside Astro; defineCollection only returns its argument, so a stand-in does too.
vi.mock('astro:content', () => ({ defineCollection: <T>(config: T) => config }));
const { collections } = await import('../../src/content.config.ts');

describe('the Astro collections built from the content layout', () => {
  it("are the ten collections the pages read: the seven from before, the MCI values, the grantors' sources and the exchange rates", () => {
    expect(Object.keys(collections).sort()).toEqual([
      'contacts',
      'districtTexts',
      'districts',
      'exchangeRates',
      'grantors',
      'incentives',
      'mci',
      'offerTexts',
      'offers',
      'places',
    ]);
  });

  it('wire each collection to its schema from the layout', () => {
    expect(collections.offers.schema).toBe(CONTENT_LAYOUT.offers.factsSchema);
    expect(collections.offerTexts.schema).toBe(CONTENT_LAYOUT.offers.textSchema);
    expect(collections.districts.schema).toBe(CONTENT_LAYOUT.districts.factsSchema);
    expect(collections.districtTexts.schema).toBe(CONTENT_LAYOUT.districts.textSchema);
    expect(collections.places.schema).toBe(CONTENT_LAYOUT.places.schema);
  });

  it('load folders with the glob loader and lists with the file loader', () => {
    expect(collections.offers.loader.name).toBe('glob-loader');
    expect(collections.districtTexts.loader.name).toBe('glob-loader');
    expect(collections.contacts.loader.name).toBe('file-loader');
  });
});
