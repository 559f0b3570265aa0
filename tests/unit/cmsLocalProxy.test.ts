import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleProxyAction, ProxyError } from '../../src/lib/cms/localProxy.ts';
import { isPublicPath } from '../../scripts/quality/pageTypes.ts';

let root: string;
const FACTS = `# A demonstration plot.
kind: land-plot
land: { areaHa: 2.5, category: settlement }
boundary: [[46.1, 75.1], [46.2, 75.2], [46.3, 75.1]]
`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'proxy-'));
  mkdirSync(join(root, 'content/offers/demo-plot'), { recursive: true });
  writeFileSync(join(root, 'content/offers/demo-plot/facts.yaml'), FACTS);
  writeFileSync(join(root, 'content/offers/demo-plot/en.mdx'), '---\ntitle: Demo\n---\nBody.\n');
  writeFileSync(join(root, 'secret.txt'), 'not for the editor');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the editor's local proxy", () => {
  it('lists the facts files of the offers folder', async () => {
    const entries = (await handleProxyAction(root, 'entriesByFolder', { folder: 'content/offers', extension: 'yaml', depth: 2 })) as Array<{
      file: { path: string };
      data: string;
    }>;
    expect(entries.map((e) => e.file.path)).toEqual(['content/offers/demo-plot/facts.yaml']);
    expect(entries[0]!.data).toBe(FACTS);
  });

  it('saves an edit into the file as written: the comment, flow map and the outline the form does not show stay', async () => {
    const raw = 'kind: land-plot\nland:\n  areaHa: 3\n  category: settlement\n';
    await handleProxyAction(root, 'persistEntry', { dataFiles: [{ path: 'content/offers/demo-plot/facts.yaml', raw }], assets: [] });
    expect(readFileSync(join(root, 'content/offers/demo-plot/facts.yaml'), 'utf8')).toBe(FACTS.replace('areaHa: 2.5', 'areaHa: 3'));
  });

  it('writes a new entry as the editor serialised it', async () => {
    await handleProxyAction(root, 'persistEntry', {
      dataFiles: [{ path: 'content/offers/new-plot/ru.mdx', raw: '---\ntitle: Новый участок\n---\nТекст.\n' }],
      assets: [],
    });
    expect(readFileSync(join(root, 'content/offers/new-plot/ru.mdx'), 'utf8')).toBe('---\ntitle: Новый участок\n---\nТекст.\n');
  });

  it('refuses to read or write outside content/', async () => {
    await expect(handleProxyAction(root, 'getEntry', { path: 'secret.txt' })).rejects.toBeInstanceOf(ProxyError);
    await expect(handleProxyAction(root, 'getEntry', { path: 'content/../secret.txt' })).rejects.toThrow('outside content/');
    await expect(
      handleProxyAction(root, 'persistEntry', { dataFiles: [{ path: '../escape.yaml', raw: 'x: 1' }], assets: [] }),
    ).rejects.toThrow('outside content/');
    await expect(
      handleProxyAction(root, 'persistMedia', { asset: { path: 'public/x.svg', content: '', encoding: 'base64' } }),
    ).rejects.toThrow('outside content/');
  });

  it('answers unknown actions with an error', async () => {
    await expect(handleProxyAction(root, 'unpublishedEntries')).rejects.toThrow('Unknown action unpublishedEntries');
  });
});

describe('the public gates', () => {
  it('leave out the editor and keep every other path', () => {
    expect(isPublicPath('/admin/')).toBe(false);
    expect(isPublicPath('/en/offers/x/')).toBe(true);
    expect(isPublicPath('/administration/')).toBe(true);
  });
});

describe("the local proxy's media of an offer folder", () => {
  it('lists the photos and documents of the folder, not its facts and texts', async () => {
    writeFileSync(join(root, 'content/offers/demo-plot/pier.png'), 'not really a png');
    writeFileSync(join(root, 'content/offers/demo-plot/title.pdf'), '%PDF-1.4');
    const media = (await handleProxyAction(root, 'getMedia', { mediaFolder: 'content/offers/demo-plot' })) as Array<{ path: string }>;
    expect(media.map((m) => m.path)).toEqual(['content/offers/demo-plot/pier.png', 'content/offers/demo-plot/title.pdf']);
  });
});
