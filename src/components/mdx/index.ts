// The components officials may use in content MDX without import lines. The pages pass this map to
// <Content components={contentComponents} />; the checker allows exactly the names in
// src/lib/mdx/contentComponents.ts (a unit test keeps the two lists equal).
import Callout from './Callout.astro';
import FactsNote from './FactsNote.astro';
import Gallery from './Gallery.astro';
import VideoLink from './VideoLink.astro';

export const contentComponents = { Callout, FactsNote, Gallery, VideoLink };
