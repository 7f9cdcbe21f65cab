import type { Database } from 'better-sqlite3';

/**
 * Articles whose search entry is behind their last save. A save records its article here in
 * its own transaction and the search index catches up right after, off the save's path; a
 * crash in between leaves the row, and the next start brings the index up to date.
 */
export default function updateToSchemaVersion150(db: Database): void {
  db.exec(`
    CREATE TABLE article_search_pending (
      article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE
    ) STRICT;
  `);
}
