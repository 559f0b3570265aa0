import { z } from 'astro/zod';
import { tooLong } from './common.ts';

/**
 * One banned or discouraged wording in Russian or Kazakh text (content/docs/language-traps.yaml): the content
 * check warns wherever it appears in a text of that language and gives the preferred form as the fix.
 */
export const languageTrapSchema = z.strictObject({
  /** Language whose texts are searched for the word: `ru` or `kk`. */
  lang: z.enum(['ru', 'kk'], { error: 'write `ru` or `kk`' }).describe('Language whose texts are searched for the word: `ru` or `kk`.'),
  /**
   * The form to avoid: one or more whole words, matched case-insensitively. A `*` at the end of a word matches
   * any ending, so `жер телім*` also finds «жер телімін».
   */
  word: z
    .string()
    .trim()
    .min(2, { error: 'write the word or phrase to avoid' })
    .max(80, tooLong('the word or phrase', 80))
    .regex(/^[^*\s]+\*?(?:\s+[^*\s]+\*?)*$/, { error: 'a `*` may only stand at the end of a word, for "any ending"' })
    .describe('The form to avoid: one or more whole words, matched case-insensitively; a `*` at the end of a word matches any ending.'),
  /** The form to write instead, shown as the fix. */
  preferred: z
    .string()
    .trim()
    .min(1, { error: 'write the form to use instead' })
    .max(200, tooLong('the preferred form', 200))
    .describe('The form to write instead, shown as the fix.'),
  /** Why the form is avoided (the law that fixes the term, the glossary rule), shown with the warning. */
  note: z.string().trim().min(1).max(300, tooLong('the note', 300)).optional().describe('Why the form is avoided, shown with the warning.'),
});
export type LanguageTrap = z.infer<typeof languageTrapSchema>;

/** The whole file: a list of traps. */
export const languageTrapsSchema = z.array(languageTrapSchema).max(1000, { error: 'keep the list under 1,000 entries' });
