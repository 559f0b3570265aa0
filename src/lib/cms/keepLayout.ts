// The one rule for putting an editor's save into the file it replaces. The local proxy applies it as it saves;
// `npm run cms:restore-layout` applies it afterwards to a save made through the GitHub backend (which writes
// the whole file in Decap's style). Both keep the same comments and layout and remove the same keys.
import { type CmsField, decapConfig } from './decapConfig.ts';
import { mergeFrontMatter, mergeYaml } from './yamlMerge.ts';

/** Dotted paths of every field the form shows (list items without their index): only those may be cleared. */
function shownPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...shownPaths([...(f.fields ?? [])], `${prefix}${f.name}.`)]);
}
/** The form fields of every collection: a folder collection's own, and those of each file of a files collection. */
const formFields = (decapConfig().collections as Array<{ fields?: CmsField[]; files?: Array<{ fields: CmsField[] }> }>).flatMap((c) => [
  ...(c.fields ?? []),
  ...(c.files ?? []).flatMap((f) => f.fields),
]);
const SHOWN = new Set(shownPaths(formFields));
/** A key missing from the editor's text is removed only when the form shows it (the official cleared it). */
export const mayRemove = (path: ReadonlyArray<string | number>): boolean => SHOWN.has(path.filter((p) => typeof p === 'string').join('.'));

/** The kinds of file the editor writes: a YAML facts or list file, or a text with YAML front matter. */
export type SavedFileKind = 'yaml' | 'mdx';

/** Which kind `path` is by its name, or undefined for a file the editor writes as it is (a photo). */
export function savedFileKind(path: string): SavedFileKind | undefined {
  if (/\.ya?ml$/.test(path)) return 'yaml';
  return /\.mdx?$/.test(path) ? 'mdx' : undefined;
}

/** The editor's text of an existing file merged into the text it replaces, so nothing the official wrote is lost. */
export function mergeSave(path: string, original: string, edited: string): string {
  const kind = savedFileKind(path);
  if (kind === 'yaml') return mergeYaml(original, edited, mayRemove);
  return kind === 'mdx' ? mergeFrontMatter(original, edited) : edited;
}
