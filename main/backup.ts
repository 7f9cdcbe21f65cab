/**
 * "Säkerhetskopiera nu": a consistent copy of the profile while Spalt runs. The database goes
 * through SQLite's online backup (a snapshot, whatever is saved meanwhile) and photos/ is
 * copied beside it, into backups/<yyyy-mm-dd-HHmm>/ in the profile, Stockholm time.
 */
import { chmod, cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ProfileBackup } from '../shared/api';
import { SpaltError } from '../shared/errors';
import { newsroomFolderStamp } from '../shared/format/date';
import { databaseFileName } from './db/open';
import { privateFileMode, privateFolderMode } from './file-modes';
import { photoFolderName } from './media/store';

export const backupFolderName = 'backups';

/** An import still being written, which the backup must not take half of. */
const unfinishedImport = /\.tmp$/;

/** The first free folder for this minute: 2026-12-07-0312, then -2, -3… so no backup is overwritten. */
async function newBackupFolder(root: string, at: Date): Promise<string> {
  await mkdir(root, { recursive: true, mode: privateFolderMode });
  const stamp = newsroomFolderStamp(at);
  for (let n = 1; ; n += 1) {
    const folder = join(root, n === 1 ? stamp : `${stamp}-${n}`);
    try {
      await mkdir(folder, { mode: privateFolderMode });
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The files under a folder and their total size. */
async function measure(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

export async function backUpProfile(db: Database, dataDir: string, at: Date): Promise<ProfileBackup> {
  let folder: string | null = null;
  try {
    folder = await newBackupFolder(join(dataDir, backupFolderName), at);
    const copy = join(folder, databaseFileName);
    await db.backup(copy);
    await chmod(copy, privateFileMode);
    // After the database: every photo its rows name was on disk before the row was saved.
    const photos = join(dataDir, photoFolderName);
    const photoCopy = join(folder, photoFolderName);
    const hasPhotos = await stat(photos).then(
      (found) => found.isDirectory(),
      () => false,
    );
    if (hasPhotos) await cp(photos, photoCopy, { recursive: true, filter: (source) => !unfinishedImport.test(source) });
    const photoFiles = hasPhotos ? (await measure(photoCopy)).files : 0;
    return { folder, bytes: (await measure(folder)).bytes, photoFiles };
  } catch (error) {
    // Half a backup looks like a whole one to whoever restores from it later.
    if (folder) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    const details = error instanceof Error ? error.message : String(error);
    throw new SpaltError('backup_failed', { details: details.slice(0, 300) }, { cause: error });
  }
}
