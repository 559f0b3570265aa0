// What the static thumbnail and the interactive map are given, from small hand-made places and offers:
// the nearest town, the kind of mark each place gets, the title's language, boundaries and hubs.
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/schemas/index.ts';
import type { OfferModel } from '../../src/lib/catalog/buildCatalog.ts';
import type { OfferView } from '../../src/lib/catalog/toOfferView.ts';
import { nearestSettlement, offerThumbnailInput, thumbnailAlt, thumbnailAltFromView } from '../../src/lib/map/offerThumbnail.ts';
import { buildMapData, mapHubs, mapPlaces, toMapOffer } from '../../src/lib/map/mapData.ts';

function place(id: string, type: Place['type'], lat: number, lon: number): Place {
  return {
    id,
    type,
    lat,
    lon,
    name: { en: `${id} (en)`, ru: `${id} (ru)`, kk: `${id} (kk)` },
    hub: false,
    approximate: false,
    aliases: {},
  };
}

const TOWN = place('ortau', 'town', 49.1, 75.2);
const VILLAGE = place('akbulak', 'village', 49.2, 75.3);
const CITY = place('karaganda', 'city', 49.8, 73.1);
const AIRPORT = place('airfield', 'airport', 49.05, 75.15);
const LAKE = place('tasbulak', 'lake', 49.0, 75.0);
const PARK = place('park', 'park', 49.3, 75.4);
const PLACES = [TOWN, VILLAGE, CITY, AIRPORT, LAKE, PARK];

function offer(overrides: Partial<OfferModel> = {}): OfferModel {
  return {
    id: 'fixture-plot',
    texts: { en: { title: 'Fixture plot' }, ru: { title: 'Участок-образец' } },
    distances: [],
    facts: { kind: 'land-plot', status: 'available', location: { lat: 49.0, lon: 75.1 } },
    place: VILLAGE,
    ...overrides,
  } as unknown as OfferModel;
}

describe('the nearest settlement', () => {
  it('skips airports and lakes, however close, and places it does not know', () => {
    const near = nearestSettlement(
      [
        { placeId: 'airfield', straightKm: 1 },
        { placeId: 'tasbulak', straightKm: 2 },
        { placeId: 'nowhere', straightKm: 0.5 },
        { placeId: 'karaganda', straightKm: 150 },
        { placeId: 'ortau', straightKm: 12 },
      ],
      PLACES,
    );
    expect(near?.place.id).toBe('ortau');
    expect(near?.distance.straightKm).toBe(12);
  });

  it('keeps the first of two settlements at the same distance', () => {
    const near = nearestSettlement(
      [
        { placeId: 'ortau', straightKm: 12 },
        { placeId: 'akbulak', straightKm: 12 },
      ],
      PLACES,
    );
    expect(near?.place.id).toBe('ortau');
  });

  it('is missing when no settlement was measured', () => {
    expect(nearestSettlement([{ placeId: 'airfield', straightKm: 1 }], PLACES)).toBeUndefined();
  });
});

describe('the thumbnail input of an offer', () => {
  const measured = offer({
    distances: [
      { placeId: 'airfield', straightKm: 4.2 },
      { placeId: 'ortau', straightKm: 7.25 },
    ] as OfferModel['distances'],
  });

  it('names the nearest town with its distance, in the language asked', () => {
    const input = offerThumbnailInput(measured, PLACES, { country: [] } as never, [], 'ru');
    expect(input.town).toEqual({ name: 'ortau (ru)', lat: 49.1, lon: 75.2, distanceLabel: '7,3 км' });
    expect(input.title).toBe('Местоположение: Участок-образец');
    expect(input.point).toEqual({ lat: 49.0, lon: 75.1 });
    expect(input.boundary).toBeUndefined();
    expect(input.credit).toBe('Natural Earth · GSHHG (Wessel & Smith) LGPL-3.0');
    expect(input.scaleLabel?.(0.5)).toBe('0,5 км');
  });

  it('marks settlements, lakes, airports and other places each their own way', () => {
    const input = offerThumbnailInput(measured, PLACES, { country: [] } as never, []);
    expect(input.places).toEqual([
      { name: 'ortau (en)', lat: 49.1, lon: 75.2, type: 'settlement' },
      { name: 'akbulak (en)', lat: 49.2, lon: 75.3, type: 'settlement' },
      { name: 'karaganda (en)', lat: 49.8, lon: 73.1, type: 'settlement' },
      { name: 'airfield (en)', lat: 49.05, lon: 75.15, type: 'airport' },
      { name: 'tasbulak (en)', lat: 49.0, lon: 75.0, type: 'water' },
      { name: 'park (en)', lat: 49.3, lon: 75.4, type: 'other' },
    ]);
  });

  it('falls back to the offer’s own place, without a distance, when no settlement was measured', () => {
    const input = offerThumbnailInput(offer(), PLACES, { country: [] } as never, [], 'kk');
    expect(input.town).toEqual({ name: 'akbulak (kk)', lat: 49.2, lon: 75.3, distanceLabel: '' });
    // No Kazakh text: the title comes from English.
    expect(input.title).toContain('Fixture plot');
    expect(thumbnailAlt(offer(), PLACES, 'en')).toBe('Location map of Fixture plot');
  });

  it('uses the offer id as its title when it has no text at all', () => {
    const input = offerThumbnailInput(offer({ texts: {} }), PLACES, { country: [] } as never, []);
    expect(input.title).toBe('Location of fixture-plot');
    expect(thumbnailAlt(offer({ texts: {} }), PLACES, 'en')).toBe('Location map of fixture-plot');
  });

  it('writes the alt text from a view the same way', () => {
    expect(
      thumbnailAltFromView({ title: 'Fixture plot', lang: 'en', distances: [{ placeId: 'ortau', straightKm: 7.25 }] } as never, PLACES),
    ).toBe('Location map of Fixture plot: 7.3 km in a straight line from ortau (en)');
  });
});

