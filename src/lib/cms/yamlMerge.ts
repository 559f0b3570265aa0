// The editor (Decap CMS) serialises a whole entry when it saves: comments, flow style ({ lat: …, lon: … }),
// quoting and key order of the official's file would be lost, and a one-fact change would rewrite the file.
// These functions apply only what changed to the file as it is on disk, so a saved entry keeps everything
// the official wrote and its diff shows the changed facts alone.
import { isMap, isNode, isScalar, isSeq, type Node, parse, parseDocument, stringify, type YAMLMap, type YAMLSeq } from 'yaml';

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
  // Each change is spliced into the official's text where it can be, so nothing else moves; otherwise the file is
  // written again from the document. Either text is kept only if it reads back as the editor's values and the
  // kept fields (the document, changed the same way): a wrong file must never be written without a word.
  const intended = readBack(() => doc.toJS());
  const candidates = [
    () => (structural.changed ? undefined : withEdits(original, 0, original.length, edits)),
    () => writtenAgain(original, doc),
  ];
  for (const candidate of candidates) {
    const text = readBack(candidate);
    if (text !== undefined && intended !== undefined && readsAs(text, intended, next)) return text;
  }
  throw new MergeError();
}

/** A save that cannot be merged into the file without writing a wrong value (a YAML anchor shared by two fields, say). */
export class MergeError extends Error {
  constructor() {
    super('the file could not be merged with this save without changing other values; nothing was written: ask IT to edit it');
    this.name = 'MergeError';
  }
}

/** The value `read` gives, or undefined when it throws (the library refuses an alias left without its anchor). */
function readBack<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Whether `text` holds `intended` exactly, and every value the editor sent (an empty one may be left out). */
function readsAs(text: string, intended: unknown, next: unknown): boolean {
  const value = readBack(() => parse(text) as unknown);
  return sameValue(value, intended) && holds(value, next);
}

/** Whether `value` holds what the editor `sent`: keys it sent empty may be missing, and so may the empty items
 * of a list that was written new (see pruneEmpty); keys it did not send may be there (the form does not show them). */
function holds(value: unknown, sent: unknown): boolean {
  if (isRecord(sent)) {
    if (!isRecord(value)) return pruneEmpty(sent) === undefined && (value === undefined || value === null);
    return Object.entries(sent).every(([key, v]) => (key in value ? holds(value[key], v) : pruneEmpty(v) === undefined));
  }
  if (Array.isArray(sent)) {
    if (!Array.isArray(value)) return false;
    const items = value.length === sent.length ? sent : ((pruneEmpty(sent) as unknown[] | undefined) ?? []);
    return value.length === items.length && items.every((v, i) => holds(value[i], v));
  }
  return sameValue(value, sent) || (value === undefined && pruneEmpty(sent) === undefined);
}

/**
 * The whole file written from the document, as close to the official's text as the library can write it. Block
 * lists are written either indented under their key or at its column (`key:\n- a`), for the whole file at once:
 * the way that gives back more of the official's lines is taken.
 */
