// Turns the share picture's SVG into a PNG at build time, with a font shipped in node_modules (Noto
// Sans, SIL OFL 1.1, from @expo-google-fonts/noto-sans: it covers the Kazakh letters ә ғ қ ң ө ұ ү һ і),
// never a system font that a CI machine may lack. The rasteriser is @resvg/resvg-js: its binary comes
// inside an npm package (no install script, no download), it takes font files directly and draws
// text the same on every machine.
//
// Rendering is the costly step (about 55 ms of CPU a picture), so each PNG is cached on disk under the SHA-256
// of everything that shapes it (the SVG text, the font files' names, the renderer's version): an
// unchanged offer is copied, not drawn again. Renders run on libuv's thread pool (renderAsync), so
// they overlap with Astro rendering pages on the main thread.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** The cache key of an SVG: the same picture drawn by the same renderer and fonts. */
export function ogCacheKey(svg: string): string {
  return createHash('sha256').update(cacheSalt()).update('\0').update(svg).digest('hex');
}

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: Promise<ResvgModule> | undefined;

const inFlight = new Map<string, Promise<Buffer>>();

/** PNG bytes of the SVG, drawn once and then read from the cache; a picture being drawn is waited for, not drawn twice. */
export function renderOgPng(svg: string): Promise<Buffer> {
  const key = ogCacheKey(svg);
  const file = join(ogCacheDir(), `${key}.png`);
  if (existsSync(file)) return Promise.resolve(readFileSync(file));
  let pending = inFlight.get(key);
  if (!pending) {
    pending = draw(svg, file).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

async function draw(svg: string, file: string): Promise<Buffer> {
  resvg ??= import('@resvg/resvg-js');
  const { renderAsync } = await resvg;
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: OG_WIDTH },
    font: { loadSystemFonts: false, fontFiles: ogFontFiles(), defaultFontFamily: OG_FONT_FAMILY, sansSerifFamily: OG_FONT_FAMILY },
  });
  const png = image.asPng();
  mkdirSync(dirname(file), { recursive: true });
  // Written under a temporary name and renamed, so a build stopped halfway never leaves half a PNG in the cache.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
