// Our Kazakh phrases for Decap's interface (src/lib/cms/decapKazakh.ts) against Decap's own English set: the same
// keys, the same placeholders, plural keys Polyglot can read, and Kazakh text rather than English or Russian
// pasted in. When a Decap upgrade changes its English keys, this fails and names the paths to add or remove.
// The package's `main` is a browser-only UMD bundle (it reads `window`), so the test imports the English module of
// its ESM build (its `module` entry) directly. The package ships no types: the phrase tree is read as `unknown`.
// @ts-expect-error decap-cms-locales has no declaration file
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { describe, expect, it } from 'vitest';
import { KK_DECAP_PHRASES } from '../../src/lib/cms/decapKazakh.ts';

/** Polyglot's separator between plural forms. */
const PLURAL = ' |||| ';

/** Every string of a phrase tree by its dotted key path; a value that is neither string nor object is an error. */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value !== null && typeof value === 'object') for (const [p, v] of flatten(value, path)) out.set(p, v);
    else throw new Error(`${path} is neither a phrase nor a group: ${String(value)}`);
  }
  return out;
}

const placeholders = (text: string): string[] => (text.match(/%\{[^}]*\}/g) ?? []).sort();

const english = flatten(en);
const kazakh = flatten(KK_DECAP_PHRASES);

/** Paths whose Kazakh may equal the English: nothing but a placeholder, a sign, or a product name. */
const SAME_AS_ENGLISH = new Set([
  'collection.collectionTop.newButton', // '＋ %{collectionLabel}'
  'ui.toast.onFailToAuth', // '%{details}'
  'workflow.workflowCard.lastChangeNoAuthor', // '%{date}'
  'editor.editorWidgets.markdown.markdown', // 'Markdown'
]);

/** Latin words a Kazakh phrase may contain: product and service names, a file name, key names, a format. */
const LATIN_WORDS = [
  'Netlify Identity',
  'Identity',
  'Azure',
  'Bitbucket',
  'GitHub',
  'GitLab',
  'Gitea',
  'Forgejo',
  'git-gateway',
  'Git Gateway',
  'CMS',
  'config.yml',
  'URL',
  'Markdown',
  'Ctrl+Enter',
];

/** A date pattern for dayjs, not text: its letters are format tokens. */
const FORMAT_PATHS = new Set(['workflow.workflow.dateFormat']);

const withoutAllowedLatin = (text: string): string =>
  LATIN_WORDS.reduce((rest, word) => rest.split(word).join(''), text.replace(/%\{[^}]*\}/g, ''));

describe('Decap’s English phrase set, as the test reads it', () => {
  it('is the real one, with plural keys', () => {
    expect(english.size).toBeGreaterThan(200);
    expect(english.get('auth.login')).toBe('Login');
    expect([...english.values()].filter((t) => t.includes(PLURAL)).length).toBeGreaterThan(0);
  });
});

describe('KK_DECAP_PHRASES', () => {
  it('has exactly the key paths of Decap’s English set', () => {
    const missing = [...english.keys()].filter((p) => !kazakh.has(p));
    const extra = [...kazakh.keys()].filter((p) => !english.has(p));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('keeps the placeholders of each English phrase, in every plural form', () => {
    const wrong: string[] = [];
    for (const [path, text] of kazakh) {
      const source = english.get(path);
      if (source === undefined) continue;
      const want = placeholders(source.split(PLURAL)[0]!);
      // Decap's English forms share one set of placeholders; check that, so comparing with the first form is fair.
      for (const form of source.split(PLURAL)) expect(placeholders(form), `English ${path}`).toEqual(want);
      for (const form of text.split(PLURAL))
        if (placeholders(form).join() !== want.join()) wrong.push(`${path}: ${placeholders(form).join()} ≠ ${want.join()}`);
    }
    expect(wrong).toEqual([]);
  });

  // One form where English has two, on purpose: a Kazakh noun after a numeral stays singular («1 жазба», «5 жазба»),
  // and node-polyglot, which knows no `kk` rule, uses the English rule and falls back to the first form when the
  // chosen one is missing (`texts[index] || texts[0]`). A second, identical form would only be a copy to keep in step.
  it('writes each plural key as one form with smart_count, and no delimiter where English has none', () => {
    const wrong: string[] = [];
    for (const [path, text] of kazakh) {
      const source = english.get(path);
      if (source === undefined) continue;
      const forms = text.split(PLURAL).length;
      if (source.includes(PLURAL)) {
        if (forms !== 1 || !text.includes('%{smart_count}')) wrong.push(`${path}: ${forms} forms`);
      } else if (text.includes('||||')) wrong.push(`${path}: a plural delimiter English does not have`);
    }
    expect(wrong).toEqual([]);
  });

  it('has no empty phrase, and none left in English except placeholders and product names', () => {
    const empty = [...kazakh].filter(([, text]) => text.trim() === '').map(([path]) => path);
    const untranslated = [...kazakh].filter(([path, text]) => text === english.get(path) && !SAME_AS_ENGLISH.has(path)).map(([p]) => p);
    expect({ empty, untranslated }).toEqual({ empty: [], untranslated: [] });
    for (const path of SAME_AS_ENGLISH) expect(kazakh.get(path), path).toBe(english.get(path));
  });

  it('has no Latin letters besides product names, placeholders and key names (nor a Latin i for the Kazakh і)', () => {
    const latin = [...kazakh]
      .filter(([path, text]) => !FORMAT_PATHS.has(path) && /[A-Za-z]/.test(withoutAllowedLatin(text)))
      .map(([path, text]) => `${path}: ${text}`);
    expect(latin).toEqual([]);
  });

  it('is Kazakh, not Russian: at least 30 % of the phrases use a letter only Kazakh has', () => {
    const phrases = [...kazakh.values()];
    const kazakhLetters = phrases.filter((text) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text)).length;
    expect(kazakhLetters / phrases.length).toBeGreaterThanOrEqual(0.3);
  });
});