function writtenAgain(original: string, doc: ReturnType<typeof parseDocument>): string {
  const lines = new Set(original.split('\n'));
  const kept = (text: string) => text.split('\n').filter((line) => lines.has(line)).length;
  const [indented, atColumn] = [true, false].map((indentSeq) => keepFlowPadding(original, doc.toString({ lineWidth: 0, indentSeq })));
  return kept(atColumn!) > kept(indented!) ? atColumn! : indented!;
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
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isRecord(before) && isRecord(next) && isMap(map)) {
    const layout = mapLayoutOf(merge.source, map, path.length === 0);
    const removed = Object.keys(before)
      .filter((key) => !(key in next) && mayRemove([...path, key]))
      .map((key) => map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key));
    const added: Array<[string, unknown]> = [];
    for (const [key, value] of Object.entries(next)) {
      if (key in before) {
        apply(merge, [...path, key], before[key], value);
        continue;
      }
      // The editor sends every field its form shows, those of the other offer kinds too, empty: a key the file
      // does not have is written only with what was filled in, and not at all when nothing was.
      const filled = pruneEmpty(value);
      if (filled !== undefined) added.push([key, filled]);
    }
    // A key written other than as the text the editor sends (a number, a merge `<<`) is not found: rewrite.
    const found = !removed.includes(-1);
    const keyEdits = found && layout ? keyChanges(merge.source, layout, removed, added, map.items.length) : undefined;
    if (keyEdits) edits.push(...keyEdits);
    else if (removed.length > 0 || added.length > 0) structural.changed = true;
    if (found) for (const index of removed.sort((a, b) => b - a)) map.items.splice(index, 1);
    else for (const key of Object.keys(before)) if (!(key in next) && mayRemove([...path, key])) doc.deleteIn([...path, key]);
    for (const [key, value] of added) doc.setIn([...path, key], value);
    return;
  }
  const seq = doc.getIn(path, true);
  if (Array.isArray(before) && Array.isArray(next) && isSeq(seq)) {
    const from = matchItems(before, next);
    if (from) {
      applyList(merge, seq, path, before, next, from);
      return;
    }
  }
  if (sameValue(before, next)) return;
  const node = doc.getIn(path, true);
  // A value that changed its shape is written anew: without the fields the editor sends empty.
  const value = isRecord(next) ? (pruneEmpty(next) ?? next) : next;
  if (isScalar(node) && node.range && (next === null || typeof next !== 'object')) {
    edits.push({ start: node.range[0], end: node.range[1], text: scalarText(next, node.type === 'QUOTE_DOUBLE') });
  } else {
    const edit = isNode(node) ? newShape(merge, path, node, value) : undefined;
    if (edit) edits.push(edit);
    else structural.changed = true;
  }
  doc.setIn(path, value);
}

/**
 * The edit writing a value of another shape (a text that became a group, a group that became a text) over the
 * old one, in the style of where it stands. A comment on the key's line or after the old value stays on the
 * key's line. Undefined when the old value cannot be replaced alone (it is not a key's value nor a list's item,
 * something other than a comment stands beside it): then the file is written again.
 */
function newShape(merge: Merge, path: Path, node: Node, value: unknown): Edit | undefined {
  const { doc, source } = merge;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!node.range || !(isMap(parent) || isSeq(parent))) return undefined;
  let end = node.range[1];
  if (source[end - 1] === '\n') end -= 1; // a block group ends after its last line break: that one stays
  const collection = typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  if (parent.flow) {
    const sample = parent.range ? source.slice(parent.range[0], parent.range[1]) : '';
    return { start: node.range[0], end, text: flowText(value, sample) };
  }
  const lineBreak = source.indexOf('\n', end);
  const stop = lineBreak < 0 ? source.length : lineBreak;
  const after = source.slice(end, stop).trim();
  const lines = collection
    ? stringify(value, { lineWidth: 0, indentSeq: !listsAtKeyColumn(source) })
        .trimEnd()
        .split('\n')
    : [flowText(value, '[]')];
  if (isSeq(parent)) {
    if (after !== '') return undefined;
    // A list item holds a group on its dash's line, the rest below at the column of its first line.
    const column = ' '.repeat(node.range[0] - lineStart(source, node.range[0]));
    return { start: node.range[0], end, text: lines.map((line, i) => (i === 0 ? line : column + line)).join('\n') };
  }
  const start = afterKey(merge, path);
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
  if (start === undefined || !pair || !isNode(pair.key) || !pair.key.range) return undefined;
  const comment = [source.slice(start, node.range[0]).trim(), after].filter((text) => text !== '');
  if (comment.some((text) => !text.startsWith('#'))) return undefined; // an anchor or a tag: not ours to drop
  const onKeyLine = comment.map((text) => ` ${text}`).join('');
  if (!collection) return { start, end: stop, text: ` ${lines[0]}${onKeyLine}` };
  const keyStart = pair.key.range[0];
  // Under its key, a group is indented; a list too, unless the file writes its lists at their key's column.
  const atKeyColumn = Array.isArray(value) && listsAtKeyColumn(source);
  const column = ' '.repeat(keyStart - lineStart(source, keyStart) + (atKeyColumn ? 0 : 2));
  return { start, end: comment.length > 0 ? stop : end, text: onKeyLine + lines.map((line) => `\n${column}${line}`).join('') };
}

/**
 * Where each key of a group is written, like the items of a list (see layoutOf): `starts[k]` to `ends[k]` is the
 * key with its value and, from the second key on, the comment lines right above it (those above the first are
 * about the group, or the file). Undefined when a key does not start its own line or a key is not a plain text.
 */
