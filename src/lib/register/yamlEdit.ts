import { Composer, CST, Document, Parser, isMap, isScalar, isSeq, parseDocument, stringify, visit, type Node } from 'yaml';

export interface YamlEdit {
  path: readonly string[];
  /** New value; `undefined` removes the field. */
  value: unknown;
}

const isPlainValue = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How a string must be written so that both YAML 1.2 (our checker) and YAML 1.1 readers
 * (which take `yes` for true and `2025-01-01` for a date) read it back as the same text,
 * even inside `{ … }`. Dates stay plain on purpose: every reader accepts them as dates.
 */
function scalarStyle(value: string): 'PLAIN' | 'QUOTE_DOUBLE' {
  if (DATE.test(value)) return 'PLAIN';
  // A line break in a plain scalar folds (and inside `{ … }` can end the mapping): write it as \n in quotes.
  if (/[\n\r]/.test(value)) return 'QUOTE_DOUBLE';
  const flow = stringify([value], { version: '1.1', collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: false }).trim();
  return flow.startsWith('["') || flow.startsWith("['") ? 'QUOTE_DOUBLE' : 'PLAIN';
}

/** Options every facts.yaml is written with: long lines are not folded, `{ a: 1 }` keeps its spaces. */
export const YAML_WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: true } as const;

function pruneEmptyParents(doc: Document, path: readonly string[]) {
  for (let i = path.length - 1; i > 0; i--) {
    const parent = doc.getIn(path.slice(0, i), true);
    if (isMap(parent) && parent.items.length === 0) doc.deleteIn(path.slice(0, i));
    else break;
  }
}

function nodeFor(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  // Short lists of words or numbers read best on one line, as the demo files write them.
  if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
  // Every text in the value, however deep (a list item, a photo's alt text), is quoted where YAML 1.1 would misread it.
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && scalarStyle(scalar.value) === 'QUOTE_DOUBLE') scalar.type = 'QUOTE_DOUBLE';
    },
  });
  return node;
}

/**
 * Applies edits to a YAML text and keeps everything else: comments, order, quoting and
 * number formats. When every edit replaces one existing scalar, only those scalars change
 * in the text; adding or removing fields rewrites the file with the same comments.
 */
export function editYaml(text: string, edits: readonly YamlEdit[]): string {
  const tokens = [...new Parser().parse(text)];
  const [doc] = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  if (!doc) throw new Error('empty YAML document');
  const inPlace = edits.every((e) => {
    // A multi-line text needs indenting that only the full writer does right.
    if (!isPlainValue(e.value) || (typeof e.value === 'string' && /[\n\r]/.test(e.value))) return false;
    const node = doc.getIn(e.path, true);
    return isScalar(node) && node.srcToken !== undefined && node.value !== null;
  });
  if (inPlace) {
    for (const { path, value } of edits) {
      const node = doc.getIn(path, true) as import('yaml').Scalar;
      const token = node.srcToken as CST.FlowScalar | CST.BlockScalar;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const type = typeof value === 'string' ? (quoted ? node.type! : scalarStyle(value)) : 'PLAIN';
      CST.setScalarValue(token, String(value), { type: type as 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' });
    }
    return tokens.map((t) => CST.stringify(t)).join('');
  }
  const full = parseDocument(text);
  for (const { path, value } of edits) {
    if (value === undefined) {
      full.deleteIn(path);
      pruneEmptyParents(full, path);
    } else full.setIn(path, nodeFor(full, value));
  }
  // yaml writes all flow collections with or without inner spaces; the files mix `{ a: 1 }` and `[a, b]`.
  // Keep whichever form each untouched line had, so the diff shows only real changes.
  const padded = full.toString(YAML_WRITE_OPTIONS).split('\n');
  const tight = full.toString({ ...YAML_WRITE_OPTIONS, flowCollectionPadding: false }).split('\n');
  const original = new Set(text.split('\n'));
  if (padded.length !== tight.length) return padded.join('\n');
  return padded.map((line, i) => (original.has(line) || !original.has(tight[i]!) ? line : tight[i]!)).join('\n');
}

/** Paths written as `{ … }` on one line in a new facts file, as in the demonstration offers. */
const FLOW_MAPS = [
  /^location$/,
  /^right$/,
  /^acquisition$/,
  /^price$/,
  /^utilities\.\w+$/,
  /^audit\.auditor$/,
  /^object\.(type|owner)$/,
  /^roadDistances\.\d+$/,
  /^project\.partnersSought\.\d+$/,
  /^project\.phases\.\d+\.name$/,
];

/** A new YAML document for plain data, styled like the hand-written facts files. */
export function newYamlText(data: Record<string, unknown>, headerComment?: string): string {
  const doc = new Document(data);
  const style = (node: unknown, path: string) => {
    if (isMap(node)) {
      if (FLOW_MAPS.some((re) => re.test(path))) node.flow = true;
      for (const pair of node.items)
        style(
          pair.value,
          path
            ? `${path}.${String((pair.key as { value?: unknown })?.value ?? pair.key)}`
            : String((pair.key as { value?: unknown })?.value ?? pair.key),
        );
    } else if (isSeq(node)) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
      node.items.forEach((item, i) => {
        style(item, `${path}.${i}`);
      });
    } else if (isScalar(node) && typeof node.value === 'string' && scalarStyle(node.value) === 'QUOTE_DOUBLE') node.type = 'QUOTE_DOUBLE';
  };
  style(doc.contents, '');
  if (headerComment) doc.commentBefore = headerComment;
  return doc.toString(YAML_WRITE_OPTIONS);
}
