import type { Database } from 'better-sqlite3';

/** The profile's settings, one JSON value per key. */
export default function updateToSchemaVersion30(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