function mapLayoutOf(source: string, map: YAMLMap, root: boolean): Layout | undefined {
  const flow = Boolean(map.flow);
  if (flow && (!map.range || source[map.range[0]] !== '{')) return undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  let indent = '';
  let dashed = false;
  for (const [k, pair] of map.items.entries()) {
    if (!isScalar(pair.key) || !pair.key.range) return undefined;
    const keyStart = pair.key.range[0];
    const valueEnd = isNode(pair.value) && pair.value.range ? Math.max(pair.value.range[1], pair.key.range[1]) : pair.key.range[1];
    if (flow) {
      starts.push(keyStart);
      ends.push(valueEnd);
      continue;
    }
    const first = lineStart(source, keyStart);
    // The first key of a list item follows its dash: `- id: a`; the others stand alone at its column.
    if (!(k === 0 && !root ? /^[ -]*$/ : /^ *$/).test(source.slice(first, keyStart))) return undefined;
    if (k === 0) {
      indent = ' '.repeat(keyStart - first);
      dashed = source.slice(first, keyStart).includes('-');
    } else if (keyStart - first !== indent.length) return undefined;
    const floor = k === 0 ? first : ends[k - 1]!;
    const top = commentTop(source, first, floor);
    if (top < floor) return undefined;
    starts.push(top);
    ends.push(pastInnerComments(source, lineEnd(source, valueEnd - 1), indent.length));
  }
  return { flow, starts, ends, indent, dashed };
}

/** Whether the official writes block lists at their key's column (`key:` then `- a`) rather than indented. */
const listsAtKeyColumn = (source: string) => /^( *)[^\s#-][^\n]*:[ \t]*(#[^\n]*)?\n(?:[ \t]*#[^\n]*\n)*\1- /m.test(source);

/**
 * The edits that cut removed keys of a group (each with its own comment lines) and write new ones after its last
 * key, in the group's style. Undefined when that cannot be done in place: the group would be left empty, or it
 * has no key to write after.
 */
function keyChanges(source: string, layout: Layout, removed: number[], added: Array<[string, unknown]>, count: number): Edit[] | undefined {
  if (removed.length === 0 && added.length === 0) return [];
  if (removed.length === count || count === 0 || (layout.dashed && removed.includes(0))) return undefined;
  const { flow, starts, ends, indent } = layout;
  const edits: Edit[] = [];
  if (flow) {
    let tail = count;
    while (tail > 0 && removed.includes(tail - 1)) tail--;
    for (const k of removed) if (k < tail) edits.push({ start: starts[k]!, end: starts[k + 1]!, text: '' });
    if (tail < count) edits.push({ start: ends[tail - 1]!, end: ends[count - 1]!, text: '' });
  } else {
    for (const k of removed) {
      const blankBefore = k > 0 && source.slice(ends[k - 1], starts[k]).trim() === '';
      edits.push({ start: blankBefore ? ends[k - 1]! : starts[k]!, end: ends[k]!, text: '' });
    }
  }
  if (added.length > 0) {
    const at = ends[count - 1]!;
    const group = Object.fromEntries(added);
    let text: string;
    if (flow) {
      const map = source.slice(starts[0], ends[count - 1]);
      text = `, ${flowText(group, `{${map}}`).slice(1, -1).trim()}`;
    } else {
      text = stringify(group, { lineWidth: 0, indentSeq: !listsAtKeyColumn(source) })
        .trimEnd()
        .split('\n')
        .map((line) => indent + line)
        .join('\n')
        .concat('\n');
      if (source[at - 1] !== '\n') text = `\n${text}`;
    }
    edits.push({ start: at, end: at, text });
  }
  return edits;
}

const idOf = (v: unknown): string | undefined => (isRecord(v) && typeof v.id === 'string' ? v.id : undefined);

const hasRepeats = (keys: readonly unknown[]) => new Set(keys).size !== keys.length;

/** How many top-level fields two items share with equal values: how alike an edited item is to an old one. */
function likeness(a: unknown, b: unknown): number {
  if (!isRecord(a) || !isRecord(b)) return 0;
  return Object.keys(a).filter((k) => k in b && sameValue(a[k], b[k])).length;
}

/**
 * Which item of the file each item the editor sends is (its old index), or undefined for a new one; old items
 * no new one points to were removed. Items with ids are the same item when their ids are; items without ids
 * when their values are equal, and an edited one is the old one it stands in place of (between the same
 * unchanged neighbours, the most alike first). Undefined when the list cannot be matched (some items with ids
 * and some without, or an id given twice): then it is matched by position when its length is unchanged.
 */
function matchItems(before: readonly unknown[], next: readonly unknown[]): Array<number | undefined> | undefined {
  const beforeIds = before.map(idOf);
  const nextIds = next.map(idOf);
  const withIds = [...beforeIds, ...nextIds].filter((id) => id !== undefined).length;
  if (withIds > 0) {
    const matchable = withIds === before.length + next.length && !hasRepeats(beforeIds) && !hasRepeats(nextIds);
    if (matchable) return nextIds.map((id) => (beforeIds.includes(id) ? beforeIds.indexOf(id) : undefined));
    return before.length === next.length ? next.map((_, i) => i) : undefined;
  }
  const used = new Set<number>();
  const from = next.map((value) => {
    const old = before.findIndex((b, i) => !used.has(i) && sameValue(b, value));
    if (old < 0) return undefined;
    used.add(old);
    return old;
  });
  const anchors = from.filter((i) => i !== undefined);
  if (anchors.some((old, i) => i > 0 && old < anchors[i - 1]!)) return from; // moved: edited items are new ones
  // Between two unchanged neighbours, an edited item takes the place of an old one there.
  let lastOld = -1;
  let j = 0;
  while (j <= next.length) {
    let k = j;
    while (k < next.length && from[k] === undefined) k++;
    const boundary = k < next.length ? from[k]! : before.length;
    let free = lastOld + 1;
    for (let n = j; n < k && free < boundary; n++) {
      let best = free;
      for (let o = free + 1; o < boundary; o++) if (likeness(before[o], next[n]) > likeness(before[best], next[n])) best = o;
      from[n] = best;
      free = best + 1;
    }
    lastOld = boundary;
    j = k + 1;
  }
  return from;
}

/** Where the line holding `offset` starts, and where the line holding it ends (after its line break). */
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
};

