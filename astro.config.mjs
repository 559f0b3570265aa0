// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/contentGuard.ts';
import { cmsAdmin } from './src/integrations/cmsAdmin.ts';
import { offerAssets } from './src/integrations/offerAssets.ts';
import { siteConfig } from './src/site.config.ts';
import { mapConfig } from './src/map.config.ts';
import { DEFAULT_LANG, LANGS } from './src/schemas/langs.ts';

/** Images come from the site itself, data: URLs (Leaflet's icons) and the tile server: never any https host, so an offer text cannot load a tracking pixel. */
const tileOrigin = new URL(mapConfig.tileUrl.replace(/\{[a-z]\}/g, 'a')).origin;

export default defineConfig({
  site: process.env.SITE_URL ?? siteConfig.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  // Four pages in flight at once: while one waits for its file to be written or its share picture to be read,
  // the next renders. Measured on two cores at 3,000 offers: route generation 122 s at 1, 97 s at 4, 92 s at 16
  // (scripts/bench/README.md); 4 keeps memory where it was.
  build: { format: 'directory', concurrency: 4 },
  // Every page gets a CSP <meta> with hashes of Astro's own scripts and styles, so no other inline
  // script runs. Headers a <meta> cannot carry (frame-ancestors, HSTS…) are in deploy/ and public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data:${mapConfig.tilesEnabled ? ` ${tileOrigin}` : ''}`,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly (it cannot run JS from strings).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Inline style attributes (e.g. positions set in markup) stay allowed; <style> elements need a hash.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Offer texts carry no code; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    contentGuard(),
    cmsAdmin(),
    offerAssets(),
    mdx(),
    sitemap({
      // Indexed: the pages in a language, including the partner page /{lang}/embed/. Not: the language
      // picker at / (the x-default of the home pages; the i18n mapping would list it as a second English
      // home), 404, and the noindex widget pages under /{lang}/embed/offers/.
      // Nor the shortlist and compare pages, which show only what a visitor saved (noindex).
      filter: (page) => new URL(page).pathname !== '/' && !page.includes('/embed/offers/') && !/\/(shortlist|compare)\/$/.test(page),
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((l) => [l, l])) },
    }),
  ],
  vite: {
    build: {
      // No script is inlined into a page: the header CSP (deploy/) allows only the site's own script
      // files, so an inline script would need a hash in every host's config. Small stylesheets and
      // other assets keep Vite's default (inlined under 4 KB).
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro 7 + MDX emits one MODULE_LEVEL_DIRECTIVE warning per MDX file (withastro/astro#18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
