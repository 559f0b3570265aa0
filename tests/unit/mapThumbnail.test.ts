import { describe, expect, it } from 'vitest';
import { toOfferView } from '../../src/lib/catalog/toOfferView.ts';
import { haversineKm } from '../../src/lib/geo/distance.ts';
import lake from '../../src/data/geo/lake-balkhash.geojson.ts';
import { loadVectorBase } from '../../src/lib/map/loadVectorBase.ts';
import {
  locationThumbnailSvg,
  thumbnailProjector,
  scaleBar,
  THUMBNAIL_HEIGHT,
  THUMBNAIL_WIDTH,
} from '../../src/lib/map/locationThumbnail.ts';
import { nearestSettlement, offerThumbnailInput, thumbnailAlt, thumbnailAltFromView } from '../../src/lib/map/offerThumbnail.ts';
import { offerThumbnailPath } from '../../src/lib/embed/paths.ts';
import { t } from '../../src/i18n/index.ts';
import { formatKm } from '../../src/lib/format.ts';
import { buildMapData, mapHubs, toMapOffer } from '../../src/lib/map/mapData.ts';
import { RICH_FIXTURE, fixtureCatalog } from './helpers.ts';

const catalog = fixtureCatalog(RICH_FIXTURE);
const base = loadVectorBase();
const SETTLEMENTS = new Set(['city', 'town', 'village']);

