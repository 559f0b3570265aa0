// /og/{lang}/offers/<id>.png: an offer's share picture (og:image, twitter:image), 1200 × 630 PNG.
// In a build, getStaticPaths starts drawing every picture at once on the thread pool (two at a time,
// cached under their inputs), so the drawing overlaps with Astro rendering HTML pages; each GET then waits only
// for its own picture.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../../site.config.ts';
import { LANGS, type Lang } from '../../../../schemas/langs.ts';
import { loadCatalog } from '../../../../lib/catalog/loadCatalog.ts';
import { toOfferView } from '../../../../lib/catalog/toOfferView.ts';
import { offerOgPicture } from '../../../../lib/share/ogInputs.ts';
import { type OgPicture, renderOgPng } from '../../../../lib/share/ogImageRender.ts';
import { renderAhead } from '../../../../lib/share/renderAhead.ts';

// One picture (its cache key) per offer and language for the whole build: renderAhead makes it, the GET
// reuses it, so a warm build works out each key once rather than twice.
const pictures = new Map<string, Promise<OgPicture>>();

async function makePicture(id: string, lang: Lang): Promise<OgPicture> {
  const catalog = await loadCatalog();
  const offer = catalog.offers.find((o) => o.id === id);
  if (!offer) throw new Error(`og image: no offer ${id}`);
  return offerOgPicture(toOfferView(offer, lang, catalog), catalog, siteConfig.illustrativeData);
}

function pictureOf(id: string, lang: Lang): Promise<OgPicture> {
  // The dev server serves edits as they are made, so it never remembers a picture.
  if (!import.meta.env.PROD) return makePicture(id, lang);
  const key = `${lang}/${id}`;
  let picture = pictures.get(key);
  if (!picture) {
    picture = makePicture(id, lang);
    pictures.set(key, picture);
  }
  return picture;
}

export const getStaticPaths: GetStaticPaths = async () => {
  const catalog = await loadCatalog();
  const jobs = LANGS.flatMap((lang) => catalog.offers.map((offer) => ({ id: offer.id, lang })));
  if (import.meta.env.PROD) renderAhead(jobs.map((j) => ({ key: `${j.lang}/${j.id}`, picture: () => pictureOf(j.id, j.lang) })));
  return jobs.map(({ id, lang }) => ({ params: { lang, id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { lang, id } = params as { lang: Lang; id: string };
  const png = await renderOgPng(await pictureOf(id, lang));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
