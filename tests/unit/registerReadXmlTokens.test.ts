// The XML tokeniser under the .xlsx import, at the edges the existing register tests leave open:
// byte-order marks, prefixed names, every kind of whitespace, characters that end a name, the
// attribute named __proto__, and exactly where an "&" stops being an entity. Parts of a register
// come from people we do not fully trust, so what is refused and how it is worded matter.
import { describe, expect, it } from 'vitest';
import { decodeXmlText, escapeXml, xmlTokens } from '../../src/lib/register/xml.ts';
import { xmlFailure } from './registerHelpers.ts';

const tokens = (xml: string) => [...xmlTokens(xml)];
const open = (name: string, attrs: Record<string, string> = {}, selfClosing = false) => ({ kind: 'open', name, attrs, selfClosing });

describe('decoding entities in text', () => {
  it('decodes several entities in one text and keeps the text between and after them', () => {
    expect(decodeXmlText('a&lt;b&gt;c&amp;d&quot;e&apos;f')).toBe('a<b>c&d"e\'f');
    expect(decodeXmlText('Пляж &#1040;&#x410; end')).toBe('Пляж АА end');
  });

  it('returns a text without "&" unchanged', () => {
    expect(decodeXmlText('no entities here; none')).toBe('no entities here; none');
  });

  it('looks for the ";" at most 10 characters after the "&": a longer name is a lone ampersand', () => {
    // Nine letters: the ";" is 10 characters on, so it is read as a (wrong) reference.
    expect(xmlFailure(() => decodeXmlText('&abcdefghi;'))).toBe('the reference &abcdefghi; is not one XML defines');
    // Ten letters: too far for any reference XML defines.
    expect(xmlFailure(() => decodeXmlText('&abcdefghij;'))).toBe('an "&" that starts no entity');
  });

  it('refuses an "&" with no ";" after it even when an earlier entity was fine', () => {
    expect(xmlFailure(() => decodeXmlText('&lt; and & more'))).toBe('an "&" that starts no entity');
  });

  it('reads "#x" references as hexadecimal and "#" references as decimal, and refuses "#X" and letters in decimal', () => {
    expect(decodeXmlText('&#x41;&#65;&#x000041;&#0000065;')).toBe('AAAA');
    expect(xmlFailure(() => decodeXmlText('&#X41;'))).toBe('the reference &#X41; is not one XML defines');
    expect(xmlFailure(() => decodeXmlText('&#6A;'))).toBe('the reference &#6A; is not one XML defines');
    expect(xmlFailure(() => decodeXmlText('&#;'))).toBe('the reference &#; is not one XML defines');
    expect(xmlFailure(() => decodeXmlText('&#00000065;'))).toBe('the reference &#00000065; is not one XML defines');
    expect(xmlFailure(() => decodeXmlText('&x41;'))).toBe('the reference &x41; is not one XML defines');
  });

  it('refuses references to the characters just outside what XML allows', () => {
    for (const ref of ['&#0;', '&#11;', '&#12;', '&#14;', '&#x1F;', '&#xFFFF;'])
      expect(
        xmlFailure(() => decodeXmlText(ref)),
        ref,
      ).toBe(`the reference ${ref} is not one XML defines`);
  });
});

