// Starts a new offer that passes `npm run check:content` at once, as a draft marked TODO where facts are missing:
//   npm run new-offer -- --kind land-plot --district karkaraly --id karkaraly-lakeside-glamping --title "Lakeside glamping plot"
// --grantor says who grants the right (akimat-land, national-park, …); left out, the usual one for the kind.
// Without flags it asks for each value. --content-dir points at another content folder (tests use a temporary one).
import { resolve, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { OFFER_KINDS, type OfferKind } from '../src/schemas/index.ts';
import { loadContent } from '../src/lib/validation/loadContent.ts';
import { DEFAULT_GRANTOR, grantorsFor, idFromTitle, newOfferProblems, writeNewOffer } from '../src/lib/scaffold/newOffer.ts';
import { catalogToday } from '../src/lib/today.ts';

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    district: { type: 'string' },
    id: { type: 'string' },
    title: { type: 'string' },
    grantor: { type: 'string' },
    'content-dir': { type: 'string', default: 'content' },
    today: { type: 'string' },
  },
});
const contentDir = resolve(values['content-dir']);
const today = values.today ?? catalogToday();
const { tree } = loadContent(contentDir, { root: process.cwd(), today });
const districts = tree.districts.map((d) => d.id);

let { kind, district, id, title, grantor } = values;
if (!kind || !district || !id || !title) {
  // Lines are read through an iterator (not rl.question) so answers piped in all at once are not lost.
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string, choices?: readonly string[], fallback?: string): Promise<string> => {
    for (;;) {
      const hint = choices ? ` (${choices.join(' / ')})` : '';
      process.stdout.write(`${question}${hint}${fallback ? ` [${fallback}]` : ''}: `);
      const next = await lines.next();
      if (next.done) {
        console.error('\nStopped: no answer given.');
        process.exit(1);
      }
      const answer = String(next.value).trim() || fallback || '';
      if (!answer) continue;
      if (choices && !choices.includes(answer)) {
        console.log(`  Please type one of: ${choices.join(', ')}`);
        continue;
      }
      return answer;
    }
  };
  kind ??= await ask('Kind of offer', OFFER_KINDS);
  // Asked only for a kind it knows; a wrong --kind is reported below with the other problems.
  if ((OFFER_KINDS as readonly string[]).includes(kind))
    grantor ??= await ask('Who grants the right', grantorsFor(kind as OfferKind), DEFAULT_GRANTOR[kind as OfferKind]);
  district ??= await ask('District', districts);
  title ??= await ask('English title, e.g. "Lakeside glamping plot, 4 ha"');
  id ??= await ask('Id (folder name)', undefined, idFromTitle(title, district));
  rl.close();
}

const input = { kind, district, id, title, today, grantor };
const problems = newOfferProblems(input, tree, contentDir);
if (problems.length) {
  console.error(`Cannot create the offer:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const written = writeNewOffer(input, tree, contentDir);
console.log(`Created a draft offer:\n${written.map((f) => `  ${relative(process.cwd(), f)}`).join('\n')}`);
console.log('\nNext: fill in every TODO (facts.yaml first, then en.mdx, ru.mdx, kk.mdx), run `npm run check:content`,');
console.log('and delete `draft: true` in facts.yaml when nothing is left to do. The guide: content/README.md');
