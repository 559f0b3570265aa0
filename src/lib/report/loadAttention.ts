import { statSync } from 'node:fs';
import { loadContent } from '../validation/loadContent.ts';
import { readContentText } from '../validation/readContentTree.ts';
import { type AttentionList, collectAttention } from './attention.ts';

/** The content could not be read at all, so there is no report to give (the CLI exits non-zero). */
export class UnreadableContentError extends Error {
  override name = 'UnreadableContentError';
}

/**
 * Reads the content with the checker's own loader (the same files, refusals and problems as `check:content`) and
 * lists what needs attention. Language files are read again through the checker's reader for the TODO scan,
 * because the loaded tree keeps only their bodies.
 */
export function loadAttention(contentDir: string, options: { root: string; today: string }): AttentionList {
  if (!statSync(contentDir, { throwIfNoEntry: false })?.isDirectory())
    throw new UnreadableContentError(`there is no content folder at ${contentDir}`);
  const { tree, problems } = loadContent(contentDir, options);
  if (tree.offers.length + tree.invalidOffers.length === 0) {
    const first = problems.find((p) => p.severity === 'error');
    throw new UnreadableContentError(`no offer could be read from ${contentDir}${first ? `: ${first.file}: ${first.message}` : ''}`);
  }
  return collectAttention(tree, problems, { ...options, contentDir, readText: (path) => readContentText(options.root, path, []) });
}
