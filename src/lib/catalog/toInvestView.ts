import { GRANTORS, type Grantor, type Lang } from '../../schemas/index.ts';
import { t } from '../../i18n/index.ts';
import { GRANTOR_RULES } from '../rules/acquisition.ts';
import type { Catalog } from './buildCatalog.ts';
import { toContactView, type ContactView } from './toContactView.ts';
import { routeKey, thresholdText, toSourceView, type SourceView } from './toOfferView.ts';

/** A support programme as the invest page describes it. */
export interface IncentiveView {
  id: string;
  name: string;
  summary: string;
  source: SourceView;
  /** Each minimum investment, with its own source. */
  thresholds: Array<{ text: string; source: SourceView }>;
}

/** One grantor's routes and the act they come from. */
export interface GrantorView {
  id: Grantor;
  label: string;
  routes: string[];
  source: SourceView | undefined;
}

/** The invest page: routes with their sources, support programmes and every contact person. */
export interface InvestView {
  grantors: GrantorView[];
  incentives: IncentiveView[];
  contacts: ContactView[];
}

/** The invest page in `lang`. */
export function toInvestView(catalog: Pick<Catalog, 'incentives' | 'contacts' | 'grantors' | 'mci'>, lang: Lang): InvestView {
  return {
    grantors: GRANTORS.map((id) => {
      const source = catalog.grantors.find((g) => g.id === id)?.source;
      return {
        id,
        label: t(lang, `grantor.${id}`),
        routes: Object.keys(GRANTOR_RULES[id].routes).map((route) =>
          t(lang, routeKey(id, route as keyof (typeof GRANTOR_RULES)[Grantor]['routes'])),
        ),
        source: source && toSourceView(source, lang),
      };
    }),
    incentives: catalog.incentives.map((i) => ({
      id: i.id,
      name: i.name[lang],
      summary: i.summary[lang],
      source: toSourceView(i.source, lang),
      thresholds: (i.eligibility.minInvestment ?? []).map((threshold) => ({
        text: thresholdText(
          { mci: threshold.mci, kzt: catalog.mci && threshold.mci * catalog.mci.valueKzt, year: catalog.mci?.year },
          lang,
        ),
        source: toSourceView(threshold.source, lang),
      })),
    })),
    contacts: catalog.contacts.map((c) => toContactView(c, lang)),
  };
}
