/**
 * The components officials may write in content MDX, without import lines, and what each accepts.
 * This is the allow-list the checker enforces (src/lib/validation/safeMdx.ts) and the list the
 * pages pass to <Content components={…}/> (src/components/mdx/index.ts). Anything else is an error.
 */

export type Where = 'offer' | 'district';

export interface AttributeSpec {
  required?: boolean;
  /** Allowed values, when the attribute takes one of a fixed set. */
  values?: readonly string[];
  /** The value is a web address: only https:// is accepted. */
  url?: boolean;
  /** A check on the value; returns what is wrong, or undefined. */
  check?: (value: string) => string | undefined;
  /** For the guide. */
  note: string;
}

export interface ComponentSpec {
  /** Where the component may be used. */
  where: readonly Where[];
  /** Whether it wraps text (`<Callout>text</Callout>`) or stands alone (`<VideoLink … />`). */
  children: boolean;
  attributes: Readonly<Record<string, AttributeSpec>>;
  /** One line for the guide. */
  note: string;
  /** An example for the guide, in English. */
  example: string;
}

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;
/** Facts a FactsNote can show; each is read from facts.yaml, so prose never repeats a figure that can drift. */
export const FACTS_NOTE_FACTS = ['price', 'area', 'status', 'right', 'foreign', 'category', 'investment', 'audit', 'route'] as const;

/**
 * A plain photo file name from the offer's own folder: Latin letters, digits, `_`, `-` and dots, never a
 * folder, `..`, `?`, `#` or a leading dot, so the name can only ever mean a photo listed in facts.yaml.
 */
const PHOTO_FILE = /^(?!.*\.\.)[A-Za-z0-9_-][\w.-]*\.(?:jpe?g|png|webp|avif)$/i;

export const CONTENT_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Callout: {
    where: ['offer', 'district'],
    children: true,
    note: 'A highlighted box for something an investor must not miss.',
    example: '<Callout type="warning" title="Winter access">\nThe last 2 km are not cleared of snow from December to March.\n</Callout>',
    attributes: {
      type: { values: CALLOUT_TYPES, note: 'note (default), tip or warning' },
      title: { note: 'optional heading of the box' },
    },
  },
  FactsNote: {
    where: ['offer'],
    children: true,
    note: 'Shows one fact from facts.yaml (in the reader’s language), with an optional comment of yours.',
    example: '<FactsNote fact="price">The start price is set by the auction commission.</FactsNote>',
    attributes: {
      fact: { required: true, values: FACTS_NOTE_FACTS, note: FACTS_NOTE_FACTS.join(', ') },
    },
  },
  Gallery: {
    where: ['offer'],
    children: false,
    note: 'Shows photos listed under `photos:` in facts.yaml, with their alt text.',
    example: '<Gallery files="plan.png, shore.jpg" caption="The site in July 2026" />',
    attributes: {
      files: {
        note: 'photo file names from facts.yaml, separated by commas; leave out to show all photos',
        check: (v) => {
          const bad = v
            .split(',')
            .map((f) => f.trim())
            .filter((f) => f && !PHOTO_FILE.test(f));
          return bad.length ? `${bad.join(', ')} is not a plain photo file name such as shore.jpg (no folders, .., ? or #)` : undefined;
        },
      },
      caption: { note: 'optional caption under the photos' },
    },
  },
  VideoLink: {
    where: ['offer', 'district'],
    children: false,
    note: 'A link to a video on another site (shown as a link card, never embedded, so no third-party code runs on our pages).',
    example: '<VideoLink href="https://www.youtube.com/watch?v=XXXXXXXXXXX" title="Drone flight over the shore" duration="3:40" />',
    attributes: {
      href: { required: true, url: true, note: 'the video’s address, starting with https://' },
      title: { required: true, note: 'what the video shows' },
      duration: {
        note: 'optional length, e.g. 3:40',
        check: (v) => (/^\d{1,2}(?::\d{2}){1,2}$/.test(v) ? undefined : 'write the length as minutes:seconds, e.g. 3:40'),
      },
    },
  },
};

/** Plain HTML tags that are harmless and take no attributes. */
export const PLAIN_TAGS = ['br', 'sup', 'sub'] as const;

export function componentsFor(where: Where): string[] {
  return Object.entries(CONTENT_COMPONENTS)
    .filter(([, spec]) => spec.where.includes(where))
    .map(([name]) => name);
}