describe('reading markup', () => {
  it('names its errors XmlError, so a log says which reader refused the part', () => {
    let error: unknown;
    try {
      tokens('<a');
    } catch (e) {
      error = e;
    }
    expect(String(error)).toBe('XmlError: the tag <a> never ends');
  });

  it('skips a byte-order mark at the very start, but keeps one later in the text', () => {
    expect(tokens('\uFEFF<a/>')).toEqual([open('a', {}, true)]);
    expect(tokens('<a>\uFEFF</a>')).toEqual([open('a'), { kind: 'text', text: '\uFEFF' }, { kind: 'close', name: 'a' }]);
  });

  it('gives text after the last tag, decoded, and gives no empty text between adjacent tags', () => {
    expect(tokens('<a/><b></b>tail &amp; end')).toEqual([
      open('a', {}, true),
      open('b'),
      { kind: 'close', name: 'b' },
      { kind: 'text', text: 'tail & end' },
    ]);
    expect(tokens('only text')).toEqual([{ kind: 'text', text: 'only text' }]);
    expect(tokens('')).toEqual([]);
  });

  it('reads elements and attributes by local name, drops namespace declarations and keeps r:id as id', () => {
    expect(tokens('<x:row xmlns="m" xmlns:x="n" xmlns:r="o" r:id="rId1" x:spans="1:3"><x:c/></x:row >')).toEqual([
      open('row', { id: 'rId1', spans: '1:3' }),
      open('c', {}, true),
      { kind: 'close', name: 'row' },
    ]);
  });

  it('keeps an attribute that only starts like xmlns', () => {
    expect(tokens('<a xmlnsx="1"/>')).toEqual([open('a', { xmlnsx: '1' }, true)]);
  });

  it('decodes entities in attribute values', () => {
    expect(tokens('<a v="&lt;&amp;&#x410;&quot;"/>')).toEqual([open('a', { v: '<&А"' }, true)]);
  });

  it('accepts tabs, line breaks and carriage returns wherever a space may be', () => {
    expect(tokens('<a\tb\t=\t"1"\nc\n=\n\'2\'\rd\r=\r"3"\r\n/>')).toEqual([open('a', { b: '1', c: '2', d: '3' }, true)]);
    expect(tokens('<a\n>x</a\t>')).toEqual([open('a'), { kind: 'text', text: 'x' }, { kind: 'close', name: 'a' }]);
  });

  it('ends a name at =, >, /, <, and quotes', () => {
    expect(tokens('<a>')).toEqual([open('a')]);
    expect(tokens('<a/>')).toEqual([open('a', {}, true)]);
    expect(tokens('<a b="1"c="2"/>')).toEqual([open('a', { b: '1', c: '2' }, true)]);
    expect(tokens('<a b="x"/>')[0]).toEqual(open('a', { b: 'x' }, true));
    expect(xmlFailure(() => tokens('<a<b/>'))).toBe('a stray character in <a>');
    expect(xmlFailure(() => tokens('<a "b"/>'))).toBe('a stray character in <a>');
    expect(xmlFailure(() => tokens("<a 'b'/>"))).toBe('a stray character in <a>');
    expect(xmlFailure(() => tokens('<a b"="1"/>'))).toBe('the attribute b in <a> has no value');
    expect(xmlFailure(() => tokens("<a b'='1'/>"))).toBe('the attribute b in <a> has no value');
    expect(xmlFailure(() => tokens('<a b<="1"/>'))).toBe('the attribute b in <a> has no value');
    expect(xmlFailure(() => tokens('<a b>="1"/>'))).toBe('the attribute b in <a> has no value');
    expect(xmlFailure(() => tokens('<a b/="1"/>'))).toBe('the attribute b in <a> has no value');
  });

  it('ends a quoted value at its own kind of quote', () => {
    expect(tokens(`<a b="it's" c='say "hi"'/>`)).toEqual([open('a', { b: "it's", c: 'say "hi"' }, true)]);
  });

  it('keeps an attribute named __proto__ as a plain value', () => {
    const [t] = tokens('<a __proto__="x" constructor="y"/>');
    expect(t).toEqual({ kind: 'open', name: 'a', attrs: expect.anything(), selfClosing: true });
    const attrs = (t as { attrs: Record<string, string> }).attrs;
    expect(Object.keys(attrs)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(attrs, '__proto__')?.value).toBe('x');
    expect(attrs.constructor).toBe('y');
    expect(Object.getPrototypeOf(attrs)).toBeNull();
  });

  it('refuses a DOCTYPE or ENTITY declaration, saying a spreadsheet never has one', () => {
    const message = 'it declares a DTD (<!DOCTYPE or <!ENTITY), which a spreadsheet never does';
    expect(xmlFailure(() => tokens('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'))).toBe(message);
    expect(xmlFailure(() => tokens('<x><!ENTITY a "b"></x>'))).toBe(message);
  });

  it('skips processing instructions and the declaration, and refuses an unterminated CDATA section', () => {
    expect(tokens('<?xml version="1.0"?><a><?pi data?>x</a>')).toEqual([
      open('a'),
      { kind: 'text', text: 'x' },
      { kind: 'close', name: 'a' },
    ]);
    expect(xmlFailure(() => tokens('<a><![CDATA[x</a>'))).toBe('a "]]>" is missing');
  });

  it('keeps CDATA text exactly, even an empty section or one with "]]" inside', () => {
    expect(tokens('<![CDATA[]]>')).toEqual([{ kind: 'text', text: '' }]);
    expect(tokens('<![CDATA[a]]b]]>')).toEqual([{ kind: 'text', text: 'a]]b' }]);
  });

  it('refuses a tag that ends right after its name or a space', () => {
    expect(xmlFailure(() => tokens('<a'))).toBe('the tag <a> never ends');
    expect(xmlFailure(() => tokens('<a b="1" '))).toBe('the tag <a> never ends');
    expect(xmlFailure(() => tokens('<a b'))).toBe('the attribute b in <a> has no value');
    expect(xmlFailure(() => tokens('<a b='))).toBe('the attribute b in <a> is not quoted');
    expect(xmlFailure(() => tokens('<a/'))).toBe('a stray "/" in <a>');
  });

  it('refuses a bad entity in a text or an attribute, saying which', () => {
    expect(xmlFailure(() => tokens('<a>&nbsp;</a>'))).toBe('the reference &nbsp; is not one XML defines');
    expect(xmlFailure(() => tokens('<a b="&bogus;"/>'))).toBe('the reference &bogus; is not one XML defines');
    expect(xmlFailure(() => tokens('<a/>x & y'))).toBe('an "&" that starts no entity');
  });
});

describe('escaping text for XML', () => {
  it('escapes &, <, > and double quotes, and leaves apostrophes and other text alone', () => {
    expect(escapeXml(`Tom & "Jerry" <b>'s</b> ә`)).toBe(`Tom &amp; &quot;Jerry&quot; &lt;b&gt;'s&lt;/b&gt; ә`);
  });

  it('reads back as the same text', () => {
    const text = 'a&b<c>d"e\'f &amp;';
    expect(tokens(`<t v="${escapeXml(text)}">${escapeXml(text)}</t>`)).toEqual([
      open('t', { v: text }),
      { kind: 'text', text },
      { kind: 'close', name: 't' },
    ]);
  });
});
