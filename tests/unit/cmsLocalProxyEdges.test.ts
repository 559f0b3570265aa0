// The edges of the editor's local proxy (src/lib/cms/localProxy.ts): every action of Decap's local-backend
// protocol answered from a temporary folder, the paths it refuses, how deep and in which order it lists,
// which files a save merges, and which keys a save may remove. Hashes and base64 were worked out with
// `sha256sum` and `base64` from the literal file contents.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleProxyAction, ProxyError, safePath } from '../../src/lib/cms/localProxy.ts';
import { mayRemove } from '../../src/lib/cms/keepLayout.ts';

let root: string;
const OFFER = 'content/offers/demo-plot';
const FACTS = '# A demonstration plot.\nkind: land-plot\n';
const PNG = 'not really a png';
const PNG_BASE64 = 'bm90IHJlYWxseSBhIHBuZw==';
const PNG_SHA = 'e90137d39de304eefbbe788bc535c7e82f27abbf8069505fbbd8a9dcdc4f2024';

const at = (repoPath: string) => join(root, repoPath);
const read = (repoPath: string) => readFileSync(at(repoPath), 'utf8');
const put = (repoPath: string, text: string) => {
  mkdirSync(join(at(repoPath), '..'), { recursive: true });
  writeFileSync(at(repoPath), text);
};
const save = (path: string, raw: string) => handleProxyAction(root, 'persistEntry', { dataFiles: [{ path, raw }], assets: [] });
/** The status and message of a refused request, or 'not refused'. */
const refusal = async (request: Promise<unknown>) =>
  request.then(
    () => 'not refused',
    (error: unknown) =>
      error instanceof ProxyError ? { status: error.status, message: error.message } : `not a ProxyError: ${String(error)}`,
  );

beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'proxy-edges-')));
  put(`${OFFER}/facts.yaml`, FACTS);
  put(`${OFFER}/en.mdx`, '---\ntitle: "Demo"\n---\nBody.\n');
  put('secret.txt', 'not for the editor');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('which paths the proxy accepts', () => {
  it('accepts the content folder itself and what is inside it', () => {
    expect(safePath(root, 'content')).toBe(join(root, 'content'));
    expect(safePath(root, 'content/offers/x/facts.yaml')).toBe(join(root, 'content/offers/x/facts.yaml'));
  });

  it('refuses a folder whose name only begins like content', async () => {
    expect(await refusal(handleProxyAction(root, 'getEntry', { path: 'content-old/facts.yaml' }))).toEqual({
      status: 403,
      message: 'path outside content/: content-old/facts.yaml',
    });
  });

  it('refuses a path with a NUL character as a bad path', async () => {
    expect(await refusal(handleProxyAction(root, 'getEntry', { path: `${OFFER}/facts.yaml\0.png` }))).toEqual({
      status: 400,
      message: 'bad path',
    });
  });

  it('refuses a file the editor sent without a path as a bad path', async () => {
    expect(await refusal(handleProxyAction(root, 'persistEntry', { dataFiles: [{ raw: 'kind: land-plot\n' }] }))).toEqual({
      status: 400,
      message: 'bad path',
    });
  });
});