/** The start of the comment lines directly above the line at `first`, not climbing past `floor`: an item's own comments. */
function commentTop(source: string, first: number, floor: number): number {
  let top = first;
  while (top > floor) {
    const above = lineStart(source, top - 1);
    if (!source.slice(above, top).trimStart().startsWith('#')) break;
    top = above;
  }
  return top;
}

/** `end` moved past the comment lines after it that are indented deeper than `column`: they are inside what ends there. */
function pastInnerComments(text: string, end: number, column: number): number {
  let at = end;
  while (at < text.length) {
    const line = text.slice(at, lineEnd(text, at));
    const depth = line.length - line.trimStart().length;
    if (!line.trimStart().startsWith('#') || depth <= column) break;
    at += line.length;
  }
  return at;
}

/**
 * Where each item of a list is written: `starts[i]` to `ends[i]` is the item with the comment lines right above
 * it (block style; they are about it and go where it goes), or the item alone (flow style). The text between two
 * items (blank lines, a comment apart from any item, a flow comma) stays where it is. Undefined when an item is
 * not on lines of its own, so its text cannot be cut or moved alone.
 */
interface Layout {
  flow: boolean;
  starts: number[];
  ends: number[];
  indent: string;
  /** A group whose first key follows a list item's dash (`- id: a`): that key cannot be cut alone. */
  dashed?: boolean;
}

function layoutOf(source: string, seq: YAMLSeq): Layout | undefined {
  const ranges = seq.items.map((item) => (isNode(item) ? item.range : undefined));
  if (ranges.some((r) => !r) || !seq.range) return undefined;
  const flow = Boolean(seq.flow);
  if (flow && source[seq.range[0]] !== '[') return undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  let indent = '';
  for (const [i, range] of ranges.entries()) {
    const [start, valueEnd] = range!;
    if (flow) {
      starts.push(start);
      ends.push(valueEnd);
      continue;
    }
    const dash = source.lastIndexOf('-', start - 1);
    const first = lineStart(source, dash);
    if (dash < 0 || source.slice(first, dash).trim() !== '' || source.slice(dash + 1, start).trim() !== '') return undefined;
    if (i === 0) indent = ' '.repeat(dash - first);
    else if (dash - first !== indent.length) return undefined;
    const floor = i === 0 ? 0 : ends[i - 1]!;
    const top = commentTop(source, first, floor);
    if (top < floor) return undefined;
    starts.push(top);
    ends.push(pastInnerComments(source, lineEnd(source, valueEnd - 1), indent.length));
  }
  return { flow, starts, ends, indent };
}

