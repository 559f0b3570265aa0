import type { APIRoute } from 'astro';
import { buildOfferJsonSchema } from '../../lib/data/openDataSchema.ts';
import { siteOf } from '../../lib/data/loadOpenData.ts';
import { dataPaths } from '../../lib/embed/paths.ts';

/** JSON Schema generated from the zod schemas, so it cannot drift from content validation. */
export const GET: APIRoute = ({ site }) => {
  const schema = buildOfferJsonSchema(new URL(dataPaths.schema, siteOf(site)).href);
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
