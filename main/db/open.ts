import { openSync, readSync, closeSync, statSync, existsSync } from 'node:fs';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { SpaltError } from '../../shared/errors';
import { latestSchemaVersion, migrate, schemaVersion } from './migrations';

export const databaseFileName = 'spalt.sqlite';

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenOptions {
  /** The better-sqlite3 build for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Migrate only this far; tests use it to build databases of earlier versions. */
  targetVersion?: number;
}

/**
 * Reads the file's header without opening it for writing, so a file that is not ours, or one
 * from a newer Spalt, is refused before a single byte could change.
 */
function inspectExistingFile(file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) return;
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(sqliteHeader)) {
    throw new SpaltError('database_unreadable', { file });
  }
  const found = header.readUInt32BE(60);
  if (found > latestSchemaVersion) {
    throw new SpaltError('database_too_new', { file, found, supported: latestSchemaVersion });
  }
}

function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(NOTADB|CORRUPT|IOERR)/.test(code);
}

/** Opens (creating if needed) and migrates a profile's database. */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  inspectExistingFile(file);
  const db = new DatabaseConstructor(file, { nativeBinding: options.nativeBinding });
  try {
    // Read the schema before any pragma that writes, so damage is found with the file intact.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    const found = schemaVersion(db);
    if (found > latestSchemaVersion) {
      throw new SpaltError('database_too_new', { file, found, supported: latestSchemaVersion });
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file, options.targetVersion);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof SpaltError) throw error;
    if (isDamageError(error)) throw new SpaltError('database_unreadable', { file }, { cause: error });
    throw error;
  }
}
