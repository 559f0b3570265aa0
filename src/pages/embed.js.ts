import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { frameTitles } from '../lib/embed/frameTitles.ts';

// Bundled at build time from TypeScript into one small classic script (IIFE): partners add it
// with a plain <script src>, and its own URL tells it which origin to trust.
const ENTRY = resolve(process.cwd(), 'src/lib/embed/loader.ts');

export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    // Non-ASCII stays escaped (\uXXXX), so the script works even when a host page declares another charset.
    charset: 'ascii',
    write: false,
    logLevel: 'silent',
    // The iframes' titles in every language, from the translations: two strings each, not the whole UI.
    define: { __TIC_FRAME_TITLES__: JSON.stringify(frameTitles()) },
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('embed.js: esbuild produced no output');
  return new Response(`/* Karaganda Tourism Investment Catalog embed loader. Docs: /en/embed/ */\n${code}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
