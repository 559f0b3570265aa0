// /admin/other-languages.js: the editor's "other languages" widgets (src/lib/cms/otherLanguagesWidget.ts),
// bundled at build time into one classic script that public/admin/index.html loads after Decap's bundle.
import type { APIRoute } from 'astro';
import { classicScriptResponse } from '../../lib/build/classicScript.ts';

export const GET: APIRoute = () =>
  classicScriptResponse(
    'src/lib/cms/otherLanguagesWidget.ts',
    '/* Karaganda tourism catalog editor: other languages beside each text field */',
  );
