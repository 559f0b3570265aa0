import { isBidding } from '../rules/acquisition.ts';
import type { OfferStatus } from '../../schemas/index.ts';

/** A bid date this many days ahead, or fewer, is "near": two weeks to check the lot, the link and the deposit. */
export const NEAR_DAYS = 14;

/** What the procedure is called in a message: `at-tender` → `tender`. */
export function procedureOf(status: string): string {
  return status.replace(/^at-/, '');
}

/** Whole days from `from` to `to` (both YYYY-MM-DD, read as UTC days); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type BidDateState = { state: 'passed'; daysAgo: number } | { state: 'near'; daysLeft: number };

/**
 * Whether an offer's bid date needs an official: `passed` when it is before today (the result must be entered),
 * `near` from today up to NEAR_DAYS ahead (the bidding happens today counts as near, not passed: it is still on).
 * Nothing for an offer that is not open for bids or has no date.
 */
export function bidDateState(status: string, date: string | undefined, today: string, nearDays = NEAR_DAYS): BidDateState | undefined {
  // Which statuses take bids is the acquisition rules' decision (src/lib/rules/acquisition.ts), not the report's.
  if (!isBidding(status as OfferStatus) || date === undefined) return undefined;
  const days = daysBetween(today, date);
  if (days < 0) return { state: 'passed', daysAgo: -days };
  if (days <= nearDays) return { state: 'near', daysLeft: days };
  return undefined;
}
