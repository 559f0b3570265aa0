// The editor's local mode: the same file protocol Decap CMS's local backend speaks to its proxy
// (`POST /api/v1 {action, params}`), answered from a folder on this computer. It is our own small module,
// not decap-server, because saves go through mergeYaml/mergeFrontMatter: a file keeps the official's
// comments, layout and key order, and only the changed facts differ (the rule is in keepLayout.ts, shared with
// `npm run cms:restore-layout`, which applies it to saves made through the GitHub backend).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { MergeError, newFrontMatter, newYaml } from './yamlMerge.ts';
import { mergeSave, savedFileKind } from './keepLayout.ts';
import { PHOTO_EXTENSIONS } from '../validation/contentFiles.ts';

/** Only files under these folders may be read or written: the editor has no business elsewhere. */
const WRITABLE_TOP = 'content';

/** A refused request, with the HTTP status the proxy answers. */
export class ProxyError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** The absolute path of `repoPath` inside `root`, refusing anything outside root/content/. */
export function safePath(root: string, repoPath: string): string {
  if (typeof repoPath !== 'string' || repoPath.includes('\0')) throw new ProxyError('bad path', 400);
  const full = resolve(root, repoPath);
  const allowed = resolve(root, WRITABLE_TOP);
  if (full !== allowed && !full.startsWith(allowed + sep)) throw new ProxyError(`path outside ${WRITABLE_TOP}/: ${repoPath}`, 403);
  return full;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const toRepoPath = (root: string, full: string) => relative(root, full).split(sep).join('/');

async function listFiles(dir: string, extension: string, depth: number): Promise<string[]> {
  if (depth <= 0) return [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) =>
        e.isDirectory()
          ? listFiles(join(dir, e.name), extension, depth - 1)
          : Promise.resolve(e.name.endsWith(extension) ? [join(dir, e.name)] : []),
      ),
  );
  return nested.flat();
}

async function entryOf(root: string, repoPath: string) {
  try {
    const content = await readFile(safePath(root, repoPath));
    return { data: content.toString('utf8'), file: { path: repoPath, id: sha256(content) } };
  } catch (error) {
    if (error instanceof ProxyError) throw error;
    return { data: null, file: { path: repoPath, id: null } };
  }
}

/** Photos and PDF documents: the files an entry folder holds besides its facts and texts. */
const isMedia = (path: string) => [...PHOTO_EXTENSIONS, '.pdf'].some((ext) => path.toLowerCase().endsWith(ext));

async function mediaOf(root: string, repoPath: string) {
  const content = await readFile(safePath(root, repoPath));
  return { id: sha256(content), content: content.toString('base64'), encoding: 'base64', path: repoPath, name: repoPath.split('/').pop() };
}

/** What a save writes: the editor's text merged into the file already there, so nothing the official wrote is lost. */
export async function mergedText(full: string, raw: string): Promise<string> {
  let existing: string;
  try {
    existing = await readFile(full, 'utf8');
  } catch {
    const kind = savedFileKind(full);
    if (kind === 'yaml') return newYaml(raw);
    return kind === 'mdx' ? newFrontMatter(raw) : raw;
  }
  return mergeSave(full, existing, raw);
}

async function write(full: string, content: string | Buffer) {
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, content);
}

interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}

/** Answers one request of the editor's local backend. */
export async function handleProxyAction(rootDir: string, action: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const root = await realpath(rootDir);
  switch (action) {
    case 'info':
      return { repo: root.split(sep).pop(), publish_modes: ['simple'], type: 'local_fs' };
    case 'entriesByFolder': {
      const folder = safePath(root, String(params.folder));
      const files = await listFiles(folder, String(params.extension ?? ''), Number(params.depth ?? 1));
      return Promise.all(files.map((f) => entryOf(root, toRepoPath(root, f))));
    }
    case 'entriesByFiles':
      return Promise.all(((params.files as Array<{ path: string }>) ?? []).map((f) => entryOf(root, f.path)));
    case 'getEntry':
      return entryOf(root, String(params.path));
    case 'persistEntry': {
      const dataFiles = (params.dataFiles as DataFile[] | undefined) ?? [params.entry as DataFile];
      // Every file is merged before any is written: a save refused for one file leaves all of them as they were.
      const texts: Array<[string, string]> = [];
      for (const file of dataFiles) {
        if (file.newPath)
          throw new ProxyError('renaming an entry is not supported here: create a new one and ask IT to remove the old folder', 422);
        const full = safePath(root, file.path);
        try {
          texts.push([full, await mergedText(full, file.raw)]);
        } catch (error) {
          if (error instanceof MergeError) throw new ProxyError(`${file.path}: ${error.message}`, 409);
          throw error;
        }
      }
      for (const [full, text] of texts) await write(full, text);
      for (const asset of (params.assets as Array<{ path: string; content: string; encoding: BufferEncoding }>) ?? []) {
        await write(safePath(root, asset.path), Buffer.from(asset.content, asset.encoding));
      }
      return { message: 'entry persisted' };
    }
    case 'getMedia': {
      // An offer's media folder is its own folder: list its photos and documents, not its facts and texts.
      const folder = safePath(root, String(params.mediaFolder));
      const files = (await listFiles(folder, '', 1)).filter(isMedia);
      return Promise.all(files.map((f) => mediaOf(root, toRepoPath(root, f))));
    }
    case 'getMediaFile':
      return mediaOf(root, String(params.path));
    case 'persistMedia': {
      const asset = params.asset as { path: string; content: string; encoding: BufferEncoding };
      await write(safePath(root, asset.path), Buffer.from(asset.content, asset.encoding));
      return mediaOf(root, asset.path);
    }
    case 'deleteFile':
      await unlink(safePath(root, String(params.path))).catch(() => undefined);
      return { message: 'deleted' };
    case 'deleteFiles':
      for (const p of (params.paths as string[]) ?? []) await unlink(safePath(root, p)).catch(() => undefined);
      return { message: 'deleted' };
    case 'getDeployPreview':
      return null;
    default:
      throw new ProxyError(`Unknown action ${action}`, 422);
  }
}
