// An offer's photos with the image each file resolves to, for astro:assets to resize. Photos live beside
// facts.yaml in the offer folder. The glob is written once here so the offer page and the MDX <Gallery>
// accept the same file types; a listed photo whose file is missing is refused by the checker
// (src/lib/validation/crossChecks.ts) before a build, so the filter below only narrows the type.
import type { ImageMetadata } from 'astro';

const sources = import.meta.glob<{ default: ImageMetadata }>('/content/offers/*/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG,WEBP,AVIF}', {
  eager: true,
});

export function offerImages<P extends { file: string }>(offerId: string, photos: readonly P[]): Array<P & { src: ImageMetadata }> {
  return photos
    .map((p) => ({ ...p, src: sources[`/content/offers/${offerId}/${p.file}`]?.default }))
    .filter((p): p is P & { src: ImageMetadata } => p.src !== undefined);
}
