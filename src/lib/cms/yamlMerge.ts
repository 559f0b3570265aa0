// The editor (Decap CMS) serialises a whole entry when it saves: comments, flow style ({ lat: …, lon: … }),
// quoting and key order of the official's file would be lost, and a one-fact change would rewrite the file.
// These functions apply only what changed to the file as it is on disk, so a saved entry keeps everything
// the official wrote and its diff shows the changed facts alone.
import { isMap, isNode, isScalar, isSeq, parse, parseDocument, stringify, type YAMLSeq } from 'yaml';

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
  const edits: Edit[] = [];
  const structural = { changed: false };
  apply({ doc, source: original, mayRemove, edits, structural }, [], before, next);
  if (structural.changed) return keepFlowPadding(original, doc.toString({ lineWidth: 0 }));
  // Only values changed: splice each new value over the old one's characters, so nothing else moves.
  let text = original;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

/** A line without the spaces just inside flow brackets: `[ beach ]` and `[beach]` read the same. */
const unpadded = (line: string) => line.replace(/([[{])\s+/g, '$1').replace(/\s+([\]}])/g, '$1');

/**
 * When a whole file had to be written again, the YAML library pads every flow list (`[ beach ]`); a line that
 * says the same as one of the official's lines is given back as they wrote it, so only changed lines differ.
 */