describe('reading entries', () => {
  it('names the folder of the site as the repository, with the simple publish mode of a local folder', async () => {
    expect(await handleProxyAction(root, 'info')).toEqual({ repo: basename(root), publish_modes: ['simple'], type: 'local_fs' });
  });

  it('lists one folder level by default and as many as asked, no deeper', async () => {
    put(`${OFFER}/old/facts.yaml`, 'kind: land-plot\n');
    const paths = async (params: Record<string, unknown>) =>
      ((await handleProxyAction(root, 'entriesByFolder', params)) as Array<{ file: { path: string } }>).map((e) => e.file.path);
    expect(await paths({ folder: 'content/offers', extension: 'yaml' })).toEqual([]);
    expect(await paths({ folder: 'content/offers', extension: 'yaml', depth: 1 })).toEqual([]);
    expect(await paths({ folder: 'content/offers', extension: 'yaml', depth: 2 })).toEqual([`${OFFER}/facts.yaml`]);
    expect(await paths({ folder: 'content/offers', depth: 2 })).toEqual([`${OFFER}/en.mdx`, `${OFFER}/facts.yaml`]);
  });

  it('lists nothing for a folder that does not exist yet', async () => {
    expect(await handleProxyAction(root, 'entriesByFolder', { folder: 'content/districts', extension: 'yaml', depth: 2 })).toEqual([]);
  });

  it('reads the files asked for, a missing one as no data', async () => {
    put(`${OFFER}/pier.png`, PNG);
    expect(
      await handleProxyAction(root, 'entriesByFiles', { files: [{ path: `${OFFER}/pier.png` }, { path: `${OFFER}/ru.mdx` }] }),
    ).toEqual([
      { data: PNG, file: { path: `${OFFER}/pier.png`, id: PNG_SHA } },
      { data: null, file: { path: `${OFFER}/ru.mdx`, id: null } },
    ]);
    expect(await handleProxyAction(root, 'entriesByFiles')).toEqual([]);
  });

  it('answers a missing entry inside content/ with no data, not an error', async () => {
    expect(await handleProxyAction(root, 'getEntry', { path: `${OFFER}/kk.mdx` })).toEqual({
      data: null,
      file: { path: `${OFFER}/kk.mdx`, id: null },
    });
  });

  it('has no deploy preview', async () => {
    expect(await handleProxyAction(root, 'getDeployPreview', { collection: 'offers', slug: 'demo-plot' })).toBeNull();
  });
});

