import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentProblem } from './problems.ts';

/** A YAML source with the means to find the line of any field. */
export interface YamlSource {
  /** Path relative to the repository root. */
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

/** A language file: front matter (YAML) plus an MDX body. */
export interface MdxSource extends YamlSource {
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
}

function yamlSource(file: string, text: string, problems: ContentProblem[], lineOffset = 0): YamlSource {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  for (const err of doc.errors) {
    problems.push({
      severity: 'error',
      file,
      line: (err.linePos?.[0]?.line ?? 0) + lineOffset || undefined,
      message: `the file is not valid YAML: ${err.message.split('\n')[0]}`,
      hint: 'check indentation (spaces, not tabs), that every `key:` has a space after the colon, and that text with a colon or # is in quotes',
    });
  }
  const data = doc.errors.length ? undefined : doc.toJS();
  return {
    file,
    data,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
      }
      return undefined;
    },
  };
}

/** Reads a YAML file; syntax errors become problems. */
export function readYaml(root: string, path: string, problems: ContentProblem[]): YamlSource {
  return yamlSource(relative(root, path), readFileSync(path, 'utf8'), problems);
}

/** Reads an MDX file with YAML front matter between `---` lines. */
export function readMdx(root: string, path: string, problems: ContentProblem[]): MdxSource {
  const file = relative(root, path);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message: 'the file does not start with a front-matter block',
      hint: 'begin the file with a line `---`, then `title: …` and `summary: …`, then another `---` line',
    });
    return { file, data: undefined, lineOf: () => 1, body: text, bodyLine: 1 };
  }
  const source = yamlSource(file, match[1]!, problems, 1);
  const bodyLine = match[0].split('\n').length;
  return { ...source, body: text.slice(match[0].length), bodyLine };
}

/** Sub-folders of a folder, sorted. Files in it are reported as problems. */
export function listFolders(root: string, dir: string, problems: ContentProblem[], what: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'README.md') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(name);
    else
      problems.push({
        severity: 'error',
        file: relative(root, full),
        message: `a file is sitting directly in the ${what} folder, where only one folder per item belongs`,
        hint: `move it into the folder of the ${what.replace(/s$/, '')} it belongs to, or delete it`,
      });
  }
  return out;
}
