import { LineCounter, isAlias, isCollection, isMap, isNode, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { AstroYamlError } from './astroParsers.ts';
import { MAX_YAML_DEPTH } from './limits.ts';
import type { ContentProblem } from './problems.ts';
import { fieldName } from './zodIssues.ts';

/** A YAML source with the means to find the line of any field. */
export interface YamlSource {
  /** Path relative to the repository root. */
  file: string;
  /** The data as the build reads it (js-yaml), or undefined when the file cannot be used. */
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
  /** The whole file as decoded text ('' when it could not be read), for checks that scan lines. */
  text?: string;
}

/** How the build reads the same YAML: its data, or the error it would stop with. */
export type AstroRead = () => { data: unknown } | { error: AstroYamlError };

/** Syntax errors reported per file: after a few, the rest are usually echoes of the first. */
const MAX_SYNTAX_ERRORS = 10;
const DEPTH_HINT = 'content files are at most four levels deep: check the indentation and that every [ and { is closed';
const YAML_HINT =
  'check indentation (spaces, not tabs), that every `key:` has a space after the colon, and that text with a colon or # is in quotes';

/**
 * A cheap look at nesting before any parser runs: the YAML library recurses once per level and runs out of
 * stack near 800 levels (`[[[[…`), so a file that opens more than 64 brackets or indents a line by more than
 * 256 spaces is refused unread. The exact limit (MAX_YAML_DEPTH) is checked on the parsed document.
 */
function looksTooDeep(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!quote && /^ {257}/.test(line)) return n + 1;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = undefined;
      } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
      else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(line[i - 1]!)))) quote = c;
      else if (c === '[' || c === '{') {
        if (++depth > 64) return n + 1;
      } else if ((c === ']' || c === '}') && depth > 0) depth--;
    }
  }
  return undefined;
}

/** First difference between the build's data and ours, as a path and both values; undefined when they agree. */
export function firstDifference(
  astro: unknown,
  ours: unknown,
  path: PropertyKey[] = [],
): { path: PropertyKey[]; astro: unknown; ours: unknown } | undefined {
  if (astro instanceof Date && ours instanceof Date) return Object.is(astro.getTime(), ours.getTime()) ? undefined : { path, astro, ours };
  if (astro instanceof Date) {
    // js-yaml reads an unquoted 2025-06-14 as a date, our library as text: the same value when it is a plain day.
    const same =
      typeof ours === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(ours) &&
      !Number.isNaN(astro.getTime()) &&
      astro.toISOString() === `${ours}T00:00:00.000Z`;
    return same ? undefined : { path, astro, ours };
  }
  if (Array.isArray(astro) || Array.isArray(ours)) {
    if (!Array.isArray(astro) || !Array.isArray(ours) || astro.length !== ours.length) return { path, astro, ours };
    for (let i = 0; i < astro.length; i++) {
      const d = firstDifference(astro[i], ours[i], [...path, i]);
      if (d) return d;
    }
    return undefined;
  }
  if (astro !== null && typeof astro === 'object' && ours !== null && typeof ours === 'object') {
    const a = astro as Record<string, unknown>;
    const o = ours as Record<string, unknown>;
    if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(o) !== Object.prototype) return { path, astro, ours };
    for (const key of new Set([...Object.keys(a), ...Object.keys(o)])) {
      if (!(key in a) || !(key in o)) return { path: [...path, key], astro: a[key], ours: o[key] };
      const d = firstDifference(a[key], o[key], [...path, key]);
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(astro, ours) ? undefined : { path, astro, ours };
}

/** A value as a short piece of YAML-like text for a message. */
function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString()}`;
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

interface Forbidden {
  line: number | undefined;
  message: string;
  hint: string;
}

/**
 * Constructs content may not use, found on the parsed document: anchors and aliases (`&a`, `*a`: they repeat
 * parts of the file, the "billion laughs" bomb is built from them, and the build's parser expands them without
 * limit), explicit tags (`!!binary`, `!foo`: the two parsers read them differently), merge keys (`<<`: js-yaml
 * merges, our library does not), a key repeated in one group and nesting deeper than MAX_YAML_DEPTH. Each kind is reported once, at its
 * first place, with a count of the others, so a bomb of 80 aliases gives two messages, not eighty.
 */
function forbiddenConstructs(doc: Document, counter: LineCounter, lineOffset: number): Forbidden[] {
  const firsts = new Map<string, Forbidden & { more: number }>();
  const note = (kind: string, node: unknown, message: string, hint: string) => {
    const seen = firsts.get(kind);
    if (seen) seen.more++;
    else
      firsts.set(kind, {
        line: isNode(node) && node.range ? counter.linePos(node.range[0]).line + lineOffset : undefined,
        message,
        hint,
        more: 0,
      });
  };
  visit(doc, (_key, node, path) => {
    if (isAlias(node)) {
      note(
        'alias',
        node,
        `\`*${node.source}\` (a YAML alias) is not allowed in content: it repeats another part of the file, which can make the file blow up in size`,
        `write the value out in full instead of \`*${node.source}\``,
      );
      return;
    }
    if (isScalar(node) || isCollection(node)) {
      if (node.anchor)
        note(
          'anchor',
          node,
          `\`&${node.anchor}\` (a YAML anchor) is not allowed in content`,
          `delete \`&${node.anchor}\`; where \`*${node.anchor}\` repeats this value, write the value out in full`,
        );
      if (node.tag)
        note(
          'tag',
          node,
          `\`${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}\` (a YAML tag) is not allowed in content: the site's build could read the value differently`,
          'delete the tag and write the value plainly: text in quotes, or a number',
        );
    }
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (keys.has(key))
          note(
            'duplicate',
            pair.key,
            `\`${String(key)}\` appears twice in the same group, so one would silently replace the other`,
            'keep one of them (or check the indentation: the second may belong to another group)',
          );
        keys.add(key);
      }
    }
    if (isPair(node) && isScalar(node.key) && node.key.value === '<<' && node.key.type === 'PLAIN') {
      note(
        'merge',
        node.key,
        '`<<` (a YAML merge key) is not allowed in content: it copies fields from elsewhere',
        'write the fields out in full',
      );
    }
    if (isCollection(node) && path.filter((p) => isCollection(p)).length >= MAX_YAML_DEPTH) {
      note('depth', node, `lists and groups are nested more than ${MAX_YAML_DEPTH} levels deep here`, DEPTH_HINT);
      return visit.SKIP;
    }
    return undefined;
  });
  return [...firsts.values()].map(({ more, ...f }) =>
    more ? { ...f, message: `${f.message} (and ${more} more like it in this file)` } : f,
  );
}

