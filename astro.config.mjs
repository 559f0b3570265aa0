// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/contentGuard.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? siteConfig.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    contentGuard(),
    mdx(),
    sitemap({
      // Widget pages (noindex) stay out; the partner page /{lang}/embed/ is a normal page.
      filter: (page) => !page.includes('/embed/offers/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en', ru: 'ru', kk: 'kk' } },
    }),
  ],
  vite: {
    build: {
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
