import type { APIRoute } from 'astro';
import { classicScriptResponse } from '../lib/build/classicScript.ts';
import { frameTitles } from '../lib/embed/frameTitles.ts';

// Bundled at build time from TypeScript into one small classic script (IIFE): partners add it
// with a plain <script src>, and its own URL tells it which origin to trust.
export const GET: APIRoute = () =>
  classicScriptResponse('src/lib/embed/loader.ts', '/* Karaganda Tourism Investment Catalog embed loader. Docs: /en/embed/ */', {
    // The iframes' titles in every language, from the translations: two strings each, not the whole UI.
    __TIC_FRAME_TITLES__: JSON.stringify(frameTitles()),
  });