function keepFlowPadding(original: string, written: string): string {
  const asWritten = new Map(original.split('\n').map((line) => [unpadded(line), line] as const));
  return written
    .split('\n')
    .map((line) => asWritten.get(unpadded(line)) ?? line)
    .join('\n');
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A value as it is written in YAML, keeping double quotes where the official used them. */
function scalarText(value: unknown, doubleQuoted: boolean): string {
  if (typeof value === 'string' && doubleQuoted) return JSON.stringify(value);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** One merge: the parsed file, its text, what may be removed, and what the merge has found so far. */
interface Merge {
  doc: ReturnType<typeof parseDocument>;
  source: string;
  mayRemove: (p: Path) => boolean;
  edits: Edit[];
  structural: { changed: boolean };
}

function apply(merge: Merge, path: Path, before: unknown, next: unknown): void {
  const { doc, mayRemove, edits, structural } = merge;
  if (isRecord(before) && isRecord(next) && isMap(path.length === 0 ? doc.contents : doc.getIn(path, true))) {
    for (const key of Object.keys(before)) {
      if (!(key in next) && mayRemove([...path, key])) {
        doc.deleteIn([...path, key]);
        structural.changed = true;
      }
    }
    for (const [key, value] of Object.entries(next)) {
      if (key in before) {
        apply(merge, [...path, key], before[key], value);
        continue;
      }
      // The editor sends every field its form shows, those of the other offer kinds too, empty: a key the file
      // does not have is written only with what was filled in, and not at all when nothing was.
      const filled = pruneEmpty(value);
      if (filled !== undefined) {
        doc.setIn([...path, key], filled);
        structural.changed = true;
      }
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(next) && before.length === next.length && isSeq(doc.getIn(path, true))) {
    for (const [i, value] of next.entries()) apply(merge, [...path, i], before[i], value);
    return;
  }
  const seq = doc.getIn(path, true);
  const plan = Array.isArray(before) && Array.isArray(next) && isSeq(seq) ? alignById(before, next) : undefined;
  if (plan && isSeq(seq)) {
    applyItemChanges(merge, seq, path, before as unknown[], next as unknown[], plan);
    return;
  }
  if (sameValue(before, next)) return;
  const node = doc.getIn(path, true);
  if (isScalar(node) && node.range && (next === null || typeof next !== 'object')) {
    edits.push({ start: node.range[0], end: node.range[1], text: scalarText(next, node.type === 'QUOTE_DOUBLE') });
  } else structural.changed = true;
  doc.setIn(path, next);
}

/** How a list of items with ids changed: items removed anywhere, then new ones added at its end (what the
 * editor's list does: *Добавить* appends, the cross removes). `kept[i]` is the old index of the new item i. */
interface ItemPlan {
  kept: number[];
  removed: number[];
  added: unknown[];
}

const idOf = (v: unknown): string | undefined => (isRecord(v) && typeof v.id === 'string' ? v.id : undefined);

/** The plan, or undefined when the change is not removals plus additions at the end (then the list is rewritten). */
function alignById(before: readonly unknown[], next: readonly unknown[]): ItemPlan | undefined {
  const beforeIds = before.map(idOf);
  const nextIds = next.map(idOf);
  const all = [...beforeIds, ...nextIds];
  if (all.some((id) => id === undefined)) return undefined;
  if (new Set(beforeIds).size !== beforeIds.length || new Set(nextIds).size !== nextIds.length) return undefined;
  const kept = beforeIds.flatMap((id, i) => (nextIds.includes(id) ? [i] : []));
  const removed = beforeIds.flatMap((id, i) => (nextIds.includes(id) ? [] : [i]));
  if (kept.some((oldIndex, i) => nextIds[i] !== beforeIds[oldIndex])) return undefined;
  const added = next.slice(kept.length);
  if (added.some((item) => beforeIds.includes(idOf(item)))) return undefined;
  return { kept, removed, added };
}

/** Where the line holding `offset` starts. */
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/**
 * Applies a plan as text edits, so the rest of the list keeps its comments and layout: a removed item's lines
 * (with the comment lines just above it) are cut, new items are written after the last one at the list's own
 * indentation, and the kept items are merged value by value as usual. The document is changed the same way,
 * in case another change makes the whole file be written from it.
 */
function applyItemChanges(merge: Merge, seq: YAMLSeq, path: Path, before: unknown[], next: unknown[], plan: ItemPlan): void {
  const { doc, source, edits, structural } = merge;
  for (const [i, oldIndex] of plan.kept.entries()) apply(merge, [...path, oldIndex], before[oldIndex], next[i]);
  const ranges = seq.items.map((item) => (isNode(item) ? item.range : undefined));
  if (ranges.length === 0 || ranges.some((r) => !r)) {
    structural.changed = true;
  } else {
    for (const oldIndex of plan.removed) {
      const start = oldIndex === 0 ? lineStart(source, ranges[0]![0]) : ranges[oldIndex - 1]![2];
      edits.push({ start, end: ranges[oldIndex]![2], text: '' });
    }
    if (plan.added.length > 0) {
      const first = lineStart(source, ranges[0]?.[0] ?? 0);
      const dash = ranges.length > 0 ? source.lastIndexOf('-', ranges[0]![0]) : -1;
      if (dash < first) structural.changed = true;
      else {
        const indent = ' '.repeat(dash - first);
        const end = seq.range ? seq.range[2] : source.length;
        const items = stringify(
          plan.added.map((item) => pruneEmpty(item) ?? {}),
          { lineWidth: 0 },
        )
          .trimEnd()
          .split('\n')
          .map((line) => indent + line)
          .join('\n');
        edits.push({ start: end, end, text: `${source[end - 1] === '\n' ? '' : '\n'}${items}\n` });
      }
    }
  }
  for (const oldIndex of [...plan.removed].reverse()) seq.delete(oldIndex);
  for (const item of plan.added) seq.add(doc.createNode(pruneEmpty(item) ?? {}));
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

/** A value without the fields an official left empty (blank text, no value, an empty list, a group with nothing filled in). */
export function pruneEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(pruneEmpty).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, pruneEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

/** A new YAML file from the editor: what the official filled in, in the editor's order, empty fields left out
 * (the schemas' defaults fill them; a group of another offer kind must not be written at all). */
export function newYaml(edited: string): string {
  return stringify(pruneEmpty(parse(edited)) ?? {}, { lineWidth: 0 });
}

/** A new MDX file from the editor: its front matter written one line per field (the editor folds long lines at
 * 80 characters, which no existing text does), its body as the editor wrote it. */
export function newFrontMatter(edited: string): string {
  const match = FRONT_MATTER.exec(edited);
  if (!match) return edited;
  return `---\n${newYaml(`${match[1]}\n`)}---\n${edited.slice(match[0].length)}`;
}