describe('the data of an interactive map', () => {
  const view = {
    id: 'fixture-plot',
    lang: 'ru',
    textLang: 'ru',
    title: 'Участок-образец',
    url: '/ru/offers/fixture-plot/',
    location: { lat: 49.0, lon: 75.1 },
    kind: 'land-plot',
    status: 'available',
    areaLabel: '2 га',
    priceShort: '1 млн ₸/год',
    boundary: [
      [49.0, 75.1],
      [49.01, 75.1],
      [49.01, 75.11],
    ],
    distances: [
      { placeId: 'airfield', placeName: 'Аэродром', straightLabel: '4,2 км по прямой' },
      { placeId: 'gone', placeName: 'Нет', straightLabel: '1 км' },
      { placeId: 'karaganda', placeName: 'Караганда', straightLabel: '150 км по прямой' },
    ],
  } as unknown as OfferView;

  it('gives an offer its marker data, without the boundary unless asked', () => {
    expect(toMapOffer(view)).toEqual({
      id: 'fixture-plot',
      title: 'Участок-образец',
      lat: 49.0,
      lon: 75.1,
      kind: 'land-plot',
      status: 'available',
      area: '2 га',
      price: '1 млн ₸/год',
      url: '/ru/offers/fixture-plot/',
    });
    expect(toMapOffer(view, true).boundary).toEqual([
      [49.0, 75.1],
      [49.01, 75.1],
      [49.01, 75.11],
    ]);
    expect(toMapOffer({ ...view, boundary: undefined }, true)).not.toHaveProperty('boundary');
  });

  it('says in which language a title is when it is not the page’s', () => {
    expect(toMapOffer({ ...view, textLang: 'en', title: 'Fixture plot' }).titleLang).toBe('en');
    expect(toMapOffer(view)).not.toHaveProperty('titleLang');
  });

  it('labels only settlements, and marks villages as minor', () => {
    expect(mapPlaces(PLACES, 'kk')).toEqual([
      { name: 'ortau (kk)', lat: 49.1, lon: 75.2, major: true },
      { name: 'akbulak (kk)', lat: 49.2, lon: 75.3, major: false },
      { name: 'karaganda (kk)', lat: 49.8, lon: 73.1, major: true },
    ]);
  });

  it('draws the hubs the page measured to, airports as airports, and skips unknown ones', () => {
    expect(mapHubs(view, PLACES)).toEqual([
      { id: 'airfield', name: 'Аэродром', lat: 49.05, lon: 75.15, type: 'airport', distance: '4,2 км по прямой' },
      { id: 'karaganda', name: 'Караганда', lat: 49.8, lon: 73.1, type: 'city', distance: '150 км по прямой' },
    ]);
  });

  it('has no hubs unless given, and tile settings from the map config', () => {
    const data = buildMapData('district', 'en', [], PLACES);
    expect(data.hubs).toEqual([]);
    expect(data.cluster).toBe(true);
    expect(Object.keys(data.tiles).sort()).toEqual(['attribution', 'enabled', 'maxZoom', 'url']);
  });
});