/**
 * Parses YAML text for the checker: syntax errors, forbidden constructs and too-deep nesting become problems
 * (never exceptions), then the text is read again the build's way (`astroRead`) and any difference between
 * the two readings is an error. `data` is the build's reading, so the schemas judge what the build will see;
 * `lineOffset` is added to every line (front matter that does not start on line 1).
 */
export function parseYaml(file: string, text: string, problems: ContentProblem[], astroRead: AstroRead, lineOffset = 0): YamlSource {
  const counter = new LineCounter();
  const unusable: YamlSource = { file, data: undefined, lineOf: () => undefined, text };
  const deepAt = looksTooDeep(text);
  if (deepAt !== undefined) {
    problems.push({
      severity: 'error',
      file,
      line: deepAt + lineOffset,
      message: `lists and groups are nested more than ${MAX_YAML_DEPTH} levels deep here`,
      hint: DEPTH_HINT,
    });
    return unusable;
  }
  // uniqueKeys is checked by forbiddenConstructs (the library's own check is quadratic: 20,000 keys took
  // seconds) and prettyErrors is off (it copies a piece of the text into every error).
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const lineOf = (path: ReadonlyArray<PropertyKey>) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  const source: YamlSource = { file, data: undefined, lineOf, text };
  for (const err of doc.errors.slice(0, MAX_SYNTAX_ERRORS)) {
    const stack = /Maximum call stack/.test(err.message);
    const more =
      err === doc.errors[MAX_SYNTAX_ERRORS - 1] && doc.errors.length > MAX_SYNTAX_ERRORS
        ? ` (and ${doc.errors.length - MAX_SYNTAX_ERRORS} more errors after it)`
        : '';
    problems.push({
      severity: 'error',
      file,
      line: counter.linePos(err.pos[0]).line + lineOffset,
      message: stack
        ? `lists and groups are nested more than ${MAX_YAML_DEPTH} levels deep here`
        : `the file is not valid YAML: ${err.message.split('\n')[0]}${more}`,
      hint: stack ? DEPTH_HINT : YAML_HINT,
    });
  }
  if (doc.errors.length) return source;
  const forbidden = forbiddenConstructs(doc, counter, lineOffset);
  for (const f of forbidden) problems.push({ severity: 'error', file, line: f.line, message: f.message, hint: f.hint });
  if (forbidden.length) return source;

  const ours: unknown = doc.toJS({ maxAliasCount: 0 });
  const astro = astroRead();
  if ('error' in astro) {
    problems.push({
      severity: 'error',
      file,
      line: astro.error.line === undefined ? undefined : astro.error.line + lineOffset,
      message: `the site's build cannot read this YAML: ${astro.error.reason}`,
      hint: YAML_HINT,
    });
    return source;
  }
  const diff = firstDifference(astro.data, ours);
  if (diff && diff.astro instanceof Date && typeof diff.ours === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(diff.ours)) {
    // js-yaml rolls an impossible day over (2026-02-30 becomes 2026-03-02) where our library keeps the text.
    const rolled = Number.isNaN(diff.astro.getTime()) ? 'an invalid date' : diff.astro.toISOString().slice(0, 10);
    problems.push({
      severity: 'error',
      file,
      line: lineOf(diff.path),
      field: fieldName(diff.path) || undefined,
      message: `${diff.ours} is not a real calendar date: the site's build would read it as ${rolled}`,
      hint: 'use the real date, YYYY-MM-DD',
    });
  } else if (diff) {
    problems.push({
      severity: 'error',
      file,
      line: lineOf(diff.path),
      field: fieldName(diff.path) || undefined,
      message: `the site's build would read this value as ${show(diff.astro)}, but the check reads ${show(diff.ours)}`,
      hint: 'write the value plainly: text in double quotes, dates as YYYY-MM-DD, numbers with digits before the point (0.5, -0.5, not .5 or -.5)',
    });
  }
  // The schemas judge the build's reading, so every other problem in the file is still reported.
  return { ...source, data: astro.data };
}
