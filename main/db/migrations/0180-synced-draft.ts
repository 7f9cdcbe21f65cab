import type { Database } from 'better-sqlite3';

/**
 * synced_drafts: per article and site, the draft as last sent to the site or read from it, the
 * common ancestor of a three-way merge when both sides changed since. `header` and `blocks` are
 * the block markup the site gave back for the draft's header (label, lead, bylines…) and for
 * each body block, so a post read back later is matched to the blocks it came from.
 */
export default function updateToSchemaVersion180(db: Database): void {
  db.exec(`
    CREATE TABLE synced_drafts (
      site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      draft TEXT NOT NULL,
      header TEXT NOT NULL,
      blocks TEXT NOT NULL,
      synced_at TEXT NOT NULL,
      PRIMARY KEY (site_id, article_id)
    ) STRICT;
  `);
}
