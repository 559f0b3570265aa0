/**
 * Limits the checker enforces on content files. Content comes from pull requests by people we do not
 * fully trust, and the checker is the gate in front of the build: a file that is too big or too deep
 * must become one clear message, never a hang, a crash or a build that eats the machine's memory.
 * Each limit is set well above what the real content uses (measured December 2026) and says why.
 */

const KB = 1024;
const MB = 1024 * KB;

/**
 * Largest YAML or MDX file, in bytes. The biggest real text file is 6 KB (incentives.yaml) and the longest
 * offer text about 3 KB, so 256 KB is some forty times that: room for a very long description, while
 * parsing stays in milliseconds and a pasted log or data dump is refused.
 */
export const MAX_TEXT_FILE_BYTES = 256 * KB;

/** Largest guide page in content/docs/ (the biggest is 24 KB); the docs are read, not built. */
export const MAX_DOC_FILE_BYTES = 512 * KB;

/**
 * Largest photo, in bytes. The guide asks for about 2 MB and a phone's full-size JPEG is 3–8 MB; 15 MB takes
 * any of those, while a raw scan or a huge export (slow to clone, heavy for the image pipeline) is refused.
 */
export const MAX_PHOTO_BYTES = 15 * MB;

/** Largest PDF kept in an offer folder. Documents normally live on official sites (see `documents:`). */
export const MAX_PDF_BYTES = 20 * MB;

/**
 * Deepest nesting of lists and groups in a YAML file. The deepest real field is four levels down
 * (`project.phases[0].name.en`); js-yaml, which the build uses, stops at 100 and our YAML library runs
 * out of stack near 800, so 12 keeps a clear message far from both.
 */
export const MAX_YAML_DEPTH = 12;

/**
 * Deepest nesting of the parsed text of an MDX body (quotes in quotes, lists in lists, components in
 * components). Real texts are four levels deep; 24 leaves room for nested lists, and deeper trees are refused
 * before anything walks them recursively.
 */
export const MAX_MDX_DEPTH = 24;

/**
 * Longest description (the MDX body after the front matter), in characters. The longest real one is about
 * 2,200 characters; 20,000 is about eight pages, more than an investor reads on a phone. Longer material
 * belongs in a document listed under `documents:`.
 */
export const MAX_BODY_CHARS = 20_000;

/** Longest free-text attribute of a component (a caption, a Callout or video title), in characters. */
export const MAX_ATTRIBUTE_CHARS = 200;
