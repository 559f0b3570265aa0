// /admin/editor.js: what the editor pages (/admin/, /admin/kk/) add to Decap (src/lib/cms/editorPage.ts),
// bundled at build time into one classic script that each page loads after Decap's bundle.
import type { APIRoute } from 'astro';
import { classicScriptResponse } from '../../lib/build/classicScript.ts';

export const GET: APIRoute = () =>
  classicScriptResponse('src/lib/cms/editorPage.ts', '/* Karaganda tourism catalog editor: our widgets and the Kazakh interface */');
