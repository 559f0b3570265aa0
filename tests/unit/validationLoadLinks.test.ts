import { describe, expect, it } from 'vitest';
import { LINK_HINT, httpsProblem, linkProblem, looksLikeFileReference, schemeOf } from '../../src/lib/validation/links.ts';

// What a content file may link to, as the checker tells an official: each refused address with the reason in words.

describe('schemeOf', () => {
  it('reads the scheme in lower case, as a browser does after dropping spaces and control characters', () => {
    expect(schemeOf('https://example.kz')).toBe('https');
    expect(schemeOf(' JavaScript:alert(1)')).toBe('javascript');
    expect(schemeOf('java\tscript:alert(1)')).toBe('javascript');
    expect(schemeOf('\u0000java\nscript:x')).toBe('javascript');
    expect(schemeOf('jav\u007fa\u0080scr\u009fipt:x')).toBe('javascript');
    expect(schemeOf('a+b.c-d9:x')).toBe('a+b.c-d9');
  });

  it('finds no scheme in a path, a name starting with a digit, or behind a no-break space', () => {
    expect(schemeOf('/en/offers/')).toBeUndefined();
    expect(schemeOf('9http:x')).toBeUndefined();
    expect(schemeOf('jav\u00a0ascript:x')).toBeUndefined();
    expect(schemeOf('page.html')).toBeUndefined();
    expect(schemeOf('x/y:z')).toBeUndefined();
  });
});

describe('httpsProblem: web addresses in YAML', () => {
  it('accepts a plain https address, in any case', () => {
    expect(httpsProblem('https://gosreestr.kz/lot/1?x=2#a')).toBeUndefined();
    expect(httpsProblem('HTTPS://EXAMPLE.KZ/')).toBeUndefined();
  });

  it('says why another scheme is refused', () => {
    expect(httpsProblem('http://example.kz')).toBe('an `http://` address is not secure: write https://');
    expect(httpsProblem('javascript:alert(1)')).toBe(
      'a `javascript:` address runs code or hides content in the link, which content may not do',
    );
    expect(httpsProblem('vbscript:x')).toBe('a `vbscript:` address runs code or hides content in the link, which content may not do');
    expect(httpsProblem('data:text/html,x')).toBe('a `data:` address runs code or hides content in the link, which content may not do');
    expect(httpsProblem('ftp://example.kz')).toBe('the address scheme `ftp:` is not allowed');
  });

  it('wants https:// followed by a site name', () => {
    expect(httpsProblem('example.kz')).toBe('the address must start with https://');
    expect(httpsProblem('https:/example.kz')).toBe('the address must start with https://');
    expect(httpsProblem('https:///example.kz')).toBe('the address must start with https://');
    expect(httpsProblem('https:// example.kz')).toBe('the address must start with https://');
    expect(httpsProblem('https://\\example.kz')).toBe('the address must start with https://');
    // Hidden characters before the scheme are dropped when reading it, but the address must still begin with it.
    expect(httpsProblem(' https://example.kz')).toBe('the address must start with https://');
    expect(httpsProblem('\u0000https://example.kz')).toBe('the address must start with https://');
  });

  it('refuses spaces, backslashes, unreadable addresses, passwords and bare host names', () => {
    expect(httpsProblem('https://example.kz/a b')).toBe('the address contains a space or a backslash');
    expect(httpsProblem('https://example.kz/a\\b')).toBe('the address contains a space or a backslash');
    expect(httpsProblem('https://example.kz:99999/')).toBe('the address is not a valid web address');
    expect(httpsProblem('https://user@example.kz/')).toBe('the address contains a user name or password (before @)');
    expect(httpsProblem('https://:secret@example.kz/')).toBe('the address contains a user name or password (before @)');
    expect(httpsProblem('https://localhost/x')).toBe('the address has no proper site name (such as example.kz)');
  });
});

