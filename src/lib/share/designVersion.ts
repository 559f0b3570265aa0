// The version of the code and data that turn a share picture's inputs into its SVG. Offer pictures are
// cached under their inputs (ogInputs.ts), not their SVG, so a change to how a picture is drawn must
// change the key too: the key carries a hash of the source files that draw it. Over-inclusive on
// purpose (every file of src/lib/map, say): a needless redraw costs a minute, a stale picture misleads.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files and folders (read whole, recursively) whose content shapes an offer's share picture, from the project root. */
export const OG_DESIGN_SOURCES: readonly string[] = [
  'src/lib/share/ogImageSvg.ts',
  'src/lib/share/ogInputs.ts',
  'src/lib/map',
  'src/lib/format.ts',
  'src/styles/palette.ts',
  'src/data/geo',
  'node_modules/world-atlas/package.json',
];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** SHA-256 over each file's path (relative to root) and content, in a fixed order. */
export function hashSources(root: string, sources: readonly string[]): string {
  const hash = createHash('sha256');
  for (const source of sources) {
    let files: string[];
    try {
      files = filesUnder(join(root, source));
    } catch {
      throw new Error(
        `Share pictures: cannot read ${source} under ${root}. Run the build from the project's folder (where package.json is).`,
      );
    }
    for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

let version: string | undefined;

/** The design version of this checkout, computed once per process. */
export function ogDesignVersion(): string {
  version ??= hashSources(process.cwd(), OG_DESIGN_SOURCES);
  return version;
}
