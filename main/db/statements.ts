import type { Database, Statement } from 'better-sqlite3';

const byConnection = new WeakMap<Database, Map<string, Statement>>();

/**
 * A statement prepared once per connection. On a save's path, preparing (parsing the SQL
 * against a schema of some thirty tables) costs more than running the small statements.
 */
export function statement(db: Database, sql: string): Statement {
  let cache = byConnection.get(db);
  if (!cache) {
    cache = new Map();
    byConnection.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