describe('the static location thumbnail of an offer', () => {
  it('has offers to draw', () => {
    expect(catalog.offers).toHaveLength(8);
  });

  for (const offer of catalog.offers) {
    it(`draws ${offer.id} with its title, its nearest town and the distance to it`, () => {
      const input = offerThumbnailInput(offer, catalog.places, base, lake.coordinates);
      const svg = locationThumbnailSvg(input);
      // Nearest settlement, found here independently among the places the offer is measured to.
      const town = catalog.places
        .filter((p) => SETTLEMENTS.has(p.type) && offer.distances.some((d) => d.placeId === p.id))
        .sort((a, b) => haversineKm(offer.facts.location, a) - haversineKm(offer.facts.location, b))[0]!;
      const km = haversineKm(offer.facts.location, town);
      const shown = km < 10 ? (Math.round(km * 10) / 10).toString() : Math.round(km).toLocaleString('en-GB');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain(`<title id="t">Location of ${offer.texts.en!.title.replace(/&/g, '&amp;')}</title>`);
      expect(svg).toContain(town.name.en);
      expect(svg).toContain(`${shown} km`);
      expect(svg).toContain(`width="${THUMBNAIL_WIDTH}" height="${THUMBNAIL_HEIGHT}"`);
      expect(svg.length).toBeLessThan(9_000);
      // The point sits inside the picture, away from the edges.
      const [x, y] = thumbnailProjector(input).project(offer.facts.location.lon, offer.facts.location.lat);
      expect(x).toBeGreaterThan(20);
      expect(x).toBeLessThan(THUMBNAIL_WIDTH - 20);
      expect(y).toBeGreaterThan(20);
      expect(y).toBeLessThan(THUMBNAIL_HEIGHT - 20);
    });
  }

  it('draws Lake Balkhash on thumbnails of shore offers and not on Karkaraly ones', () => {
    const shore = catalog.offers.find((o) => o.id === 'balkhash-city-shore-plot')!;
    const hills = catalog.offers.find((o) => o.id === 'karkaraly-kent-camping')!;
    expect(locationThumbnailSvg(offerThumbnailInput(shore, catalog.places, base, lake.coordinates))).toContain('fill="#a9cfe0"');
    expect(locationThumbnailSvg(offerThumbnailInput(hills, catalog.places, base, lake.coordinates))).not.toContain('fill="#a9cfe0"');
  });

  it('draws the boundary when the content gives one', () => {
    const withBoundary = catalog.offers.find((o) => o.facts.boundary)!;
    const without = catalog.offers.find((o) => !o.facts.boundary)!;
    const count = (svg: string) => (svg.match(/fill-opacity="0.12"/g) ?? []).length;
    expect(count(locationThumbnailSvg(offerThumbnailInput(withBoundary, catalog.places, base, lake.coordinates)))).toBe(1);
    expect(count(locationThumbnailSvg(offerThumbnailInput(without, catalog.places, base, lake.coordinates)))).toBe(0);
  });

  it('chooses a round scale bar no longer than asked', () => {
    const offer = catalog.offers[0]!;
    const p = thumbnailProjector(offerThumbnailInput(offer, catalog.places, base, lake.coordinates));
    const bar = scaleBar(p, offer.facts.location.lat, 72);
    expect([0.5, 1, 2, 5, 10, 20, 50, 100]).toContain(bar.km);
    expect(bar.px).toBeLessThanOrEqual(72);
    expect(bar.px).toBeGreaterThan(72 / 2.5 - 1);
  });

  it('writes translated alt text with the place name in that language', () => {
    const offer = catalog.offers.find((o) => o.id === 'karkaraly-shaitankol-trailhead-glamping')!;
    const near = nearestSettlement(offer.distances, catalog.places)!;
    expect(near.place.id).toBe('karkaraly');
    expect(thumbnailAlt(offer, catalog.places, 'en')).toMatch(/^Location map of .+: \d+(\.\d)? km in a straight line from Karkaraly$/);
    expect(thumbnailAlt(offer, catalog.places, 'ru')).toContain('Каркаралинск');
    expect(thumbnailAlt(offer, catalog.places, 'kk')).toContain('Қарқаралы елді мекеніне дейін');
    const view = toOfferView(offer, 'kk', catalog);
    expect(thumbnailAltFromView(view, catalog.places)).toBe(thumbnailAlt(offer, catalog.places, 'kk'));
  });

  it('draws a picture per language: names, distance, scale and title in that language, at its own address', () => {
    const offer = catalog.offers.find((o) => o.id === 'karkaraly-shaitankol-trailhead-glamping')!;
    const near = nearestSettlement(offer.distances, catalog.places)!;
    const svgs = Object.fromEntries(
      (['en', 'ru', 'kk'] as const).map((lang) => [
        lang,
        locationThumbnailSvg(offerThumbnailInput(offer, catalog.places, base, lake.coordinates, lang)),
      ]),
    );
    expect(svgs.en).toContain('>Karkaraly');
    expect(svgs.ru).toContain('>Каркаралинск');
    expect(svgs.kk).toContain('>Қарқаралы');
    for (const lang of ['ru', 'kk'] as const) {
      expect(svgs[lang]).not.toContain(' km<');
      expect(svgs[lang]).toMatch(/\d км</);
      expect(svgs[lang]).not.toContain('Karkaraly');
      expect(svgs[lang]).toContain(`<title id="t">${t(lang, 'map.thumbnail.title', { title: offer.texts[lang]!.title })}</title>`);
    }
    expect(svgs.ru).toContain(`<desc id="d">${thumbnailAlt(offer, catalog.places, 'ru')}</desc>`);
    expect(svgs.ru).toContain(`${formatKm(near.distance.straightKm, 'ru')}<`);
    expect(offerThumbnailPath(offer.id)).toBe(`/maps/offers/${offer.id}.svg`);
    expect(offerThumbnailPath(offer.id, 'en')).toBe(`/maps/offers/${offer.id}.svg`);
    expect(offerThumbnailPath(offer.id, 'kk')).toBe(`/maps/offers/${offer.id}.kk.svg`);
  });
});

describe('the data an offer map embeds', () => {
  it('carries the distances the view model formatted, not new ones', () => {
    const offer = catalog.offers.find((o) => o.facts.boundary)!;
    const view = toOfferView(offer, 'ru', catalog);
    const hubs = mapHubs(view, catalog.places);
    expect(hubs.map((h) => h.distance)).toEqual(view.distances.map((d) => d.straightLabel));
    expect(hubs.find((h) => h.id === 'karaganda-airport')?.type).toBe('airport');
    const data = buildMapData('offer', 'ru', [toMapOffer(view, true)], catalog.places, hubs);
    expect(data.offers[0]!.boundary).toEqual(offer.facts.boundary);
    expect(data.cluster).toBe(false);
    expect(data.places.every((p) => catalog.places.some((q) => q.name.ru === p.name))).toBe(true);
    expect(buildMapData('catalog', 'ru', [], catalog.places).cluster).toBe(true);
  });
});
