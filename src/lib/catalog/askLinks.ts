// "Ask about this offer": plain links (mailto:, tel:, WhatsApp, Telegram) built at build time, so
// they work without JavaScript. The message names the offer's id, because an akimat officer
// answering many investors finds the offer by its id in the register, not by its title.
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/langs.ts';

export interface AskInput {
  lang: Lang;
  offerId: string;
  title: string;
  /** Absolute address of the offer page in `lang`, so the officer can open exactly what the investor saw. */
  url: string;
  email?: string | undefined;
  phone?: string | undefined;
  whatsapp?: string | undefined;
  telegram?: string | undefined;
}

export interface AskLinks {
  email?: string;
  phone?: string;
  whatsapp?: string;
  telegram?: string;
}

/** Only the plus sign and digits: what `tel:` needs. */
const dialable = (phone: string) => phone.replace(/[^+\d]/g, '');

/** Subject and body of the message in the page language. */
export function askMessage(input: Pick<AskInput, 'lang' | 'offerId' | 'title' | 'url'>): { subject: string; body: string } {
  const params = { id: input.offerId, title: input.title, url: input.url };
  return { subject: t(input.lang, 'offer.ask.subject', params), body: t(input.lang, 'offer.ask.body', params) };
}

/** The links a contact allows; a channel the contact does not list gives no link. */
export function askLinks(input: AskInput): AskLinks {
  const { subject, body } = askMessage(input);
  const links: AskLinks = {};
  // encodeURIComponent, not URLSearchParams: the latter writes spaces as "+", which mail clients show literally.
  if (input.email) links.email = `mailto:${input.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  if (input.phone) links.phone = `tel:${dialable(input.phone)}`;
  // wa.me wants the number in international form with digits only, no plus, no spaces.
  if (input.whatsapp) links.whatsapp = `https://wa.me/${dialable(input.whatsapp).replace('+', '')}?text=${encodeURIComponent(body)}`;
  if (input.telegram) links.telegram = `https://t.me/${input.telegram}`;
  return links;
}
