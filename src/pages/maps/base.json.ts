// /maps/base.json: the offline vector base (Kazakhstan's outline, Lake Balkhash) every Leaflet
// map draws under its tiles. One small file the browser caches across pages.
import type { APIRoute } from 'astro';
import { loadVectorBase } from '../../lib/map/loadVectorBase.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadVectorBase()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
