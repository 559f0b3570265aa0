// Build-time only: bundles a TypeScript entry into one classic script (IIFE) served as a route. Used for
// the files other origins or the browser load by URL, not through Astro's module graph: the partners'
// embed loader (/embed.js) and the offline worker (/sw.js).
import { build } from 'esbuild';
import { resolve } from 'node:path';

/**
 * The script at `entry` (relative to the project root), bundled and minified, with `banner` as its first
 * line and `define` replacing build-time constants. Non-ASCII stays escaped (\uXXXX), so the script works
 * even when a host page declares another charset.
 */
export async function classicScriptResponse(entry: string, banner: string, define: Record<string, string> = {}): Promise<Response> {
  const result = await build({
    entryPoints: [resolve(process.cwd(), entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    charset: 'ascii',
    define,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error(`${entry}: esbuild produced no output`);
  return new Response(`${banner}\n${code}`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
