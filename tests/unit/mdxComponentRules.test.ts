// What officials may write in content MDX: which components go where, and the checks on their attributes.
import { describe, expect, it } from 'vitest';
import { CONTENT_COMPONENTS, componentsFor } from '../../src/lib/mdx/contentComponents.ts';

const galleryFiles = CONTENT_COMPONENTS.Gallery!.attributes.files!.check!;
const duration = CONTENT_COMPONENTS.VideoLink!.attributes.duration!.check!;

describe('components allowed in offer and district texts', () => {
  it('lets offers use all four and districts only Callout and VideoLink', () => {
    expect(componentsFor('offer')).toEqual(['Callout', 'FactsNote', 'Gallery', 'VideoLink']);
    expect(componentsFor('district')).toEqual(['Callout', 'VideoLink']);
  });
});

describe('Gallery files', () => {
  it('accepts plain photo names from the offer folder, with spaces around commas and an empty entry', () => {
    expect(galleryFiles('shore.jpg')).toBeUndefined();
    expect(galleryFiles(' plan.PNG ,shore_2026-07.jpeg, view.webp, dusk.avif,')).toBeUndefined();
  });

  it('names every entry that is a folder, a parent, a query or not a photo', () => {
    expect(galleryFiles('shore.jpg, ../secret.jpg, photos/a.jpg, a.jpg?x=1, notes.pdf, .hidden.jpg')).toBe(
      '../secret.jpg, photos/a.jpg, a.jpg?x=1, notes.pdf, .hidden.jpg is not a plain photo file name such as shore.jpg (no folders, .., ? or #)',
    );
  });
});

describe('VideoLink duration', () => {
  it('takes minutes:seconds or hours:minutes:seconds', () => {
    expect(duration('3:40')).toBeUndefined();
    expect(duration('12:05')).toBeUndefined();
    expect(duration('1:02:03')).toBeUndefined();
  });

  it('refuses anything else with the format to use', () => {
    const fix = 'write the length as minutes:seconds, e.g. 3:40';
    for (const bad of ['3', '3:4', '123:40', '3 min', '1:02:03:04', ' 3:40', '3:40 ']) expect(duration(bad), bad).toBe(fix);
  });
});
