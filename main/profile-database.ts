/**
 * The core's connection to the profile's database: opened and checked (or, when the check
 * finds damage, opened read-only so the file stays as it is), the search index brought up to
 * date and the log folded into the file after saves (never inside one), and a close that never folds anything into a damaged file.
 */
import type { Database } from 'better-sqlite3';
import { SpaltError } from '../shared/errors';
import { openDamagedDatabase, openDatabase } from './db/open';
import { catchUp } from './db/search-index';
import { foldLogIntoFile, holdForReading, limitLogSize, refuseWrites } from './db/upkeep';
import type { DatabaseHealth } from './database-health';

export interface ProfileDatabase {
  db: Database;
  /** Brings the search index up to date now (before a search). */
  catchUpSearch: () => void;
  /**
   * After a save, as soon as it has been answered: the search index catches up, and the
   * write-ahead log is folded into the file when it has not been for a while.
   */
  afterSave: () => void;
  close: () => void;
}

/** Folding the log into the file (a checkpoint) happens at most this often after saves, off their path. */
const checkpointEveryMs = 2_000;
/** SQLite's own checkpoint, inside whichever commit crosses it, only as a limit on the log's size. */
const autocheckpointPages = 10_000;

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
    refuseWrites(db);
  });

  if (!health.damaged) limitLogSize(db, autocheckpointPages);
  let pending: NodeJS.Immediate | null = null;
  let lastCheckpoint = Date.now();
  const background = (work: () => void, what: string) => {
    if (closed || health.damaged) return;
    try {
      work();
    } catch (error) {
      // Damage is recorded; anything else only delays the work until the next save.
      if (health.translate(error) === error) console.error(`[spalt] ${what} failed:`, error);
    }
  };
  const catchUpSearch = () => background(() => catchUp(db), 'the search index catching up');
  const afterSave = () => {
    pending ??= setImmediate(() => {
      pending = null;
      catchUpSearch();
      if (Date.now() - lastCheckpoint < checkpointEveryMs) return;
      lastCheckpoint = Date.now();
      background(() => foldLogIntoFile(db), 'folding the log into the file');
    });
  };
  // Saves a crash or a quit left unindexed.
  afterSave();

  const close = () => {
    if (closed) return;
    if (pending) clearImmediate(pending);
    catchUpSearch();
    closed = true;
    if (!health.damaged || db.readonly) {
      db.close();
      return;
    }
    // The last connection to close would copy the write-ahead log into the damaged file.
    const reader = holdForReading(file, options.nativeBinding);
    db.close();
    reader?.close();
  };
  return { db, catchUpSearch, afterSave, close };
}
