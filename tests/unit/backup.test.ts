/**
 * "Säkerhetskopiera nu" under Node, with a real profile: the copy of the database opens on its
 * own and holds what was saved, photos/ comes along, and nothing half-made is left behind.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core';
import { backupFolderName } from '../../main/backup';
import { draftFor } from '../support/damaged-profile';
import { makePhoto } from '../support/photo-fixtures';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-backup-');

// 02:12 UTC on 7 December is 03:12 in Stockholm (winter time).
const at = new Date('2026-12-07T02:12:30Z');

function openCore(dataDir: string): Core {
  return createCore({ dataDir, version: 'test', now: () => at, outbox: { worker: false }, checkWaitMs: Infinity });
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

describe('database.backup', () => {
  it('writes a database that opens on its own with the article just saved, and the photos beside it', async () => {
    const dataDir = tempDir();
    const core = openCore(dataDir);
    try {
      const { id } = await core.handlers['articles.create']({ kind: 'news' });
      await core.handlers['articles.save']({ id, baseRevision: 0, draft: { ...draftFor(1), headline: 'Vattenläcka på Ronna' } });
      const photoFile = await makePhoto(join(tempDir(), 'bro.jpg'), { width: 640, height: 480, seed: 3 });
      const { photo } = await core.handlers['photos.import']({ fileName: 'bro.jpg', data: readFileSync(photoFile) });

      const backup = await core.handlers['database.backup']({});

      expect(backup.folder).toBe(join(dataDir, backupFolderName, '2026-12-07-0312'));
      // Measured before the copy is opened: opening a database in WAL mode adds its -shm file.
      const sizes = filesUnder(backup.folder).reduce((sum, file) => sum + statSync(join(backup.folder, file)).size, 0);
      expect(backup.bytes).toBe(sizes);
      const copy = new Database(join(backup.folder, 'spalt.sqlite'), { readonly: true, fileMustExist: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.prepare('SELECT headline FROM articles WHERE id = ?').pluck().get(id)).toBe('Vattenläcka på Ronna');
        expect(copy.prepare('SELECT hash FROM photos WHERE id = ?').pluck().get(photo.id)).toBe(photo.hash);
      } finally {
        copy.close();
      }
      const photosHere = filesUnder(join(dataDir, 'photos'));
      expect(photosHere.length).toBeGreaterThanOrEqual(3); // the original, its thumbnail and its web version
      expect(filesUnder(join(backup.folder, 'photos'))).toEqual(photosHere);
      for (const file of photosHere) {
        expect(readFileSync(join(backup.folder, 'photos', file)).equals(readFileSync(join(dataDir, 'photos', file)))).toBe(true);
      }
      expect(backup.photoFiles).toBe(photosHere.length);
      if (process.platform !== 'win32') {
        expect(statSync(join(backup.folder, 'spalt.sqlite')).mode & 0o777).toBe(0o600);
        expect(statSync(backup.folder).mode & 0o777).toBe(0o700);
      }
    } finally {
      core.close();
    }
  });

  it('never overwrites a backup made the same minute, and leaves out an import still being written', async () => {
    const dataDir = tempDir();
    const core = openCore(dataDir);
    try {
      const photoFile = await makePhoto(join(tempDir(), 'hall.jpg'), { width: 320, height: 240, seed: 4 });
      const { photo } = await core.handlers['photos.import']({ fileName: 'hall.jpg', data: readFileSync(photoFile) });
      const unfinished = join(dataDir, 'photos', photo.hash.slice(0, 2), `${photo.hash}.jpg.0123456789ab.tmp`);
      writeFileSync(unfinished, 'half a photo');

      const first = await core.handlers['database.backup']({});
      const second = await core.handlers['database.backup']({});

      expect(first.folder.endsWith('2026-12-07-0312')).toBe(true);
      expect(second.folder).toBe(`${first.folder}-2`);
      expect(existsSync(join(first.folder, 'spalt.sqlite'))).toBe(true);
      expect(filesUnder(second.folder).some((file) => file.endsWith('.tmp'))).toBe(false);
    } finally {
      core.close();
    }
  });

  it('says in Swedish what to do when the backup cannot be written, and leaves no half backup', async () => {
    const dataDir = tempDir();
    const core = openCore(dataDir);
    try {
      // A file where the backups folder should be: nothing can be written under it.
      writeFileSync(join(dataDir, backupFolderName), 'not a folder');
      const failure = await core.handlers['database.backup']({}).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'backup_failed' });
      expect((failure as { messages: { sv: string } }).messages.sv).toMatch(
        /^Säkerhetskopian kunde inte skrivas \(.+\)\. Kontrollera att det finns ledigt utrymme i datamappen och försök igen; det som redan fanns är orört\.$/,
      );
      expect(readFileSync(join(dataDir, backupFolderName), 'utf8')).toBe('not a folder');
    } finally {
      core.close();
    }
  });
});
