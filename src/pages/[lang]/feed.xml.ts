import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALE_TAGS, type Lang } from '../../schemas/langs.ts';
import { t } from '../../i18n/index.ts';
import { loadCatalog } from '../../lib/catalog/loadCatalog.ts';
import { languagePaths } from '../../lib/catalog/pageContext.ts';
import { toOfferView } from '../../lib/catalog/toOfferView.ts';
import { siteOf } from '../../lib/data/loadOpenData.ts';
import { describeHonestly } from '../../lib/illustrative.ts';
import { siteConfig } from '../../site.config.ts';

/** How many of the newest offers a feed carries. */
const FEED_SIZE = 50;

export const getStaticPaths = languagePaths satisfies GetStaticPaths;

/** RSS 2.0: the newest offers in one language (the catalog is already ordered newest first). */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const catalog = await loadCatalog();
  const base = siteOf(site);
  return rss({
    title: `${t(lang, 'site.name')}: ${t(lang, 'feed.title')}`,
    description: describeHonestly(lang, t(lang, 'site.tagline'), siteConfig.illustrativeData),
    site: new URL(`/${lang}/`, base).href,
    customData: `<language>${LOCALE_TAGS[lang]}</language>`,
    items: catalog.offers.slice(0, FEED_SIZE).map((model) => {
      const offer = toOfferView(model, lang, catalog);
      return {
        title: offer.title,
        link: new URL(offer.url, base).href,
        description: offer.summary,
        pubDate: new Date(`${offer.published}T00:00:00Z`),
        categories: [offer.kindLabel, offer.districtName, offer.statusLabel],
      };
    }),
  });
};
