// Turns the share picture's SVG into a PNG at build time, with a font shipped in node_modules (Noto
// Sans, SIL OFL 1.1, from @expo-google-fonts/noto-sans: it covers the Kazakh letters ә ғ қ ң ө ұ ү һ і),
// never a system font that a CI machine may lack. The rasteriser is @resvg/resvg-js: its binary comes
// inside an npm package (no install script, no download), it takes font files directly and draws
// text the same on every machine.
//
// Rendering is the costly step (about 70–100 ms of CPU a picture), so each PNG is cached on disk under a
// key that the caller makes from everything that shapes the picture (ogPictureKey below), and an
// unchanged offer is read back, not drawn again. Offers are keyed on their inputs rather than on
// their SVG, because making the SVG (with its location map) costs about 14 ms: 2 minutes for 9,000
// pictures at every build even when none changed. Renders run on libuv's thread pool (renderAsync); in a build
// they are asked for by a worker thread (src/lib/build/offerAssets.ts), so they overlap with Astro rendering pages.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { OG_FONT_FAMILY, OG_WIDTH } from './ogImageSvg.ts';

const require = createRequire(join(process.cwd(), 'package.json'));

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** The font files handed to the renderer. */
export function ogFontFiles(): string[] {
  const dir = packageDir('@expo-google-fonts/noto-sans');
  return [
    join(dir, '400Regular/NotoSans_400Regular.ttf'),
    join(dir, '700Bold/NotoSans_700Bold.ttf'),
    join(dir, '400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
  ];
}

/**
 * Where rendered pictures are kept between builds: `.cache/og-images/` (gitignored), not under
 * node_modules, because `npm ci` (CI, deploy/rebuild.sh) deletes node_modules and the cache with it.
 * Override with OG_IMAGE_CACHE.
 */
export function ogCacheDir(): string {
  return process.env.OG_IMAGE_CACHE ?? join(process.cwd(), '.cache/og-images');
}

let rendererVersion: string | undefined;
function cacheSalt(): string {
  if (!rendererVersion) {
    const resvg = JSON.parse(readFileSync(join(packageDir('@resvg/resvg-js'), 'package.json'), 'utf8')) as { version: string };
    const font = JSON.parse(readFileSync(join(packageDir('@expo-google-fonts/noto-sans'), 'package.json'), 'utf8')) as { version: string };
    rendererVersion = `resvg ${resvg.version}; noto-sans ${font.version}; ${OG_WIDTH}`;
  }
  return rendererVersion;
}

/**
 * The cache key of a picture: the renderer and fonts, then each part in order (a part may be the SVG
 * itself, or the inputs and the version of the code that turns them into the SVG).
 */
export function ogCacheKey(...parts: readonly string[]): string {
  const hash = createHash('sha256').update(cacheSalt());
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('hex');
}

/** A picture to draw: its cache key, and the SVG made only when the cache does not hold it. */
export interface OgPicture {
  key: string;
  svg: () => string;
}

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: Promise<ResvgModule> | undefined;

const inFlight = new Map<string, Promise<void>>();

/**
 * The cache file of a picture, drawn first when the cache lacks it; a picture being drawn is waited for, not drawn
 * twice. The build copies the file from here (src/lib/build/offerAssets.ts), never holding the bytes.
 */
export async function ogPngFile(picture: OgPicture): Promise<string> {
  const { key } = picture;
  const file = join(ogCacheDir(), `${key}.png`);
  if (existsSync(file)) return file;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = Promise.resolve()
      .then(() => draw(picture.svg(), file))
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  await pending;
  return file;
}

/** PNG bytes of a picture, drawn once and then read from the cache. */
export async function renderOgPng(picture: OgPicture): Promise<Buffer> {
  return readFileSync(await ogPngFile(picture));
}

/** A picture keyed on its whole SVG: for pictures that are cheap to describe (the site's). */
export function svgPicture(svg: string): OgPicture {
  return { key: ogCacheKey('svg', svg), svg: () => svg };
}

async function draw(svg: string, file: string): Promise<void> {
  resvg ??= import('@resvg/resvg-js');
  const { renderAsync } = await resvg;
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: OG_WIDTH },
    font: { loadSystemFonts: false, fontFiles: ogFontFiles(), defaultFontFamily: OG_FONT_FAMILY, sansSerifFamily: OG_FONT_FAMILY },
  });
  const png = image.asPng();
  mkdirSync(dirname(file), { recursive: true });
  // Written under a temporary name and renamed, so a build stopped halfway never leaves half a PNG in the cache.
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
}
