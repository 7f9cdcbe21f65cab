import type { Database } from 'better-sqlite3';

/** The newsroom's people: staff and outside writers, for bylines, signatures and credits. */
export default function updateToSchemaVersion50(db: Database): void {
  db.exec(`
    CREATE TABLE people (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE INDEX people_by_name ON people (name COLLATE NOCASE);
  `);
}
