import { createRequire } from 'node:module';
import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';

/**
 * The parsers the build itself uses, so the checker can read every file the way the build will.
 *
 * Found in node_modules (Astro 7.3.5, @astrojs/mdx 8.0.2): YAML data files (facts.yaml, district.yaml through
 * the glob loader's data entry type, places.yaml & co. through the file() loader) are read with js-yaml's
 * `load`; MDX front matter is read by `parseFrontmatter` from @astrojs/internal-helpers (re-exported as
 * `astro/markdown`), which also calls js-yaml's `load`, and accepts `---` or TOML `+++` delimiters, blank
 * lines before them and text after the closing one. The checker reads YAML with the `yaml` library (for
 * line numbers); the two libraries disagree on some input (`-.5`, `0b101`, `<<` merge keys, tags, dates),
 * so every file is parsed both ways and any difference is an error.
 */

/** The part of js-yaml's API the checker uses. */
interface JsYaml {
  load(text: string, options?: { filename?: string }): unknown;
}

/** js-yaml as Astro resolves it (from Astro's own folder), not whatever copy happens to be nearest to us. */
const jsYaml = createRequire(createRequire(import.meta.url).resolve('astro/package.json'))('js-yaml') as JsYaml;

/** A parse error from js-yaml, with the 1-based line it points at when it gives one. */
export interface AstroYamlError {
  reason: string;
  line?: number;
}

/** js-yaml's exception as the reason and 1-based line the checker reports. */
export function astroYamlError(err: unknown): AstroYamlError {
  const e = err as { reason?: string; message?: string; mark?: { line?: number } };
  return {
    reason: e.reason ?? String(e.message ?? err).split('\n')[0]!,
    line: e.mark?.line === undefined ? undefined : e.mark.line + 1,
  };
}

/** Parses YAML exactly as Astro's loaders do; returns the data, or the error the build would stop with. */
export function astroYamlLoad(text: string): { data: unknown } | { error: AstroYamlError } {
  try {
    return { data: jsYaml.load(text) };
  } catch (err) {
    return { error: astroYamlError(err) };
  }
}

/** The raw front matter Astro finds in an MDX file (text between its delimiters), or undefined when it finds none. */
export function astroRawFrontmatter(code: string): string | undefined {
  return extractFrontmatter(code);
}

/** Front matter data and body exactly as Astro's MDX integration reads them. Throws what the build would throw. */
export function astroParseFrontmatter(code: string): { data: unknown; body: string } {
  const { frontmatter, content } = parseFrontmatter(code, { frontmatter: 'remove' });
  return { data: frontmatter, body: content };
}
