import { isBidding } from '../rules/acquisition.ts';
import { procedureOf } from './bidDate.ts';
import { UTILITY_KEYS, type OfferFacts } from '../../schemas/index.ts';

/** One fact an investor would look for and not find. `path` is where it goes in facts.yaml. */
export interface MissingFact {
  path: string[];
  what: string;
  fix: string;
}

/**
 * The facts an investor compares offers on and would miss, in the order they are listed in the report (the
 * list is also in scripts/report.md). Each is allowed by the schema, because an offer may honestly not know it
 * yet, so the checker is silent; the report reminds the officer to find it out.
 */
export function missingFacts(facts: OfferFacts): MissingFact[] {
  const missing: MissingFact[] = [];
  const add = (path: string[], what: string, fix: string) => missing.push({ path, what, fix });
  if (facts.price.basis === 'on-request' || facts.price.amountKzt === undefined)
    add(
      ['price'],
      'no price is published (price on request), so the offer drops out of price filters and sorting',
      'give `basis:` and `amountKzt:` when the price is known',
    );
  if (facts.investmentKzt === undefined)
    add(
      ['investmentKzt'],
      'no estimate of the total investment needed',
      'add `investmentKzt:` (tenge), even a rough estimate from the audit',
    );
  if (facts.kind === 'land-plot' && !facts.land.cadastralNumber)
    add(
      ['land', 'cadastralNumber'],
      'the land plot has no cadastral number, so an investor cannot look it up',
      'add `cadastralNumber:` from the land register',
    );
  if (isBidding(facts.status) && facts.acquisition.depositKzt === undefined)
    add(
      ['acquisition'],
      `the ${procedureOf(facts.status)} deposit (guarantee fee) is not given, so a bidder cannot plan the money`,
      'add `depositKzt:` as the lot notice sets it',
    );
  if (facts.photos.length === 0) add(['photos'], 'no photos', 'add photos of the site under `photos:` (file and alt text)');
  if (facts.documents.length === 0)
    add(
      ['documents'],
      'no documents (title, cadastral plan, audit report…)',
      'link at least the title document or the cadastral plan under `documents:`',
    );
  const noDistance = UTILITY_KEYS.filter((k) => facts.utilities[k].available && facts.utilities[k].distanceM === undefined);
  if (noDistance.length)
    add(
      ['utilities'],
      `no distance to the connection point for: ${noDistance.join(', ')}`,
      'give `distanceM:` for each (0 when it is on the site)',
    );
  const noCost = UTILITY_KEYS.filter((k) => (facts.utilities[k].distanceM ?? 0) > 0 && facts.utilities[k].connectionCostKzt === undefined);
  if (noCost.length)
    add(
      ['utilities'],
      `no connection cost for: ${noCost.join(', ')} (not on the site)`,
      'give `connectionCostKzt:` for each, from the technical conditions of the network (or an estimate for the access road)',
    );
  if (facts.roadDistances.length === 0)
    add(
      ['roadDistances'],
      'no road distances, so only straight-line distances are shown',
      'add `roadDistances:` to the nearest town, the regional centre and the airport',
    );
  return missing;
}
