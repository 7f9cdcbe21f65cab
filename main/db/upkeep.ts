/**
 * Upkeep of the profile's open connection that the core does around saves and on damage: how
 * large the write-ahead log may grow, folding it into the file, and writing nothing more.
 */
import DatabaseConstructor, { type Database } from 'better-sqlite3';

/** SQLite's own checkpoint, inside whichever commit crosses this many pages, stays on only as a limit. */
export function limitLogSize(db: Database, pages: number): void {
  db.pragma(`wal_autocheckpoint = ${Math.floor(pages)}`);
}

/** Folds the write-ahead log into the file as far as no reader needs it (never waits). */
export function foldLogIntoFile(db: Database): void {
  db.pragma('wal_checkpoint(PASSIVE)');
}

/** Belt and braces behind refused operations: this connection writes nothing more. */
export function refuseWrites(db: Database): void {
  db.pragma('query_only = ON');
}

/**
 * A read-only connection holding the file open. The last connection to close copies the
 * write-ahead log into the file; one held open meanwhile keeps that from happening, and a
 * reader never does it. Null when the file cannot be opened at all.
 */
export function holdForReading(file: string, nativeBinding?: string): Database | null {
  let reader: Database;
  try {
    reader = new DatabaseConstructor(file, { readonly: true, fileMustExist: true, nativeBinding });
  } catch {
    return null;
  }
  try {
    reader.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get();
  } catch {
    // Nothing can be read any more: nothing is left to protect either.
  }
  return reader;
}
