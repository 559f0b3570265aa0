/** Site-wide settings. Change them here, in one place. */
export const siteConfig = {
  /** Public address where dist/ is deployed; absolute URLs, the sitemap and feeds use it. Override with SITE_URL. */
  siteUrl: 'https://tourism-invest.karaganda.example',
  /**
   * While true, every page shows a notice that the offers are illustrative
   * demonstration data. Set it to false only when the real audit register
   * has replaced every demonstration offer.
   */
  illustrativeData: true,
  /** Months after an audit visit when an offer is flagged for re-verification. */
  staleAfterMonths: 12,
} as const;
