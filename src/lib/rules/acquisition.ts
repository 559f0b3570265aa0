// Who grants a right decides how it is acquired. This table is the one place that says so: the
// schema refuses an offer that contradicts it, the checker adds the cross-file rules (the contact
// must work for the body that grants the right), and the offer view takes its wording from it.
// Each rule's source (act and article, or "not verified") is listed in content/docs/legal-sources.md.
import type { ContactBody } from '../../schemas/contact.ts';
import type { AcquisitionRoute, Grantor, OfferKind, OfferStatus, Right } from '../../schemas/offer.ts';

export interface GrantorRule {
  /** Routes this grantor uses, each with the rights it can hand over. */
  routes: Partial<Record<AcquisitionRoute, readonly Right[]>>;
  /** Bodies whose officers may be the offer's contact. */
  contactBodies: readonly ContactBody[];
  /** Land categories the grantor's land can be in; undefined when any. */
  landCategories?: readonly string[];
  /** Longest term the grantor can give, years. */
  maxTermYears?: number;
  /** False when nobody has verified that companies with foreign participation may take part. */
  foreignParticipationVerified: boolean;
}

export const GRANTOR_RULES: Record<Grantor, GrantorRule> = {
  // Land Code as amended by Law No. 59-VII of 30.06.2021: state plots and lease rights are sold only at auctions (e-auction on gosreestr.kz).
  'akimat-land': {
    routes: { auction: ['lease', 'ownership'] },
    contactBodies: ['akimat', 'regional-akimat'],
    maxTermYears: 49,
    foreignParticipationVerified: true,
  },
  // Law on Specially Protected Natural Territories: recreation-zone plots are given for long-term (up to 49 years)
  // or short-term use by competition held by the park's authorised body; not sold, and not leased by the akimat.
  'national-park': {
    routes: { competition: ['park-land-use'] },
    contactBodies: ['national-park'],
    landCategories: ['protected-recreational'],
    maxTermYears: 49,
    // DOMAIN.md: whether foreign-participation companies may take part in a park's competition is not verified.
    foreignParticipationVerified: false,
  },
  // Communal buildings: property lease or trust management by tender (Decree 1140), sale by privatisation auction (Decree 920).
  'communal-property': {
    routes: { tender: ['property-lease', 'trust-management'], auction: ['ownership'] },
    contactBodies: ['akimat', 'regional-akimat'],
    foreignParticipationVerified: true,
  },
  // PPP law: a private partner is chosen by competition or by direct negotiations.
  ppp: {
    routes: { competition: ['ppp'], negotiation: ['ppp'] },
    contactBodies: ['akimat', 'regional-akimat'],
    foreignParticipationVerified: true,
  },
  // A private owner sells or lets as it likes.
  'private-owner': {
    routes: { 'direct-sale': ['ownership'], negotiation: ['ownership', 'property-lease', 'trust-management'] },
    contactBodies: ['akimat', 'regional-akimat', 'owner'],
    foreignParticipationVerified: true,
  },
};

/**
 * What the site may say about companies with foreign participation: `yes` or `no` as content says, or
 * `unverified` when content says yes but the grantor's rules have not been verified for it.
 */
export function foreignEligibility(offer: {
  right: { foreignOwnedEligible: boolean };
  acquisition: { grantor: Grantor };
}): 'yes' | 'no' | 'unverified' {
  if (!offer.right.foreignOwnedEligible) return 'no';
  return GRANTOR_RULES[offer.acquisition.grantor].foreignParticipationVerified ? 'yes' : 'unverified';
}

/** The status an offer has while bids are open on each route; a route without bidding has none. */
export const BIDDING_STATUS: Partial<Record<AcquisitionRoute, OfferStatus>> = {
  auction: 'at-auction',
  tender: 'at-tender',
  competition: 'at-competition',
};

/** Statuses that mean "bids are being taken until a date". */
export const BIDDING_STATUSES: readonly OfferStatus[] = ['at-auction', 'at-tender', 'at-competition'];

export const isBidding = (status: OfferStatus): boolean => BIDDING_STATUSES.includes(status);

/** Rights on land itself; a building is let by property lease, not by a land-lease right. */
const LAND_RIGHTS: readonly Right[] = ['lease', 'park-land-use'];