describe('saving entries', () => {
  it('saves an entry sent the older way, as one entry rather than a list of files', async () => {
    expect(
      await handleProxyAction(root, 'persistEntry', { entry: { path: `${OFFER}/facts.yaml`, raw: 'kind: infrastructure\n' } }),
    ).toEqual({ message: 'entry persisted' });
    expect(read(`${OFFER}/facts.yaml`)).toBe('# A demonstration plot.\nkind: infrastructure\n');
  });

  it('refuses to rename an entry and leaves the file as it was', async () => {
    const request = handleProxyAction(root, 'persistEntry', {
      dataFiles: [{ path: `${OFFER}/facts.yaml`, newPath: 'content/offers/renamed/facts.yaml', raw: 'kind: infrastructure\n' }],
    });
    expect(await refusal(request)).toEqual({
      status: 422,
      message: 'renaming an entry is not supported here: create a new one and ask IT to remove the old folder',
    });
    expect(read(`${OFFER}/facts.yaml`)).toBe(FACTS);
    expect(existsSync(at('content/offers/renamed'))).toBe(false);
  });

  it('refuses a save it cannot merge without changing another value, and writes none of its files', async () => {
    put(`${OFFER}/shared.yaml`, 'name: &a Lake\nalias: *a\n');
    const request = handleProxyAction(root, 'persistEntry', {
      dataFiles: [
        { path: `${OFFER}/facts.yaml`, raw: 'kind: infrastructure\n' },
        { path: `${OFFER}/shared.yaml`, raw: 'name: Lakes\nalias: Lake\n' },
      ],
    });
    expect(await refusal(request)).toEqual({
      status: 409,
      message: `${OFFER}/shared.yaml: the file could not be merged with this save without changing other values; nothing was written: ask IT to edit it`,
    });
    expect(read(`${OFFER}/facts.yaml`)).toBe(FACTS);
    expect(read(`${OFFER}/shared.yaml`)).toBe('name: &a Lake\nalias: *a\n');
  });

  it('writes the photos uploaded with an entry into the offer folder', async () => {
    const answer = await handleProxyAction(root, 'persistEntry', {
      dataFiles: [{ path: `${OFFER}/facts.yaml`, raw: 'kind: land-plot\nphotos:\n  - file: pier.png\n' }],
      assets: [{ path: `${OFFER}/pier.png`, content: PNG_BASE64, encoding: 'base64' }],
    });
    expect(answer).toEqual({ message: 'entry persisted' });
    expect(read(`${OFFER}/pier.png`)).toBe(PNG);
    expect(read(`${OFFER}/facts.yaml`)).toBe('# A demonstration plot.\nkind: land-plot\nphotos:\n  - file: pier.png\n');
  });

  it('writes a new facts file without the fields left empty, .yaml or .yml', async () => {
    const raw = 'kind: land-plot\nnamedLocation: ""\nland:\n  areaHa: 2\n  cadastralNumber:\n';
    await save('content/offers/new-plot/facts.yaml', raw);
    await save('content/offers/new-plot/extra.yml', raw);
    expect(read('content/offers/new-plot/facts.yaml')).toBe('kind: land-plot\nland:\n  areaHa: 2\n');
    expect(read('content/offers/new-plot/extra.yml')).toBe('kind: land-plot\nland:\n  areaHa: 2\n');
  });

  it('writes the front matter of a new .mdx or .md text one line per field', async () => {
    const raw =
      '---\ntitle: Roadside plot\nsummary: A plot beside the road into Karkaraly, entered through the browser\n  editor.\n---\nBody.\n';
    const unfolded =
      '---\ntitle: Roadside plot\nsummary: A plot beside the road into Karkaraly, entered through the browser editor.\n---\nBody.\n';
    await save('content/offers/new-plot/ru.mdx', raw);
    await save('content/offers/new-plot/notes.md', raw);
    expect(read('content/offers/new-plot/ru.mdx')).toBe(unfolded);
    expect(read('content/offers/new-plot/notes.md')).toBe(unfolded);
  });

  it('keeps the quotes and comments of an existing text or .yml file, taking the new body', async () => {
    put(`${OFFER}/notes.md`, '---\ntitle: "Notes" # short\n---\nOld.\n');
    put(`${OFFER}/extra.yml`, '# Extra facts.\nkind: land-plot\n');
    await save(`${OFFER}/en.mdx`, '---\ntitle: Demo\n---\nNew body.\n');
    await save(`${OFFER}/notes.md`, '---\ntitle: Notes\n---\nNew.\n');
    await save(`${OFFER}/extra.yml`, 'kind: infrastructure\n');
    expect(read(`${OFFER}/en.mdx`)).toBe('---\ntitle: "Demo"\n---\nNew body.\n');
    expect(read(`${OFFER}/notes.md`)).toBe('---\ntitle: "Notes" # short\n---\nNew.\n');
    expect(read(`${OFFER}/extra.yml`)).toBe('# Extra facts.\nkind: infrastructure\n');
  });

  it('writes a file of any other type exactly as the editor sent it, new or existing', async () => {
    put(`${OFFER}/facts.yaml.bak`, '# Backup.\nkind: land-plot\n');
    put(`${OFFER}/notes.md.txt`, '---\ntitle: "Notes"\n---\nOld.\n');
    await save(`${OFFER}/facts.yaml.bak`, 'kind: infrastructure\nnamedLocation: ""\n');
    await save(`${OFFER}/notes.md.txt`, '---\ntitle: Notes\n---\nNew.\n');
    await save(`${OFFER}/draft.yaml.txt`, 'kind: land-plot\nnamedLocation: ""\n');
    await save(`${OFFER}/draft.mdx.txt`, '---\ntitle: Draft\nsummary: folded\n  here\n---\nText.\n');
    expect(read(`${OFFER}/facts.yaml.bak`)).toBe('kind: infrastructure\nnamedLocation: ""\n');
    expect(read(`${OFFER}/notes.md.txt`)).toBe('---\ntitle: Notes\n---\nNew.\n');
    expect(read(`${OFFER}/draft.yaml.txt`)).toBe('kind: land-plot\nnamedLocation: ""\n');
    expect(read(`${OFFER}/draft.mdx.txt`)).toBe('---\ntitle: Draft\nsummary: folded\n  here\n---\nText.\n');
  });

  it('removes a text the official cleared inside a photo of the list, keeping the outline the form does not show', async () => {
    put(
      `${OFFER}/facts.yaml`,
      'kind: land-plot\nphotos:\n  - file: pier.png\n    alt: { en: The pier, ru: Пирс }\nboundary: [[46.1, 75.1], [46.2, 75.2], [46.3, 75.1]]\n',
    );
    await save(`${OFFER}/facts.yaml`, 'kind: land-plot\nphotos:\n  - file: pier.png\n    alt:\n      en: The pier\n');
    expect(read(`${OFFER}/facts.yaml`)).toBe(
      'kind: land-plot\nphotos:\n  - file: pier.png\n    alt: { en: The pier }\nboundary: [[46.1, 75.1], [46.2, 75.2], [46.3, 75.1]]\n',
    );
  });
});

