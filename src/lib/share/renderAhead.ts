// Draws share pictures ahead of the requests for them, a few at a time, so the thread pool renders
// PNGs while the main thread renders pages. Only the cache files are kept, never the PNG bytes, so
// memory stays flat however many offers there are.
import { availableParallelism } from 'node:os';
import { type OgPicture, renderOgPng } from './ogImageRender.ts';

export interface RenderJob {
  key: string;
  picture: () => Promise<OgPicture>;
}

let started = false;

/** Starts drawing every job once per process; errors surface again when the page's own GET renders it. */
export function renderAhead(jobs: readonly RenderJob[], concurrency = Math.max(1, availableParallelism())): void {
  if (started) return;
  started = true;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      try {
        await renderOgPng(await job.picture());
      } catch {
        // The GET for this picture draws it again and reports the error with the offer's id.
      }
    }
  };
  for (let i = 0; i < concurrency; i++) void worker();
}
