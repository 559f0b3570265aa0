// Which support programmes an offer may qualify for, computed from each programme's eligibility rules
// in content/incentives.yaml, so the list on an offer page cannot drift from the rules. A threshold in
// monthly calculation indices (MCI) is converted with the MCI of the build year (content/mci.yaml).
import type { Incentive, LegalSource, Mci, OfferFacts } from '../../schemas/index.ts';

/** Why an offer does not qualify, one reason per failed rule. */
export type IneligibleReason = 'kind' | 'right' | 'grantor' | 'segment' | 'investment-below' | 'investment-unknown' | 'mci-unknown';

/** The minimum investment that applies to one offer. */
export interface AppliedThreshold {
  mci: number;
  /** In tenge at the MCI of `year`; undefined when no MCI is known for it. */
  kzt: number | undefined;
  year: number;
  source: LegalSource;
}

export interface IncentiveCheck {
  incentive: Incentive;
  eligible: boolean;
  reasons: IneligibleReason[];
  threshold: AppliedThreshold | undefined;
}

type EligibilityFacts = Pick<OfferFacts, 'kind' | 'district' | 'segments' | 'investmentKzt'> & {
  right: Pick<OfferFacts['right'], 'type'>;
  acquisition: Pick<OfferFacts['acquisition'], 'grantor'>;
};

/** The MCI of `year`, or of the latest year before it when that year's value is not in content yet. */
export function mciForYear(year: number, values: readonly Mci[]): Mci | undefined {
  return [...values].filter((m) => m.year <= year).sort((a, b) => b.year - a.year)[0];
}

/** Tests one offer against one programme's rules. */
export function checkIncentive(offer: EligibilityFacts, incentive: Incentive, mci: Mci | undefined, year: number): IncentiveCheck {
  const rules = incentive.eligibility;
  const reasons: IneligibleReason[] = [];
  if (rules.kinds && !rules.kinds.includes(offer.kind)) reasons.push('kind');
  if (rules.rights && !rules.rights.includes(offer.right.type)) reasons.push('right');
  if (rules.grantors && !rules.grantors.includes(offer.acquisition.grantor)) reasons.push('grantor');
  if (rules.segments && !offer.segments.some((s) => rules.segments?.includes(s))) reasons.push('segment');
  let threshold: AppliedThreshold | undefined;
  const rule =
    rules.minInvestment?.find((t) => t.districts?.includes(offer.district)) ?? rules.minInvestment?.find((t) => t.districts === undefined);
  if (rule) {
    threshold = {
      mci: rule.mci,
      kzt: mci === undefined ? undefined : rule.mci * mci.valueKzt,
      year: mci?.year ?? year,
      source: rule.source,
    };
    if (threshold.kzt === undefined) reasons.push('mci-unknown');
    else if (offer.investmentKzt === undefined) reasons.push('investment-unknown');
    else if (offer.investmentKzt < threshold.kzt) reasons.push('investment-below');
  }
  return { incentive, eligible: reasons.length === 0, reasons, threshold };
}

/** The programmes the offer may qualify for, in the order of content/incentives.yaml. */
export function eligibleIncentives(
  offer: EligibilityFacts,
  incentives: readonly Incentive[],
  mci: Mci | undefined,
  year: number,
): IncentiveCheck[] {
  return incentives.map((i) => checkIncentive(offer, i, mci, year)).filter((c) => c.eligible);
}

/** Plain English for the checker: why a hand-listed programme does not apply. */
export function explainIneligible(check: IncentiveCheck): string {
  const t = check.threshold;
  const parts = check.reasons.map((reason): string => {
    switch (reason) {
      case 'kind':
        return 'the programme is not for this kind of offer';
      case 'right':
        return 'the programme is not for this right';
      case 'grantor':
        return 'the programme is not for land or property granted this way';
      case 'segment':
        return 'none of the offer’s segments is an eligible activity';
      case 'investment-below':
        return `the estimated investment is below the minimum of ${t?.mci.toLocaleString('en')} MCI (${t?.kzt?.toLocaleString('en')} tenge in ${t?.year})`;
      case 'investment-unknown':
        return `the programme needs at least ${t?.mci.toLocaleString('en')} MCI of investment and the offer gives no \`investmentKzt\``;
      default:
        return 'content/mci.yaml has no MCI value for this year, so the minimum cannot be converted to tenge';
    }
  });
  return parts.join('; ');
}
