import { useTranslations } from '../../i18n/index.ts';
import type { OfferView } from '../../lib/catalog/toOfferView.ts';

/** The props of a part of the offer page that renders one offer's view. */
export interface OfferSectionProps {
  offer: OfferView;
}

/** The offer and the translations of its language: the opening every such part shares. */
export function offerSection({ offer }: OfferSectionProps) {
  return { offer, t: useTranslations(offer.lang) };
}
