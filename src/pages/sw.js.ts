// /sw.js: the offline worker for saved offers (src/lib/shortlist/offlineWorker.ts), bundled at build
// time into one classic script. It must sit at the site root to control /{lang}/… pages. Each build gets
// its own version, so a rebuilt site replaces the worker and refreshes what it keeps.
import type { APIRoute } from 'astro';
import { classicScriptResponse } from '../lib/build/classicScript.ts';

/** One value per build: the time the build started, with the commit when CI provides it. */
const BUILD_VERSION = `${Date.now().toString(36)}${process.env.GITHUB_SHA ? `-${process.env.GITHUB_SHA.slice(0, 8)}` : ''}`;

export const GET: APIRoute = () =>
  classicScriptResponse('src/lib/shortlist/offlineWorker.ts', `/* Offline copies of saved offers; build ${BUILD_VERSION} */`, {
    BUILD_VERSION: JSON.stringify(BUILD_VERSION),
  });
