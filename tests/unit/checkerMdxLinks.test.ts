import { describe, expect, it } from 'vitest';
import { linkProblem, looksLikeFileReference } from '../../src/lib/validation/links.ts';
import { checkMdxBody } from '../../src/lib/validation/safeMdx.ts';

// The messages an official gets for a component or a link written wrong in an offer text. The expected
// words are the ones content/docs/components.md teaches (attribute names, allowed values, the fixes).

/** The problems of one offer-text body starting on line 5 (after a four-line front matter), as `line: message (fix: hint)`. */
function problemsOf(body: string): string[] {
  return checkMdxBody(body, { file: 'content/offers/x/en.mdx', bodyLine: 5, where: 'offer' }).problems.map(
    (p) => `${p.line}: ${p.message} (fix: ${p.hint})`,
  );
}

describe('components written wrong', () => {
  it('suggests the component a misspelt name was meant to be', () => {
    const [problem] = problemsOf('<Calout type="tip">Bring water.</Calout>\n');
    expect(problem).toMatch(
      /^5: `<Calout>` is not a component content may use\. \(fix: did you mean <Callout>\? allowed here: <Callout>, /,
    );
    expect(problem).toContain('<br>, <sup>, <sub> (see content/docs/components.md)');
  });

  it('names an unknown attribute and the attributes the component has', () => {
    expect(problemsOf('<Callout typ="warning">Snow in winter.</Callout>\n')).toEqual([
      '5: <Callout> has no attribute `typ` (fix: use type, title)',
    ]);
  });

  it('says a plain tag takes no attributes', () => {
    expect(problemsOf('Area 40 m<sup class="x">2</sup>.\n')).toEqual([
      '5: <sup> has no attribute `class` (fix: <sup> takes no attributes)',
      '5: <sup> takes no attributes (fix: write <sup>)',
    ]);
  });

  it('asks for a value in quotes for an attribute written bare', () => {
    expect(problemsOf('<Callout type>Snow in winter.</Callout>\n')).toEqual([
      '5: `type` on <Callout> needs a value in quotes (fix: write type="…")',
    ]);
  });

  it('lists the allowed values of an attribute given another', () => {
    expect(problemsOf('<Callout type="danger">Snow in winter.</Callout>\n')).toEqual([
      '5: `type` on <Callout>: `danger` is not one of note, tip, warning (fix: note (default), tip or warning)',
    ]);
  });

  it('asks for a required attribute with what it is for', () => {
    expect(problemsOf('<VideoLink title="Drone flight" />\n')).toEqual([
      '5: <VideoLink> needs `href` (fix: add href="…" (the video’s address, starting with https://))',
    ]);
  });

  it('refuses text inside a component that takes none', () => {
    expect(problemsOf('<VideoLink href="https://www.youtube.com/watch?v=aaaaaaaaaaa" title="Drone flight">Watch it</VideoLink>\n')).toEqual(
      ['5: <VideoLink> takes no text inside (fix: write it as <VideoLink … />)'],
    );
  });
});

describe('text the MDX reader cannot read', () => {
  it('explains a component whose closing tag is on the same line as other text', () => {
    const [problem] = problemsOf('Intro\n\n<Callout>\nSnow\n\n</Callout> more text\n');
    expect(problem).toMatch(/^\d+: the text cannot be read as MDX: /);
    expect(problem).toContain(
      '(fix: put a component that wraps text on its own lines, with an empty line before <Name …> and after </Name>)',
    );
  });

  it('tells how to write < and { as text', () => {
    const [problem] = problemsOf('Price {about 5 million\n');
    expect(problem).toMatch(/^5: the text cannot be read as MDX: /);
    expect(problem).toContain(
      '(fix: MDX treats `<` and `{` as the start of code: to write them as text put a backslash before them (\\< and \\{); for a link write [text](https://…))',
    );
  });
});

describe('script words anywhere in the text, code blocks included', () => {
  it('refuses javascript: and an event handler even inside code', () => {
    expect(problemsOf('Plain text.\n\n    javascript:void(0)\n\nAnd `<b onclick="x()">` here.\n')).toEqual([
      '7: the text contains `javascript:`, which is not allowed anywhere in content, not even in a code block (fix: reword it or delete it)',
      '9: the text contains `on…= (event handler)`, which is not allowed anywhere in content, not even in a code block (fix: reword it or delete it)',
    ]);
  });
});

describe('link addresses', () => {
  it('accepts the addresses the guide allows', () => {
    for (const ok of [
      'https://example.kz/a',
      'mailto:officer@example.kz',
      'tel:+7 700 000-00-01',
      'tel:87000000001',
      '#contacts',
      '/en/offers/shaitankol-glamping#contacts',
    ])
      expect(linkProblem(ok), ok).toBeUndefined();
  });

  it('says what is wrong with each kind of bad address', () => {
    const cases: Record<string, string> = {
      '': 'the link has no address',
      '  ': 'the link has no address',
      'https://example.kz/a b': 'the address contains a space or a backslash',
      'https://example.kz:99999/': 'the address is not a valid web address',
      'https://localhost/': 'the address has no proper site name (such as example.kz)',
      'mailto:officer': 'the email address after mailto: is not valid',
      'tel:+7 700 CALL': 'the phone number after tel: may contain only digits, +, spaces, brackets and dashes',
      'tel:7x7': 'the phone number after tel: may contain only digits, +, spaces, brackets and dashes',
      'tel:x tel:77': 'the phone number after tel: may contain only digits, +, spaces, brackets and dashes',
      '#two words': 'the #section part contains spaces or unusual characters',
      '/en/offers#a"b': 'the #section part contains spaces or unusual characters',
      '/en/ofertas/año': 'a page address may contain only Latin letters, digits, - . _ ~ and /',
    };
    for (const [url, why] of Object.entries(cases)) expect(linkProblem(url), JSON.stringify(url)).toBe(why);
  });

  it('takes a build-tool query such as ?raw in a caption for a file reference', () => {
    expect(looksLikeFileReference('plan?raw')).toBe(true);
    expect(looksLikeFileReference('Shore in July?')).toBe(false);
  });
});
