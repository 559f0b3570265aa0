// The editor (Decap CMS) serialises a whole entry when it saves: comments, flow style ({ lat: …, lon: … }),
// quoting and key order of the official's file would be lost, and a one-fact change would rewrite the file.
// These functions apply only what changed to the file as it is on disk, so a saved entry keeps everything
// the official wrote and its diff shows the changed facts alone.
import { isMap, isSeq, parse, parseDocument } from 'yaml';

type Path = Array<string | number>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `original` with the values of `edited` (both YAML texts). Keys the editor no longer sends are removed only
 * when `mayRemove(path)` says the editor shows that field; anything it cannot show (an outline, a key it does
 * not know) is kept as written.
 */
export function mergeYaml(original: string, edited: string, mayRemove: (path: Path) => boolean = () => true): string {
  const doc = parseDocument(original);
  if (doc.errors.length > 0) return edited; // a broken file cannot be merged into; the editor's text replaces it
  const next: unknown = parse(edited);
  const before: unknown = doc.toJS();
  if (!isRecord(before) || !isRecord(next)) return edited;
  apply(doc, [], before, next, mayRemove);
  return doc.toString({ lineWidth: 0 });
}

function apply(doc: ReturnType<typeof parseDocument>, path: Path, before: unknown, next: unknown, mayRemove: (p: Path) => boolean): void {
  if (isRecord(before) && isRecord(next) && isMap(path.length === 0 ? doc.contents : doc.getIn(path, true))) {
    for (const key of Object.keys(before)) if (!(key in next) && mayRemove([...path, key])) doc.deleteIn([...path, key]);
    for (const [key, value] of Object.entries(next)) {
      if (key in before) apply(doc, [...path, key], before[key], value, mayRemove);
      else if (value !== undefined && value !== null && value !== '') doc.setIn([...path, key], value);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(next) && before.length === next.length && isSeq(doc.getIn(path, true))) {
    next.forEach((value, i) => apply(doc, [...path, i], before[i], value, mayRemove));
    return;
  }
  if (!sameValue(before, next)) doc.setIn(path, next);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The same for an MDX file: its front matter is merged, its body is the editor's. */
export function mergeFrontMatter(original: string, edited: string): string {
  const before = FRONT_MATTER.exec(original);
  const after = FRONT_MATTER.exec(edited);
  if (!before || !after) return edited;
  const merged = mergeYaml(`${before[1]}\n`, `${after[1]}\n`);
  const body = edited.slice(after[0].length);
  return `---\n${merged.replace(/\n$/, '')}\n---\n${body}`;
}
