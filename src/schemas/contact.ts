import { z } from 'astro/zod';
import { LANGS, idSchema, localizedNameSchema, tooLong } from './common.ts';

/** Bodies an officer can work for: a district or city akimat, the regional akimat, a national park, an owner. */
export const CONTACT_BODIES = ['akimat', 'regional-akimat', 'national-park', 'owner'] as const;
export type ContactBody = (typeof CONTACT_BODIES)[number];

/** A named officer investors can call (content/contacts.yaml). */
export const contactSchema = z.strictObject({
  /** Id that offers use in `contact:`. */
  id: idSchema.describe('Id that offers use in `contact:`.'),
  /** Full name in each language. */
  name: localizedNameSchema.describe('Full name in each language.'),
  /** Job title in each language. */
  role: localizedNameSchema.describe('Job title in each language.'),
  /** The kind of body the officer works for; it decides which offers they may answer for (a national-park plot needs the park's officer). */
  body: z
    .enum(CONTACT_BODIES, { error: `must be one of: ${CONTACT_BODIES.join(', ')}` })
    .describe(
      "The kind of body the officer works for; it decides which offers they may answer for (a national-park plot needs the park's officer).",
    ),
  /** Organisation in each language. */
  organisation: localizedNameSchema.describe('Organisation in each language.'),
  /** Phone in international form, e.g. +7 7212 00 00 00. */
  phone: z
    .string()
    .regex(/^\+[0-9 ()-]{7,20}$/, { error: 'must be an international number starting with +, e.g. +7 7212 00 00 00' })
    .optional()
    .describe('Phone in international form, e.g. +7 7212 00 00 00.'),
  /** WhatsApp number in international form, when the officer answers there, e.g. +7 700 000 00 00. */
  whatsapp: z
    .string()
    .regex(/^\+[0-9 ()-]{7,20}$/, {
      error: 'must be the WhatsApp number in international form starting with +, e.g. +7 700 000 00 00',
    })
    .optional()
    .describe('WhatsApp number in international form, when the officer answers there, e.g. +7 700 000 00 00.'),
  /** Telegram username without the @, when the officer answers there, e.g. karaganda_invest. */
  telegram: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, {
      error: 'must be a Telegram username without the @: 5 to 32 Latin letters, digits or _, starting with a letter, e.g. karaganda_invest',
    })
    .optional()
    .describe('Telegram username without the @, when the officer answers there, e.g. karaganda_invest.'),
  /** Email address. */
  email: z
    .email({ error: 'must be an email address such as name@example.kz' })
    .max(254, tooLong('the email address', 254))
    .optional()
    .describe('Email address.'),
  /** Languages the officer speaks with investors. */
  languages: z
    .array(z.enum(LANGS, { error: 'languages are written as en, ru or kk' }))
    .min(1, {
      error: 'list at least one language the officer speaks',
    })
    .describe('Languages the officer speaks with investors.'),
});
export type Contact = z.infer<typeof contactSchema>;
