/**
 * The core's connection to the profile's database: opened and checked (or, when the check
 * finds damage, opened read-only so the file stays as it is), the search index brought up to
 * date after saves, and a close that never folds anything into a damaged file.
 */
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { SpaltError } from '../shared/errors';
import { openDamagedDatabase, openDatabase } from './db/open';
import { catchUp } from './db/search-index';
import type { DatabaseHealth } from './database-health';

export interface ProfileDatabase {
  db: Database;
  searchIndex: {
    /** Brings the search index up to date now (before a search). */
    catchUpNow: () => void;
    /** Brings it up to date as soon as the current call has been answered (after a save). */
    catchUpSoon: () => void;
  };
  close: () => void;
}

interface ProfileOptions {
  nativeBinding?: string;
  checkWaitMs?: number;
}

function open(file: string, health: DatabaseHealth, options: ProfileOptions, isClosed: () => boolean): Database {
  try {
    return openDatabase(file, {
      nativeBinding: options.nativeBinding,
      checkWaitMs: options.checkWaitMs,
      onLateDamage: (detail) => {
        if (!isClosed()) health.markDamaged('check', detail);
      },
    });
  } catch (error) {
    if (!(error instanceof SpaltError) || error.code !== 'database_damaged') throw error;
    const db = openDamagedDatabase(file, options.nativeBinding);
    health.markDamaged('open', String(error.details.detail ?? ''));
    return db;
  }
}

export function openProfileDatabase(file: string, health: DatabaseHealth, options: ProfileOptions): ProfileDatabase {
  let closed = false;
  const db = open(file, health, options, () => closed);
  health.onChange(({ damage }) => {
    if (!damage || closed) return;
    // Belt and braces behind the refused operations: this connection writes nothing more.
    db.pragma('query_only = ON');
  });

  let pending: NodeJS.Immediate | null = null;
  const catchUpNow = () => {
    if (closed || health.damaged) return;
    try {
      catchUp(db);
    } catch (error) {
      // Damage is recorded; anything else only leaves search a little behind until the next save.
      if (health.translate(error) === error) console.error('[spalt] the search index could not catch up:', error);
    }
  };
  const catchUpSoon = () => {
    pending ??= setImmediate(() => {
      pending = null;
      catchUpNow();
    });
  };
  // Saves a crash or a quit left unindexed.
  catchUpSoon();

  const close = () => {
    if (closed) return;
    if (pending) clearImmediate(pending);
    catchUpNow();
    closed = true;
    if (!health.damaged || db.readonly) {
      db.close();
      return;
    }
    // The last connection to close would copy the write-ahead log into the damaged file; a
    // reader holding the file meanwhile keeps that from happening, and a reader never does it.
    let reader: Database | null = null;
    try {
      reader = new DatabaseConstructor(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
      reader.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get();
    } catch {
      // Nothing can be read any more: nothing is left to protect either.
    }
    db.close();
    reader?.close();
  };
  return { db, searchIndex: { catchUpNow, catchUpSoon }, close };
}
