import type { Database } from 'better-sqlite3';

/** Articles and the history of their saves. */
export default function updateToSchemaVersion10(db: Database): void {
  db.exec(`
    CREATE TABLE articles (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'draft',
      kicker TEXT NOT NULL DEFAULT '',
      headline TEXT NOT NULL DEFAULT '',
      lead TEXT NOT NULL DEFAULT '',
      byline TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL,
      body_text TEXT NOT NULL DEFAULT '',
      revision INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      trashed_at TEXT
    ) STRICT;

    CREATE INDEX articles_library ON articles (trashed_at, updated_at DESC);

    CREATE TABLE article_revisions (
      article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      session_id TEXT,
      saved_at TEXT NOT NULL,
      draft TEXT NOT NULL,
      PRIMARY KEY (article_seq, revision)
    ) STRICT;
  `);
}
