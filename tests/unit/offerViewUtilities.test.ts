// What an investor reads about utilities, the price line, the right's term, the lot and the location on an
// offer page, from the good fixture's facts.yaml files; every expected value is written out by hand.
// No other unit test pinned these lines of the offer view (the mutation run of 2026-12-02 looked for them).
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { catalogInputFromTree } from '../../src/lib/content/catalogInput.ts';
import { check, fixtureCatalog, fixtureWith, replaceIn, TODAY } from './helpers.ts';

const catalog = fixtureCatalog();
const view = (id: string) => toOfferView(catalog.offers.find((o) => o.id === id)!, 'en', catalog);
const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');
const utilities = (id: string) => Object.fromEntries(view(id).utilities.map((u) => [u.key, [u.availableLabel, plain(u.details)]]));

describe('the utilities table', () => {
  it('gives capacity, distance, connection cost and time, and road surface of the glamping plot', () => {
    expect(utilities('shaitankol-glamping')).toEqual({
      power: ['Yes', '60 kW, 900 m away, connection about ₸9,500,000, 4 months'],
      water: ['No', '—'],
      sewage: ['No', '—'],
      heat: ['No', '—'],
      gas: ['No', '—'],
      internet: ['Yes', '20 Mbit/s, on site'],
      road: ['Yes', 'gravel, not passable all year, 300 m away'],
    });
  });

  it('says "on site" for a distance of zero, and names water capacity and an all-year road', () => {
    expect(utilities('balkhash-test-base')).toMatchObject({
      power: ['Yes', '120 kW, on site'],
      water: ['Yes', '40 m³/day, on site'],
      internet: ['Yes', '—'],
      road: ['Yes', 'asphalt, passable all year, on site'],
    });
  });
});

describe('the price line, the right and the location', () => {
  it('writes a yearly price with "a year" and its basis once, and a price on request as such', () => {
    const plot = view('shaitankol-glamping');
    expect(plain(plot.priceLabel)).toBe('₸1,850,000 a year');
    expect(plot.priceFactLabel).toBe('Annual lease');
    expect(plot.priceBasisLabel).toBe('Annual lease');
    expect(plot.termLabel).toBe('25 years');
    const base = view('balkhash-test-base');
    expect(base.priceLabel).toBe('On request');
    expect(base.priceShort).toBe('On request');
    expect(base.priceFactLabel).toBe('Price');
    expect(base.termLabel).toBe('10 years');
  });

  it('gives the coordinates to four decimals and a map link at them', () => {
    const plot = view('shaitankol-glamping');
    expect(plot.coordinatesLabel).toBe('49.4035, 75.4120');
    expect(plot.osmUrl).toBe('https://www.openstreetmap.org/?mlat=49.4035&mlon=75.412#map=14/49.4035/75.412');
  });
});

describe('the lot of an offer taking bids', () => {
  it('links the lot when content has it, and says the link will come while it has not', () => {
    expect(view('balkhash-test-base').lotPendingLabel).toBeUndefined();
    const dir = fixtureWith((d) =>
      replaceIn(d, 'offers/balkhash-test-base/facts.yaml', ', lotUrl: "https://gosreestr.example.kz/lot/1"', ''),
    );
    const withoutLot = buildCatalog(catalogInputFromTree(check(dir).tree, TODAY));
    const base = toOfferView(withoutLot.offers.find((o) => o.id === 'balkhash-test-base')!, 'en', withoutLot);
    expect(base.lotUrl).toBeUndefined();
    expect(base.lotPendingLabel).toBe('The link to the lot will be added here when the lot is published.');
    // A plot with no bidding date (a competition not yet announced) has no lot to wait for.
    expect(view('shaitankol-glamping').lotPendingLabel).toBeUndefined();
  });
});
