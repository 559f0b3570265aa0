/**
 * A minimal XML tokeniser for the parts of an .xlsx workbook. It knows elements, attributes and
 * text, the five predefined entities and numeric character references, and nothing else: a DTD
 * (which could declare entities that expand without end) is refused, never processed.
 */

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

/** Malformed or unsupported XML. The message says what, for the "file is damaged" error. */
export class XmlError extends Error {
  override name = 'XmlError';
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Code points XML 1.0 allows in a document. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Replaces `&lt;`, `&#1040;`, `&#x410;` and their kind; any other `&` is an error. */
export function decodeXmlText(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    const semi = s.indexOf(';', amp);
    if (semi < 0 || semi - amp > 10) throw new XmlError('an "&" that starts no entity');
    const ref = s.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ref.startsWith('#x')) ch = /^#x[0-9a-fA-F]{1,6}$/.test(ref) ? fromCode(parseInt(ref.slice(2), 16)) : undefined;
    else if (ref.startsWith('#')) ch = /^#[0-9]{1,7}$/.test(ref) ? fromCode(parseInt(ref.slice(1), 10)) : undefined;
    else ch = NAMED[ref];
    if (ch === undefined) throw new XmlError(`the reference &${ref}; is not one XML defines`);
    out += s.slice(last, amp) + ch;
    last = semi + 1;
    amp = s.indexOf('&', last);
  }
  return out + s.slice(last);
}

function fromCode(code: number): string | undefined {
  return isXmlChar(code) ? String.fromCodePoint(code) : undefined;
}

/** `x:row` → `row`: some writers prefix every element; the parts are read by local name. */
const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1);

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isNameChar = (c: number) =>
  !isSpace(c) && c !== 0x3d /* = */ && c !== 0x3e /* > */ && c !== 0x2f /* / */ && c !== 0x3c /* < */ && c !== 0x22 && c !== 0x27;

/** Tokens of an XML text, in order. Comments, processing instructions and the XML declaration are skipped. */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  const n = xml.length;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      yield { kind: 'text', text: decodeXmlText(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { kind: 'text', text: decodeXmlText(xml.slice(i, lt)) };
    if (xml.startsWith('<?', lt)) {
      i = after(xml, '?>', lt + 2);
    } else if (xml.startsWith('<!--', lt)) {
      i = after(xml, '-->', lt + 4);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = after(xml, ']]>', lt + 9);
      yield { kind: 'text', text: xml.slice(lt + 9, end - 3) };
      i = end;
    } else if (xml.startsWith('<!', lt)) {
      throw new XmlError('it declares a DTD (<!DOCTYPE or <!ENTITY), which a spreadsheet never does');
    } else if (xml.charCodeAt(lt + 1) === 0x2f /* / */) {
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) throw new XmlError('a closing tag never ends');
      yield { kind: 'close', name: localName(xml.slice(lt + 2, gt).trim()) };
      i = gt + 1;
    } else {
      i = yield* openTag(xml, lt);
    }
  }
}

function after(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new XmlError(`a "${marker}" is missing`);
  return at + marker.length;
}

/** Reads `<name a="1" b='2'>` or `<name/>` starting at `lt`; yields it and returns where the text goes on. */
function* openTag(xml: string, lt: number): Generator<XmlToken, number> {
  const n = xml.length;
  let i = lt + 1;
  while (i < n && isNameChar(xml.charCodeAt(i))) i++;
  const name = localName(xml.slice(lt + 1, i));
  if (!name) throw new XmlError('a tag has no name');
  // No prototype: an attribute named __proto__ must stay a plain key.
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (;;) {
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (i >= n) throw new XmlError(`the tag <${name}> never ends`);
    const c = xml.charCodeAt(i);
    if (c === 0x3e /* > */) {
      yield { kind: 'open', name, attrs, selfClosing: false };
      return i + 1;
    }
    if (c === 0x2f /* / */) {
      if (xml.charCodeAt(i + 1) !== 0x3e) throw new XmlError(`a stray "/" in <${name}>`);
      yield { kind: 'open', name, attrs, selfClosing: true };
      return i + 2;
    }
    const start = i;
    while (i < n && isNameChar(xml.charCodeAt(i))) i++;
    const attr = xml.slice(start, i);
    if (!attr) throw new XmlError(`a stray character in <${name}>`);
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 0x3d /* = */) throw new XmlError(`the attribute ${attr} in <${name}> has no value`);
    i++;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") throw new XmlError(`the attribute ${attr} in <${name}> is not quoted`);
    const end = xml.indexOf(quote, i + 1);
    if (end < 0) throw new XmlError(`the attribute ${attr} in <${name}> never ends`);
    // Namespace declarations say nothing the reader needs; `r:id` is kept as `id`.
    if (attr !== 'xmlns' && !attr.startsWith('xmlns:')) attrs[localName(attr)] = decodeXmlText(xml.slice(i + 1, end));
    i = end + 1;
  }
}

/** Escapes text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
