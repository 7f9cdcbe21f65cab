import type { Database } from 'better-sqlite3';

/**
 * The library's pages: one index serves both lists (in the trash or not) in the order shown,
 * last changed first with seq breaking ties, so a page after a given row and the count of a
 * list are both read from the index alone. It replaces articles_library, which ordered only
 * the active list and had no tie-break for paging.
 */
export default function updateToSchemaVersion200(db: Database): void {
  db.exec(`
    DROP INDEX IF EXISTS articles_library;
    CREATE INDEX articles_page ON articles (trashed_at IS NOT NULL, updated_at, seq);
  `);
}
