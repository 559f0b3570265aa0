import type { Lang } from '../../schemas/index.ts';
import type { Catalog } from './buildCatalog.ts';
import { toContactView, type ContactView } from './toContactView.ts';

/** A support programme as the invest page describes it. */
export interface IncentiveView {
  id: string;
  name: string;
  summary: string;
  legalBasis: string;
  url: string | undefined;
  /** The link's host name, shown as its text. */
  urlHost: string | undefined;
}

/** The invest page: support programmes and every contact person. */
export interface InvestView {
  incentives: IncentiveView[];
  contacts: ContactView[];
}

/** The invest page in `lang`. */
export function toInvestView(catalog: Pick<Catalog, 'incentives' | 'contacts'>, lang: Lang): InvestView {
  return {
    incentives: catalog.incentives.map((i) => ({
      id: i.id,
      name: i.name[lang],
      summary: i.summary[lang],
      legalBasis: i.legalBasis[lang],
      url: i.url,
      urlHost: i.url === undefined ? undefined : new URL(i.url).hostname,
    })),
    contacts: catalog.contacts.map((c) => toContactView(c, lang)),
  };
}
