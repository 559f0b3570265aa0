// How the build reads a list file (places.yaml & co.): parsed by the YAML parser Astro's own loaders use, then
// the items under the file's one key (`places:`) are the collection's entries. A file of another shape (the
// old layout with the list at the top) stops the build with the content check's own words.
import { astroYamlLoad } from '../validation/astroParsers.ts';
import { listItemsOf, type ListCollection } from './layout.ts';

/** The `parser` for Astro's file() loader of one list collection; `path` is only for the error message. */
export function listFileParser(collection: ListCollection, path: string): (text: string) => Record<string, unknown>[] {
  return (text) => {
    const parsed = astroYamlLoad(text);
    if ('error' in parsed) throw new Error(`${path}: ${parsed.error.reason}`);
    if (parsed.data === undefined || parsed.data === null) return [];
    const shape = listItemsOf(collection, parsed.data);
    if ('problem' in shape) throw new Error(`${path}: ${shape.problem.message}; ${shape.problem.hint}`);
    return shape.items as Record<string, unknown>[];
  };
}