describe('linkProblem: links in texts', () => {
  it('accepts https, mailto, tel, site pages and #sections', () => {
    for (const url of [
      'https://example.kz/a',
      'mailto:akimat@example.kz',
      'MAILTO:a@b',
      'tel:+7 (7212) 41-00-00',
      'TEL:87212410000',
      '#utilities',
      '#',
      '/',
      '/en/offers/',
      '/en/offers/shaitankol-glamping#photos',
      '/kk/a_b.c~d-e',
    ])
      expect([url, linkProblem(url)]).toEqual([url, undefined]);
  });

  it('refuses an empty address', () => {
    expect(linkProblem('')).toBe('the link has no address');
    expect(linkProblem('  \t')).toBe('the link has no address');
  });

  it('holds https links to the YAML rule', () => {
    expect(linkProblem('https://localhost/')).toBe('the address has no proper site name (such as example.kz)');
  });

  it('refuses an email or phone that is not one', () => {
    const email = 'the email address after mailto: is not valid';
    expect(linkProblem('mailto:akimat')).toBe(email);
    expect(linkProblem('mailto:a @b.kz')).toBe(email);
    expect(linkProblem('mailto:a/b@c.kz')).toBe(email);
    expect(linkProblem('mailto:a@b.kz\\x')).toBe(email);
    expect(linkProblem('xmailto:a@b')).toBe('the address scheme `xmailto:` is not allowed');
    expect(linkProblem('mail\tto:a@b.kz')).toBe(email);
    expect(linkProblem(' mailto:a@b.kz')).toBe(email);
    const phone = 'the phone number after tel: may contain only digits, +, spaces, brackets and dashes';
    expect(linkProblem('tel:')).toBe(phone);
    expect(linkProblem('tel:call-me')).toBe(phone);
    expect(linkProblem('tel:+7 701 x')).toBe(phone);
    expect(linkProblem(' tel:87212410000')).toBe(phone);
  });

  it('refuses other schemes with their reason', () => {
    expect(linkProblem('javascript:alert(1)')).toBe(
      'a `javascript:` address runs code or hides content in the link, which content may not do',
    );
    expect(linkProblem('http://example.kz')).toBe('an `http://` address is not secure: write https://');
  });

  it('refuses a #section with spaces or quotes', () => {
    const section = 'the #section part contains spaces or unusual characters';
    expect(linkProblem('#a b')).toBe(section);
    expect(linkProblem('#a"b')).toBe(section);
    expect(linkProblem('/en/#a<b')).toBe(section);
  });

  it('refuses site paths that could be read as something else', () => {
    expect(linkProblem('//evil.example/x')).toBe('an address starting with // leads to another site without saying how: write https://…');
    expect(linkProblem('/en/?raw')).toBe('a page address on this site may not contain `?`');
    expect(linkProblem('/en\\x')).toBe('a page address may not contain a backslash');
    expect(linkProblem('/en/%2e%2e/')).toBe('a page address may not contain % codes');
    expect(linkProblem('/en//offers/')).toBe('a page address may not contain //');
    expect(linkProblem('/en/offers//')).toBe('a page address may not contain //');
    expect(linkProblem('/en/./x')).toBe('a page address may not contain `.` or `..` steps');
    expect(linkProblem('/en/..')).toBe('a page address may not contain `.` or `..` steps');
    expect(linkProblem('/en/a b/')).toBe('a page address may contain only Latin letters, digits, - . _ ~ and /');
    expect(linkProblem('/en/Балхаш/')).toBe('a page address may contain only Latin letters, digits, - . _ ~ and /');
    // The part after # is not a path: a ? there is part of the section name.
    expect(linkProblem('/en/#a?b')).toBeUndefined();
  });

  it('refuses a file name or relative address, quoting at most 60 characters of it', () => {
    expect(linkProblem('photo.jpg')).toBe(
      '`photo.jpg` is a file name or a relative address: texts may link only to web addresses, never to files',
    );
    const long = `${'a'.repeat(70)}.mjs`;
    expect(linkProblem(long)).toBe(
      `\`${'a'.repeat(60)}\` is a file name or a relative address: texts may link only to web addresses, never to files`,
    );
  });
});

describe('looksLikeFileReference', () => {
  it('sees paths, import queries and code or page file names', () => {
    for (const value of [
      './x',
      '../secret.env',
      '.\\x',
      '..\\x',
      '/etc/passwd',
      '\\\\server\\share',
      '~/x',
      '  ./x  ',
      'x?raw',
      'photo.jpg?URL',
      'a?inline',
      'w?worker',
      'w?sharedworker',
      'm?import',
      'evil.mjs',
      'a.js',
      'a.jsx',
      'a.ts',
      'a.tsx',
      'a.mts',
      'a.cjs',
      'a.cts',
      'a.svg',
      'a.html',
      'a.htm',
      'a.ASTRO',
      'a.md',
      'a.mdx',
      'a.json',
      '.env',
      'a.wasm',
      'a.node',
    ])
      expect([value, looksLikeFileReference(value)]).toEqual([value, true]);
  });

  it('leaves ordinary captions and titles alone', () => {
    for (const value of [
      'Lake view',
      'The shore at dawn.',
      '...and more',
      '.x',
      'x?rawr',
      'a.jsonl',
      'photo.jpg',
      'see notes.md for details',
      'Nine km, 2.5 ha',
      'Lake Balkhash / Karkaraly',
      'about ~5 km from town',
      'A.B/C',
    ])
      expect([value, looksLikeFileReference(value)]).toEqual([value, false]);
  });
});

describe('LINK_HINT', () => {
  it('tells an official every kind of address a text may link to', () => {
    expect(LINK_HINT).toBe(
      'link only to a full web address (https://…), mailto:, tel:, a page of this site starting with / (e.g. /en/offers/…) or a #section; to show a photo, use <Gallery>',
    );
  });
});
