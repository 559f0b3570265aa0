import type { Contact, Lang } from '../../schemas/index.ts';
import { LANGUAGE_NAMES } from '../../schemas/langs.ts';

/** A contact person as one language shows them: on an offer page and on the invest page. */
export interface ContactView {
  id: string;
  name: string;
  role: string;
  organisation: string;
  phone: string | undefined;
  email: string | undefined;
  /** WhatsApp number and Telegram username, when the officer answers there (the ask links use them). */
  whatsapp: string | undefined;
  telegram: string | undefined;
  /** "English, Русский": the languages they speak, each named in itself. */
  languages: string;
  /** `tel:` link with only the digits and the plus sign, when there is a phone. */
  phoneHref: string | undefined;
}

/** The contact as `lang` shows it. */
export function toContactView(contact: Contact, lang: Lang): ContactView {
  return {
    id: contact.id,
    name: contact.name[lang],
    role: contact.role[lang],
    organisation: contact.organisation[lang],
    phone: contact.phone,
    email: contact.email,
    whatsapp: contact.whatsapp,
    telegram: contact.telegram,
    languages: contact.languages.map((l) => LANGUAGE_NAMES[l]).join(', '),
    phoneHref: contact.phone === undefined ? undefined : `tel:${contact.phone.replace(/[^+\d]/g, '')}`,
  };
}
