// What the share pictures say, from the same view models the pages show (never from raw facts).
import lake from '../../data/geo/lake-balkhash.geojson.ts';
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/langs.ts';
import { KIND_COLOURS, STATUS_COLOURS } from '../../styles/palette.ts';
import type { Catalog } from '../catalog/buildCatalog.ts';
import type { OfferView } from '../catalog/toOfferView.ts';
import { loadVectorBase } from '../map/loadVectorBase.ts';
import { locationThumbnailSvg } from '../map/locationThumbnail.ts';
import { offerThumbnailInput } from '../map/offerThumbnail.ts';
import { ogDesignVersion } from './designVersion.ts';
import { type OgPicture, ogCacheKey, svgPicture } from './ogImageRender.ts';
import { type OgOfferInput, ogOfferSvg, ogSiteSvg } from './ogImageSvg.ts';

/** The map panel (500 × 574 above the notice) is drawn at half size and scaled ×2, so its 10 px labels read as 20 px. */
const MAP_W = 250;
const MAP_H = 287;

/**
 * An offer's share picture in the view's language. Its cache key is made from what the picture says
 * (texts, colours, the map's point, boundary and places) and the design version; the SVG itself, with
 * its location map, is made only when the cache does not hold the picture.
 */
export function offerOgPicture(view: OfferView, catalog: Pick<Catalog, 'offers' | 'places'>, illustrative: boolean): OgPicture {
  const lang = view.lang;
  const model = catalog.offers.find((o) => o.id === view.id);
  if (!model) throw new Error(`offer ${view.id}: not in the catalog`);
  const map = offerThumbnailInput(model, catalog.places, loadVectorBase(), lake.coordinates, lang);
  const place = view.namedLocationName ? `${view.namedLocationName}, ${view.placeName}` : view.placeName;
  const text: Omit<OgOfferInput, 'mapSvg'> = {
    siteName: t(lang, 'site.name'),
    kindLabel: view.kindLabel,
    kindColour: KIND_COLOURS[view.kind],
    statusLabel: view.statusLabel,
    statusColour: STATUS_COLOURS[view.status],
    title: view.title,
    facts: [
      { label: t(lang, 'offer.area'), value: view.areaLabel },
      { label: t(lang, 'offer.price'), value: view.priceLabel },
    ],
    placeLine: `${place} · ${view.districtName}`,
    illustrative: illustrative ? t(lang, 'meta.illustrative') : undefined,
  };
  // The lake and the country outline come from files the design version hashes; the scale label
  // depends only on the language.
  const { lake: _lake, country: _country, scaleLabel: _scaleLabel, ...mapFacts } = map;
  return {
    key: ogCacheKey('offer', ogDesignVersion(), lang, JSON.stringify(text), JSON.stringify(mapFacts)),
    svg: () => ogOfferSvg({ ...text, mapSvg: locationThumbnailSvg(map, MAP_W, MAP_H) }),
  };
}

/** The SVG of an offer's share picture (tests and the bench read it). */
export function offerOgSvg(view: OfferView, catalog: Pick<Catalog, 'offers' | 'places'>, illustrative: boolean): string {
  return offerOgPicture(view, catalog, illustrative).svg();
}

/** The site's share picture in one language, keyed on its SVG (cheap to make). */
export function siteOgPicture(lang: Lang, catalog: Pick<Catalog, 'districts'>, illustrative: boolean): OgPicture {
  return svgPicture(siteOgSvg(lang, catalog, illustrative));
}

/** The SVG of the site's share picture in one language. */
export function siteOgSvg(lang: Lang, catalog: Pick<Catalog, 'districts'>, illustrative: boolean): string {
  return ogSiteSvg({
    siteName: t(lang, 'site.name'),
    tagline: t(lang, 'site.tagline'),
    areas: catalog.districts.map((d) => d.facts.name[lang]).join(' · '),
    illustrative: illustrative ? t(lang, 'meta.illustrative') : undefined,
  });
}
