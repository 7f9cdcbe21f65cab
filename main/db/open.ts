import { openSync, readSync, closeSync, statSync, existsSync } from 'node:fs';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { SpaltError } from '../../shared/errors';
import { latestSchemaVersion, migrate, schemaVersion } from './migrations';
import { isDamageError } from './damage';
import { startStructuralCheck } from './structural-check';

export { databaseFileName } from './file-name';

/**
 * How long opening waits for the structural check of an existing file. A profile up to a few
 * hundred megabytes is checked whole within it; a larger one opens after this long, and the
 * check goes on in the background (damage it finds then is handled as damage met in use).
 */
export const openCheckWaitMs = 1_500;

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenOptions {
  /** The better-sqlite3 build for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Migrate only this far; tests use it to build databases of earlier versions. */
  targetVersion?: number;
  /** How long to wait for the structural check before going on (default: until it is done). */
  checkWaitMs?: number;
  /** Damage the structural check found after opening stopped waiting for it. */
  onLateDamage?: (detail: string) => void;
}

interface Header {
  /** Written in WAL mode (bytes 18 and 19 are 2), so a check may read beside a writer. */
  wal: boolean;
}

/**
 * Reads the file's header without opening it for writing, so a file that is not ours, one
 * from a newer Spalt, or one cut short is refused before a single byte could change.
 */
function inspectExistingFile(file: string): Header | null {
  if (!existsSync(file) || statSync(file).size === 0) return null;
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
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  const sizeIsValid = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  const walFile = `${file}-wal`;
  const walHolds = existsSync(walFile) && statSync(walFile).size > 0;
  if (sizeIsValid && !walHolds && statSync(file).size < pages * pageSize) {
    throw new SpaltError('database_damaged', { file, detail: `the file is shorter than its ${pages} pages` });
  }
  return { wal: header[18] === 2 && header[19] === 2 };
}

/** Runs SQLite's quick_check on its own thread, waiting for it at most `waitMs`. */
function checkStructure(file: string, header: Header, options: OpenOptions): void {
  // A file in rollback mode is turned to WAL below, which waits for every reader: check it whole.
  const waitMs = header.wal ? (options.checkWaitMs ?? Infinity) : Infinity;
  const check = startStructuralCheck(file, options.nativeBinding, waitMs);
  const outcome = check.wait(waitMs);
  if (outcome?.state === 'damaged') throw new SpaltError('database_damaged', { file, detail: outcome.detail });
  if (outcome?.state === 'unchecked') console.warn(`[spalt] could not check ${file}: ${outcome.detail}`);
  if (outcome === null) {
    check.whenDone((late) => {
      if (late.state === 'damaged') options.onLateDamage?.(late.detail);
    });
  }
}

/**
 * Opens (creating if needed), checks and migrates a profile's database. A file found damaged
 * is refused with `database_damaged` before anything is written to it.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const header = inspectExistingFile(file);
  const db = new DatabaseConstructor(file, { nativeBinding: options.nativeBinding });
  try {
    // Read the schema before any pragma that writes, so damage is found with the file intact.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    const found = schemaVersion(db);
    if (found > latestSchemaVersion) {
      throw new SpaltError('database_too_new', { file, found, supported: latestSchemaVersion });
    }
    if (header) checkStructure(file, header, options);
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // Every commit reaches the disk before the save is answered: a dead battery loses nothing saved.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, file, options.targetVersion);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof SpaltError) throw error;
    if (isDamageError(error, { atOpen: true })) throw new SpaltError('database_unreadable', { file }, { cause: error });
    throw error;
  }
}

/**
 * Opens a database found damaged for reading only: no pragma, no migration, no checkpoint, so
 * the file stays exactly as it is while what can be read is shown and recovered.
 */
export function openDamagedDatabase(file: string, nativeBinding?: string): Database {
  const db = new DatabaseConstructor(file, { readonly: true, fileMustExist: true, nativeBinding });
  db.pragma('query_only = ON');
  return db;
}