describe('which keys a save may remove', () => {
  it('those the form shows, at any depth and inside list items whatever their index', () => {
    expect(mayRemove(['status'])).toBe(true);
    expect(mayRemove(['land', 'areaHa'])).toBe(true);
    expect(mayRemove(['photos', 3, 'alt', 'ru'])).toBe(true);
    expect(mayRemove(['places', 0, 'name', 'kk'])).toBe(true);
  });

  it('not those it cannot show: the outline, a key it does not know, a key of another group', () => {
    expect(mayRemove(['boundary'])).toBe(false);
    expect(mayRemove(['land', 'notes'])).toBe(false);
    expect(mayRemove(['photosalt'])).toBe(false);
    expect(mayRemove(['alt', 'ru'])).toBe(false);
  });
});

describe("an offer's media", () => {
  it('lists the photos in name order regardless of capitals, as the media library shows them', async () => {
    put(`${OFFER}/pier.png`, PNG);
    put(`${OFFER}/IMG_0001.JPG`, PNG);
    put(`${OFFER}/drone.jpg`, PNG);
    const media = (await handleProxyAction(root, 'getMedia', { mediaFolder: OFFER })) as Array<{ path: string }>;
    expect(media.map((m) => m.path)).toEqual([`${OFFER}/drone.jpg`, `${OFFER}/IMG_0001.JPG`, `${OFFER}/pier.png`]);
  });

  it('gives a photo as its hash, base64 content, path and file name', async () => {
    put(`${OFFER}/pier.png`, PNG);
    const expected = { id: PNG_SHA, content: PNG_BASE64, encoding: 'base64', path: `${OFFER}/pier.png`, name: 'pier.png' };
    expect(await handleProxyAction(root, 'getMedia', { mediaFolder: OFFER })).toEqual([expected]);
    expect(await handleProxyAction(root, 'getMediaFile', { path: `${OFFER}/pier.png` })).toEqual(expected);
  });

  it("uploads a photo into the offer's folder and answers with it", async () => {
    const answer = await handleProxyAction(root, 'persistMedia', {
      asset: { path: 'content/offers/new-plot/pier.png', content: PNG_BASE64, encoding: 'base64' },
    });
    expect(answer).toEqual({
      id: PNG_SHA,
      content: PNG_BASE64,
      encoding: 'base64',
      path: 'content/offers/new-plot/pier.png',
      name: 'pier.png',
    });
    expect(read('content/offers/new-plot/pier.png')).toBe(PNG);
  });

  it('deletes one file, or several, and answers the same when a file is already gone', async () => {
    put(`${OFFER}/pier.png`, PNG);
    put(`${OFFER}/road.png`, PNG);
    put(`${OFFER}/title.pdf`, '%PDF-1.4');
    expect(await handleProxyAction(root, 'deleteFile', { path: `${OFFER}/pier.png` })).toEqual({ message: 'deleted' });
    expect(await handleProxyAction(root, 'deleteFile', { path: `${OFFER}/pier.png` })).toEqual({ message: 'deleted' });
    expect(
      await handleProxyAction(root, 'deleteFiles', { paths: [`${OFFER}/road.png`, `${OFFER}/title.pdf`, `${OFFER}/gone.png`] }),
    ).toEqual({
      message: 'deleted',
    });
    expect(await handleProxyAction(root, 'deleteFiles')).toEqual({ message: 'deleted' });
    expect(['pier.png', 'road.png', 'title.pdf'].filter((name) => existsSync(at(`${OFFER}/${name}`)))).toEqual([]);
    expect(read(`${OFFER}/facts.yaml`)).toBe(FACTS);
  });

  it('refuses to delete outside content/ and leaves the file there', async () => {
    expect(await refusal(handleProxyAction(root, 'deleteFile', { path: 'secret.txt' }))).toEqual({
      status: 403,
      message: 'path outside content/: secret.txt',
    });
    expect(await refusal(handleProxyAction(root, 'deleteFiles', { paths: ['../secret.txt'] }))).toEqual({
      status: 403,
      message: 'path outside content/: ../secret.txt',
    });
    expect(read('secret.txt')).toBe('not for the editor');
  });
});