/**
 * `source[start, end)` with the edits that fall inside it, applied from the end. Where two start at one place,
 * a cut comes before what is written there, and what was found first (an item added to a nested list) is
 * written before what was found after it (a key added to the group holding that list).
 */
function withEdits(source: string, start: number, end: number, edits: readonly Edit[]): string {
  // What is written at `start` itself belongs to the text before it (a key added at the end of the item before).
  const within = (edit: Edit) => (edit.start > start || (edit.start === start && edit.end > start) || start === 0) && edit.end <= end;
  const inside = edits.map((edit, order) => ({ edit, order })).filter(({ edit }) => within(edit));
  inside.sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.order - a.order);
  let text = source.slice(start, end);
  for (const { edit } of inside) text = text.slice(0, edit.start - start) + edit.text + text.slice(edit.end - start);
  return text;
}

/**
 * A value in flow style, padded as the flow collection `sample` (its text, brackets included) pads its own: the
 * library pads every bracket; lists are written unpadded and maps padded unless the sample shows otherwise (not
 * when a quoted text could hold a bracket and a space of its value).
 */
function flowText(value: unknown, sample: string): string {
  const text = stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
  if (/['"]/.test(text)) return text;
  const inner = sample.slice(1, -1);
  let written = /\[ /.test(inner) ? text : text.replace(/\[ /g, '[').replace(/ \]/g, ']');
  if (/\{[^ ]/.test(inner)) written = written.replace(/\{ /g, '{').replace(/ \}/g, '}');
  return written;
}

/** A new item written as the list writes its items: in flow style on one line, or in block style at its indentation. */
function itemText(value: unknown, layout: Layout, sample: string): string {
  if (layout.flow) return flowText(value, sample);
  return stringify([value], { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line) => layout.indent + line)
    .join('\n')
    .concat('\n');
}

/**
 * Applies the editor's list to the list in the file as text edits, so every item keeps its comments and layout:
 * kept items are merged value by value where they are, removed ones are cut with their own comment lines, new
 * ones are written where the editor put them, in the list's own style; when items were moved, each is moved
 * with its comments. The document is changed the same way, in case another change makes the whole file be
 * written from it.
 */
function applyList(merge: Merge, seq: YAMLSeq, path: Path, before: unknown[], next: unknown[], from: Array<number | undefined>): void {
  const { doc, source, structural } = merge;
  const inner: Edit[] = [];
  for (const [j, old] of from.entries()) if (old !== undefined) apply({ ...merge, edits: inner }, [...path, old], before[old], next[j]);
  const kept = from.filter((old) => old !== undefined);
  const removed = before.flatMap((_, i) => (kept.includes(i) ? [] : [i]));
  const added = next.flatMap((_, j) => (from[j] === undefined ? [j] : []));
  const moved = kept.some((old, i) => i > 0 && old < kept[i - 1]!);
  const newValue = (j: number) => pruneEmpty(next[j]) ?? next[j];
  if (removed.length === 0 && added.length === 0 && !moved) {
    merge.edits.push(...inner);
    return;
  }
  const layout = layoutOf(source, seq);
  const edits =
    layout &&
    (moved
      ? movedText(source, seq, layout, from, inner, newValue)
      : itemEdits(source, seq, layout, from, removed, newValue, afterKey(merge, path)));
  if (edits) merge.edits.push(...(moved ? [] : inner), ...edits);
  else structural.changed = true;
  const nodes = [...seq.items];
  seq.items = next.map((_, j) => {
    const old = from[j];
    return old === undefined ? doc.createNode(newValue(j)) : nodes[old];
  });
}

/** Just after the colon of the key a list is the value of, or undefined when it is not written `key:`. */
function afterKey(merge: Merge, path: Path): number | undefined {
  const parent = path.length === 1 ? merge.doc.contents : merge.doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
  const end = pair && isNode(pair.key) ? pair.key.range?.[1] : undefined;
  if (end === undefined) return undefined;
  const colon = merge.source.indexOf(':', end);
  return colon >= 0 && merge.source.slice(end, colon).trim() === '' ? colon + 1 : undefined;
}

/** The edits of a list whose kept items stay in order: removed items cut, new ones written next to their neighbours. */
function itemEdits(
  source: string,
  seq: YAMLSeq,
  layout: Layout,
  from: Array<number | undefined>,
  removed: number[],
  newValue: (j: number) => unknown,
  emptyAt: number | undefined,
): Edit[] | undefined {
  const { flow, starts, ends } = layout;
  const n = starts.length;
  const kept = from.filter((old) => old !== undefined);
  const edits: Edit[] = [];
  if (!flow && from.length === 0) {
    // A block list has no way to be empty: its key is given `[]`, as the library would write it.
    if (emptyAt === undefined) return undefined;
    edits.push({ start: emptyAt, end: emptyAt, text: ' []' });
  }
  if (flow) {
    // A removed item goes with the comma after it; the last ones with the comma before them.
    let tail = n;
    while (tail > 0 && removed.includes(tail - 1)) tail--;
    for (const i of removed) if (i < tail) edits.push({ start: starts[i]!, end: starts[i + 1]!, text: '' });
    if (tail < n) edits.push({ start: tail === 0 ? starts[0]! : ends[tail - 1]!, end: ends[n - 1]!, text: '' });
  } else {
    for (const i of removed) {
      // Blank lines before a removed item go with it, so no gap is left twice.
      const blankBefore = i > 0 && source.slice(ends[i - 1], starts[i]).trim() === '';
      edits.push({ start: blankBefore ? ends[i - 1]! : starts[i]!, end: ends[i]!, text: '' });
    }
  }
  const sample = source.slice(seq.range![0], seq.range![1]);
  const sep = flow ? ', ' : '';
  // New items are written after the kept item before them, or before the first kept item, or alone.
  const groups = new Map<number, { after: boolean; texts: string[] }>();
  for (const [j, old] of from.entries()) {
    if (old !== undefined) continue;
    const previous = from.slice(0, j).findLast((o) => o !== undefined);
    const following = from.slice(j + 1).find((o) => o !== undefined);
    const at =
      previous !== undefined ? ends[previous]! : following !== undefined ? starts[following]! : n > 0 ? starts[0]! : seq.range![0] + 1;
    const group = groups.get(at) ?? { after: previous !== undefined, texts: [] };
    group.texts.push(itemText(newValue(j), layout, sample));
    groups.set(at, group);
  }
  for (const [at, { after, texts }] of groups) {
    let text = texts.join(sep);
    if (after) text = sep + text;
    else if (kept.length > 0) text += sep;
    if (!flow && source[at - 1] !== '\n' && at > 0) text = `\n${text}`;
    edits.push({ start: at, end: at, text });
  }
  return edits;
}

/** One edit writing the items of a list whose items were moved, each with its comments, in their new order. */
function movedText(
  source: string,
  seq: YAMLSeq,
  layout: Layout,
  from: Array<number | undefined>,
  inner: readonly Edit[],
  newValue: (j: number) => unknown,
): Edit[] | undefined {
  const { flow, starts, ends } = layout;
  const n = starts.length;
  const gaps = starts.map((start, i) => (i === 0 ? '' : source.slice(ends[i - 1], start)));
  // What stands between items stays by position; between items that are now fewer it would be lost.
  if (gaps.slice(from.length).some((gap) => (flow ? gap.includes('#') : gap.trim() !== ''))) return undefined;
  if (flow && gaps.some((gap) => gap.includes('#'))) return undefined; // a comment in a flow list: no item to move it with
  const sample = source.slice(seq.range![0], seq.range![1]);
  const items = from.map((old, j) => {
    const text = old === undefined ? itemText(newValue(j), layout, sample) : withEdits(source, starts[old]!, ends[old]!, inner);
    return flow || text.endsWith('\n') ? text : `${text}\n`;
  });
  const text = items.map((item, j) => (j === 0 ? '' : (gaps[j] ?? (flow ? ', ' : ''))) + item).join('');
  return [{ start: starts[0]!, end: ends[n - 1]!, text }];
}

/** A text's front matter block: its YAML (group 1) between the `---` lines; what follows is the body. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

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
