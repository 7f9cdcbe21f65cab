/**
 * The photo files on disk, named by the SHA-256 of the original: the same file imported twice
 * is one set of files. Layout, under the profile's data folder:
 *
 *   photos/<first two hex digits>/<hash>.<jpg|png|webp|gif>   the original, byte for byte
 *   photos/<first two hex digits>/<hash>.thumb.webp           the library's thumbnail
 *   photos/<first two hex digits>/<hash>.web.<jpg|png|webp>   the version for the site
 *
 * Each file is written under a temporary name and renamed into place, so a reader never sees
 * half a file; when any part of an import fails, everything it wrote is removed again.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PhotoRenditionName } from '../../shared/article/photo-media';
import { privateFileMode, privateFolderMode } from '../file-modes';
import { extensions } from './renditions';

export const photoFolderName = 'photos';

export function hashOf(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function photoFolder(dataDir: string, hash: string): string {
  return join(dataDir, photoFolderName, hash.slice(0, 2));
}

export function originalPath(dataDir: string, hash: string, mimeType: string): string {
  return join(photoFolder(dataDir, hash), `${hash}.${extensions[mimeType] ?? 'bin'}`);
}

export function renditionPath(dataDir: string, hash: string, rendition: PhotoRenditionName, mimeType: string): string {
  return join(photoFolder(dataDir, hash), `${hash}.${rendition}.${extensions[mimeType] ?? 'bin'}`);
}

export interface FileToStore {
  path: string;
  data: Uint8Array;
}

async function writeDurably(path: string, data: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', privateFileMode);
  try {
    await handle.writeFile(data);
    // On disk before the rename makes it visible, so a power cut cannot leave an empty photo.
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** The temporary name a file is written under before its rename (see storeFiles). */
const temporaryName = /\.[0-9a-f]{12}\.tmp$/;
/** An import still writing is far younger than this; a temporary file this old was cut short. */
const strayAfterMs = 60 * 60_000;

/**
 * Removes temporary files that imports cut short by a crash or a power cut left behind (the
 * import itself removes them on any error it lives to see). Files younger than an hour are
 * left, so an import running meanwhile is never touched. Returns how many were removed.
 */
export async function sweepStrayFiles(dataDir: string, nowMs = Date.now()): Promise<number> {
  const root = join(dataDir, photoFolderName);
  const folders = await readdir(root, { withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    for (const name of await readdir(join(root, folder.name)).catch(() => [])) {
      if (!temporaryName.test(name)) continue;
      const path = join(root, folder.name, name);
      const info = await stat(path).catch(() => null);
      if (info === null || nowMs - info.mtimeMs < strayAfterMs) continue;
      await rm(path, { force: true });
      removed += 1;
    }
  }
  return removed;
}

/** Removes files, ignoring those already gone. */
export async function removeFiles(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { force: true })));
}

/**
 * Writes the files concurrently, each to a temporary name and then renamed into place. Returns
 * an undo that removes them; on failure, removes what it wrote and throws.
 */
export async function storeFiles(files: readonly FileToStore[]): Promise<() => Promise<void>> {
  const written: string[] = [];
  const temporary: string[] = [];
  // allSettled, not all: every write has finished before any cleanup, so none lands after it.
  const results = await Promise.allSettled(
    files.map(async ({ path, data }) => {
      const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      temporary.push(temp);
      await mkdir(dirname(path), { recursive: true, mode: privateFolderMode });
      await writeDurably(temp, data);
      await rename(temp, path);
      written.push(path);
    }),
  );
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await removeFiles([...temporary, ...written]);
    throw failure.reason;
  }
  return () => removeFiles(written);
}
