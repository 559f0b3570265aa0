// Packs the compact offers into columns for /search/offers.json and unpacks them on the client.
import { UTILITY_FACETS, type CompactCatalog, type CompactCatalogFile, type CompactOffer } from './types.ts';

const mask = (values: readonly string[], all: readonly string[]) => values.reduce((m, v) => m | (1 << all.indexOf(v)), 0);
const unmask = <T extends string>(m: number, all: readonly T[]) => all.filter((_, i) => m & (1 << i));

export function packCatalog(catalog: CompactCatalog): CompactCatalogFile {
  const { options, offers } = catalog;
  const index = (facet: 'kind' | 'district' | 'status' | 'right') => offers.map((o) => options[facet].indexOf(o[facet]));
  return {
    version: 4,
    options,
    id: offers.map((o) => o.id),
    kind: index('kind'),
    district: index('district'),
    status: index('status'),
    segment: offers.map((o) => mask(o.segment, options.segment)),
    right: index('right'),
    foreign: offers.map((o) => (o.foreign ? 1 : 0)),
    util: offers.map((o) => mask(o.util, UTILITY_FACETS)),
    area: offers.map((o) => o.area),
    price: offers.map((o) => o.price),
    rent: offers.map((o) => o.rent),
    inv: offers.map((o) => o.inv),
    published: offers.map((o) => o.published),
    lat: offers.map((o) => o.lat),
    lon: offers.map((o) => o.lon),
  };
}

export function unpackCatalog(file: CompactCatalogFile): CompactCatalog {
  const { options } = file;
  const offers: CompactOffer[] = file.id.map((id, i) => ({
    id,
    kind: options.kind[file.kind[i]!]!,
    district: options.district[file.district[i]!]!,
    status: options.status[file.status[i]!]!,
    segment: unmask(file.segment[i]!, options.segment),
    right: options.right[file.right[i]!]!,
    foreign: file.foreign[i] === 1,
    util: unmask(file.util[i]!, UTILITY_FACETS),
    area: file.area[i]!,
    price: file.price[i] ?? null,
    rent: file.rent[i] ?? null,
    inv: file.inv[i] ?? null,
    published: file.published[i]!,
    lat: file.lat[i]!,
    lon: file.lon[i]!,
  }));
  return { options, offers };
}
