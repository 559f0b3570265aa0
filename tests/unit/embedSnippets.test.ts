// The snippets a partner copies, written out in full: attribute order, escaping, card and list forms,
// and the addresses of the embed and data pages.
import { describe, expect, it } from 'vitest';
import { dataPaths, embedPaths } from '../../src/lib/embed/paths.ts';
import { iframeSnippet, loaderSnippet, widgetAttributes } from '../../src/lib/embed/snippet.ts';

const ORIGIN = 'https://invest.example.kz';

describe('the placeholder attributes', () => {
  it('for a card: the offer, the language and the accent, and nothing of a list', () => {
    expect(widgetAttributes({ widget: 'card', lang: 'ru', offer: 'karkaraly-kent-camping', accent: '#aabbcc' })).toEqual([
      ['data-tic-offer', 'karkaraly-kent-camping'],
      ['data-tic-lang', 'ru'],
      ['data-tic-accent', '#aabbcc'],
    ]);
  });

  it('for a list: the marker, the language, each asked filter, and a limit only when given', () => {
    expect(widgetAttributes({ widget: 'list', lang: 'kk', filters: { kind: ['land-plot', 'infrastructure'], segment: [] } })).toEqual([
      ['data-tic-offers', ''],
      ['data-tic-lang', 'kk'],
      ['data-tic-kind', 'land-plot,infrastructure'],
    ]);
    expect(widgetAttributes({ widget: 'list', lang: 'en', filters: {}, limit: 3 })).toEqual([
      ['data-tic-offers', ''],
      ['data-tic-lang', 'en'],
      ['data-tic-limit', '3'],
    ]);
  });
});

describe('the loader snippet', () => {
  it('escapes &, ", < and > in attributes, and & < > in the fallback link text', () => {
    const snippet = loaderSnippet(
      ORIGIN,
      { widget: 'card', lang: 'en', offer: 'a"b<c>&d' },
      { href: '/en/offers/?q="x"&y=<z>', text: 'Offers & <more>' },
    );
    expect(snippet).toBe(
      [
        '<div data-tic-offer="a&quot;b&lt;c&gt;&amp;d" data-tic-lang="en">',
        '  <a href="https://invest.example.kz/en/offers/?q=%22x%22&amp;y=%3Cz%3E">Offers &amp; &lt;more&gt;</a>',
        '</div>',
        '<script src="https://invest.example.kz/embed.js" async></script>',
      ].join('\n'),
    );
  });
});

describe('the iframe snippet', () => {
  it('points at the list page with its query, rounds the height, and sandboxes the frame', () => {
    const title = 'Offers "A" & <B>';
    expect(iframeSnippet(ORIGIN, { widget: 'list', lang: 'en', filters: { district: ['karkaraly'] }, limit: 4 }, 612.6, title)).toBe(
      // The title is passed in (the translators' wording, frameTitles.ts) and escaped; the rest is fixed.
      `<iframe src="https://invest.example.kz/en/embed/offers/?district=karkaraly&amp;limit=4" title="Offers &quot;A&quot; &amp; &lt;B&gt;" width="100%" height="613" style="border:0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    );
  });
});

describe('embed and data addresses', () => {
  it('puts the language first and ends directory addresses with a slash', () => {
    expect(embedPaths.partner('ru')).toBe('/ru/embed/');
    expect(embedPaths.list('kk')).toBe('/kk/embed/offers/');
    expect(embedPaths.card('en', 'balkhash-test-base')).toBe('/en/embed/offers/balkhash-test-base/');
    expect(dataPaths.page('kk')).toBe('/kk/data/');
    expect(dataPaths.feed('ru')).toBe('/ru/feed.xml');
  });
});
