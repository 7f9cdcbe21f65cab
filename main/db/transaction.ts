import type { Database } from 'better-sqlite3';

/**
 * Runs `work` as one transaction (a savepoint when one is already open): every write in it
 * reaches the file, or none does. Code outside main/db groups its writes through here.
 */
export function inTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work)();
}