/** The facts the acquisition rules read. */
export interface AcquisitionFacts {
  kind: OfferKind;
  status: OfferStatus;
  land: { category: string };
  right: { type: Right; termYears?: number | undefined };
  acquisition: { grantor: Grantor; route: AcquisitionRoute; date?: string | undefined; lotUrl?: string | undefined };
}

/** A broken rule: where in facts.yaml, and what to write instead. */
export interface RuleProblem {
  path: Array<string | number>;
  message: string;
}

const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(' or ');

/** Every way the offer's right, route, status and dates contradict who grants the right. */
export function acquisitionProblems(offer: AcquisitionFacts): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const { grantor, route } = offer.acquisition;
  const rule = GRANTOR_RULES[grantor];
  const rights = rule.routes[route];
  if (!rights) {
    const routes = Object.keys(rule.routes);
    problems.push({
      path: ['acquisition', 'route'],
      message:
        grantor === 'national-park'
          ? `national-park land is not sold or leased at an akimat's ${route}: the park's authorised body gives recreation-zone plots for use by competition. Write \`route: competition\` and \`right: { type: park-land-use, … }\``
          : `a right granted by \`${grantor}\` is not acquired by \`${route}\`: write \`route: ${routes.join('` or `route: ')}\``,
    });
  } else if (!rights.includes(offer.right.type)) {
    problems.push({
      path: ['right', 'type'],
      message: `\`${grantor}\` does not give \`${offer.right.type}\` by ${route}: write \`type: ${rights.join('` or `type: ')}\``,
    });
  }
  if (offer.kind === 'infrastructure' && offer.right.type === 'lease') {
    problems.push({
      path: ['right', 'type'],
      message: 'a building is let by property lease, not by a land-lease right: write `type: property-lease`',
    });
  }
  if (offer.kind === 'land-plot' && !LAND_RIGHTS.includes(offer.right.type) && offer.right.type !== 'ownership') {
    problems.push({
      path: ['right', 'type'],
      message: `a land plot is offered as ${list([...LAND_RIGHTS, 'ownership'])}, not as \`${offer.right.type}\``,
    });
  }
  if (rule.landCategories && !rule.landCategories.includes(offer.land.category)) {
    problems.push({
      path: ['land', 'category'],
      message: `land granted by \`${grantor}\` is in the category ${list(rule.landCategories)}: check \`grantor\` or \`category\``,
    });
  }
  if (rule.maxTermYears !== undefined && (offer.right.termYears ?? 0) > rule.maxTermYears) {
    problems.push({
      path: ['right', 'termYears'],
      message: `\`${grantor}\` gives a right for at most ${rule.maxTermYears} years: write a term of ${rule.maxTermYears} or less`,
    });
  }
  if (isBidding(offer.status)) {
    const expected = BIDDING_STATUS[route];
    if (offer.status !== expected) {
      problems.push({
        path: ['status'],
        message: expected
          ? `the route is ${route}, so bids are taken "${expected}", not "${offer.status}": write \`status: ${expected}\``
          : `the route \`${route}\` takes no bids, so the status cannot be \`${offer.status}\`: write \`status: available\` or \`under-negotiation\``,
      });
    }
    if (offer.acquisition.date === undefined) {
      problems.push({
        path: ['acquisition', 'date'],
        message: `give the date bids close for the ${route}, e.g. \`date: 2026-12-17\`, or change the status`,
      });
    }
  }
  if (offer.acquisition.lotUrl !== undefined && !isSpecificLotUrl(offer.acquisition.lotUrl)) {
    problems.push({
      path: ['acquisition', 'lotUrl'],
      message:
        'the link points at a portal home page, not at the lot: paste the address of the lot itself (it ends in the lot number), or delete the line until the lot is published',
    });
  }
  return problems;
}

/** A lot link must name something on the portal: a path beyond "/" or a query. */
export function isSpecificLotUrl(url: string): boolean {
  const parsed = new URL(url);
  return parsed.pathname.replace(/\/+$/, '') !== '' || parsed.search !== '';
}

/** Where a bid date stands on `today`: undefined when the offer takes no bids. */
export function bidDateState(offer: Pick<AcquisitionFacts, 'status' | 'acquisition'>, today: string): 'upcoming' | 'passed' | undefined {
  if (!isBidding(offer.status) || offer.acquisition.date === undefined) return undefined;
  return offer.acquisition.date < today ? 'passed' : 'upcoming';
}
