import type { Database } from 'better-sqlite3';

/**
 * WordPress sites: where to publish and as whom. The Application Password is not
 * here: it lives in the secret store (main/publish/secrets.ts), keyed by the site's id.
 * `rest_root` is where the REST API last answered, so publishing need not look for it again;
 * `last_check` is the last connection test as JSON (the user's role and capabilities, or the
 * error), which the publish flow reads to choose between publishing and review.
 */
export default function updateToSchemaVersion70(db: Database): void {
  db.exec(`
    CREATE TABLE sites (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      address TEXT NOT NULL,
      username TEXT NOT NULL,
      rest_root TEXT,
      last_check TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE INDEX sites_by_name ON sites (name COLLATE NOCASE);
  `);
}
