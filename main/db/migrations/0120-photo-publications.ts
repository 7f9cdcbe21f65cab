import type { Database } from 'better-sqlite3';

/**
 * Which articles each photo has gone out with: a one-time licence is spent by the first
 * article published with the photo, and stays spent when that article is changed, trashed or
 * deleted (the post stays on the site). No foreign key to articles for that reason. A
 * database from before is taken at its word: photos of articles published or scheduled now.
 */
export default function updateToSchemaVersion120(db: Database): void {
  db.exec(`
    CREATE TABLE photo_publications (
      photo_id TEXT NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
      article_id TEXT NOT NULL,
      published_at TEXT NOT NULL,
      PRIMARY KEY (photo_id, article_id)
    ) STRICT;

    INSERT OR IGNORE INTO photo_publications (photo_id, article_id, published_at)
      SELECT ap.photo_id, ap.article_id, a.updated_at
      FROM article_photos ap JOIN articles a ON a.id = ap.article_id
      WHERE a.status IN ('published', 'scheduled');
  `);
}
