import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { astroParseFrontmatter, astroRawFrontmatter, astroYamlError, astroYamlLoad } from './astroParsers.ts';
import { decodeUtf8 } from './decodeText.ts';
import { lstatOrUndefined, readBytesNoFollow, symlinkProblem, tooBigProblem } from './fileAccess.ts';
import { MAX_TEXT_FILE_BYTES } from './limits.ts';
import { parseYaml, type YamlSource } from './parseYaml.ts';
import type { ContentProblem } from './problems.ts';

export type { YamlSource } from './parseYaml.ts';

/** A language file: front matter (YAML) plus an MDX body. */
export interface MdxSource extends YamlSource {
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
}

/**
 * Reads one content file as text: refuses a symbolic link or a file over `maxBytes` (without reading it) and
 * decodes strict UTF-8. Returns undefined, with the problem said, when the file cannot be used; a missing
 * file is left to the caller, which knows what the file is for.
 */
export function readContentText(
  root: string,
  path: string,
  problems: ContentProblem[],
  maxBytes = MAX_TEXT_FILE_BYTES,
  options: { flagReplacementChar?: boolean } = {},
): string | undefined {
  const file = relative(root, path);
  const stats = lstatOrUndefined(path);
  if (!stats) return undefined;
  if (stats.isSymbolicLink()) {
    problems.push(symlinkProblem(file));
    return undefined;
  }
  if (stats.size > maxBytes) {
    problems.push(
      tooBigProblem(
        file,
        stats.size,
        maxBytes,
        'a content text file is normally a few KB: check that nothing was pasted into it by mistake, and move long material into a document',
      ),
    );
    return undefined;
  }
  const bytes = readBytesNoFollow(path, maxBytes);
  if (!bytes) {
    problems.push({
      severity: 'error',
      file,
      message: 'this is not an ordinary file, so the check cannot read it',
      hint: 'replace it with a plain text file',
    });
    return undefined;
  }
  return decodeUtf8(bytes, file, problems, options);
}

/** Reads a YAML file; syntax errors and anything the build would read differently become problems. */
export function readYaml(root: string, path: string, problems: ContentProblem[]): YamlSource {
  const file = relative(root, path);
  const text = readContentText(root, path, problems);
  if (text === undefined) return { file, data: undefined, lineOf: () => undefined, text: '' };
  return parseYaml(file, text, problems, () => astroYamlLoad(text));
}

const NO_FRONT_MATTER = 'the file does not start with a front-matter block';
const FRONT_MATTER_HINT = 'begin the file with a line `---`, then `title: …` and `summary: …`, then another `---` line';

/**
 * Finds the front matter the way the build does (Astro's own `extractFrontmatter`), then insists on the one
 * plain form: `---` on the very first line, YAML, and a line that is exactly `---`. Astro also accepts TOML
 * between `+++` lines, blank lines before the block and text after its closing `---`; the checker refuses all
 * of those, so there is never a second way to read a file. Returns where the YAML and the body are, or a problem.
 */
function locateFrontMatter(code: string): { yaml: string; bodyStart: number } | { line: number; message: string; hint: string } {
  if (/^\s*\+\+\+/.test(code))
    return {
      line: 1,
      message: 'the front matter is written between `+++` lines (TOML), which content does not use',
      hint: 'replace both `+++` lines with `---` and write the fields as `title: "…"`',
    };
  if (/^\s+---/.test(code))
    return {
      line: 1,
      message: 'the file must begin with the `---` line, but there is an empty line or spaces before it',
      hint: 'delete everything above the first `---`',
    };
  if (!code.startsWith('---')) return { line: 1, message: NO_FRONT_MATTER, hint: FRONT_MATTER_HINT };
  if (!/^---[ \t]*\r?\n/.test(code))
    return {
      line: 1,
      message: 'the first line must be exactly `---`, with nothing after it',
      hint: 'put `---` alone on the first line and the fields on the lines below it',
    };
  const raw = astroRawFrontmatter(code);
  if (raw === undefined || !code.startsWith(`---${raw}`))
    return { line: 1, message: 'the front-matter block is not closed', hint: 'add a line `---` after the last field (`summary: …`)' };
  const closeAt = 3 + raw.length;
  const closingLine = /^(?:---|\+\+\+)[^\n]*(?:\n|$)/.exec(code.slice(closeAt))![0];
  const line = code.slice(0, closeAt).split('\n').length;
  if (!/^---[ \t]*\r?\n?$/.test(closingLine)) {
    return closingLine.startsWith('+++')
      ? {
          line,
          message: 'the front matter ends with a `+++` line; it must end with a line that is exactly `---`',
          hint: 'replace `+++` with `---`',
        }
      : {
          line,
          message: 'the line that ends the front matter must be exactly `---`, but it has more on it',
          hint: 'put `---` alone on this line; if a text line starts with ---, reword it',
        };
  }
  return { yaml: raw, bodyStart: closeAt + closingLine.length };
}

/**
 * Reads an MDX file: front matter between `---` lines, read both by our YAML library and by Astro's own
 * `parseFrontmatter`, plus the body. Any difference between the two readings, of the data or of the body the
 * build would compile, is an error.
 */
export function readMdx(root: string, path: string, problems: ContentProblem[]): MdxSource {
  const file = relative(root, path);
  const code = readContentText(root, path, problems);
  if (code === undefined) return { file, data: undefined, lineOf: () => undefined, text: '', body: '', bodyLine: 1 };
  const found = locateFrontMatter(code);
  if (!('yaml' in found)) {
    problems.push({ severity: 'error', file, line: found.line, message: found.message, hint: found.hint });
    return { file, data: undefined, lineOf: () => 1, text: code, body: code, bodyLine: 1 };
  }
  const body = code.slice(found.bodyStart);
  const bodyLine = code.slice(0, found.bodyStart).split('\n').length;
  let astroBody: string | undefined;
  // The YAML starts right after `---` on line 1, so its line numbers are the file's.
  const source = parseYaml(file, found.yaml, problems, () => {
    try {
      const parsed = astroParseFrontmatter(code);
      astroBody = parsed.body;
      return { data: parsed.data };
    } catch (err) {
      return { error: astroYamlError(err) };
    }
  });
  if (astroBody !== undefined && !(astroBody.endsWith(body) && /^[ \t]*\r?\n?$/.test(astroBody.slice(0, astroBody.length - body.length)))) {
    problems.push({
      severity: 'error',
      file,
      line: bodyLine,
      message: 'the site’s build would read the text of this file differently from the check',
      hint: FRONT_MATTER_HINT,
    });
  }
  return { ...source, text: code, body, bodyLine };
}

/** Real sub-folders of a folder (never a symbolic link to one), sorted. What else is there is judged by checkContentFiles. */
export function listFolders(dir: string): string[] {
  const stats = lstatOrUndefined(dir);
  if (!stats?.isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && lstatOrUndefined(join(dir, name))?.isDirectory())
    .sort();
}
