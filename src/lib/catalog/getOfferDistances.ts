import type { OfferFacts, Place } from '../../schemas/index.ts';
import { haversineKm } from '../geo/distance.ts';
import type { OfferDistance } from './types.ts';

/**
 * Distances from an offer to the places investors measure by: its nearest settlement, the
 * lake, park or landmark it lies at (when content names one), its area's centre, and every hub (airports, the regional centre) that is not the
 * centre of some other area. Sorted nearest first.
 */
export function getOfferDistances(
  facts: Pick<OfferFacts, 'location' | 'place' | 'namedLocation' | 'roadDistances'>,
  places: readonly Place[],
  districtCentre: string | undefined,
  otherCentres: readonly string[],
): OfferDistance[] {
  const wanted = places.filter(
    (p) => p.id === facts.place || p.id === facts.namedLocation || p.id === districtCentre || (p.hub && !otherCentres.includes(p.id)),
  );
  return wanted
    .map((p) => {
      const road = facts.roadDistances.find((r) => r.place === p.id)?.km;
      const d: OfferDistance = { placeId: p.id, straightKm: Math.round(haversineKm(facts.location, p) * 10) / 10 };
      if (road !== undefined) d.roadKm = road;
      return d;
    })
    .sort((a, b) => a.straightKm - b.straightKm);
}
