import type { Database } from 'better-sqlite3';

/**
 * The editors' workflow, local side: where each article stands in review on each site (and a
 * step the user took that has not reached the site yet), the review queue as last read (so
 * "Att granska" shows it offline), and the notes of each article with their own outbox state.
 */
export default function updateToSchemaVersion160(db: Database): void {
  db.exec(`
    CREATE TABLE workflow_states (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
      state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published')),
      changed_at TEXT NOT NULL,
      changed_by TEXT,
      scheduled_gmt TEXT,
      pending_step TEXT CHECK (pending_step IN ('withdraw', 'return')),
      pending_error TEXT,
      next_attempt_at TEXT,
      synced_at TEXT,
      PRIMARY KEY (article_id, site_id)
    ) STRICT;

    CREATE TABLE review_queue_cache (
      site_id TEXT PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
      fetched_at TEXT NOT NULL,
      items TEXT NOT NULL
    ) STRICT;

    CREATE TABLE article_notes (
      id TEXT PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
      remote_id INTEGER,
      thread_id TEXT REFERENCES article_notes (id) ON DELETE CASCADE,
      block_index INTEGER,
      block_text TEXT NOT NULL DEFAULT '',
      author_name TEXT NOT NULL,
      text TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('open', 'resolved')),
      outbox TEXT NOT NULL CHECK (outbox IN ('sent', 'pending', 'resolve', 'reopen')),
      outbox_error TEXT,
      next_attempt_at TEXT,
      written_at TEXT NOT NULL,
      UNIQUE (site_id, remote_id)
    ) STRICT;
    CREATE INDEX article_notes_by_article ON article_notes (article_id, written_at);
  `);
}
