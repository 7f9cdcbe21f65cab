import type { Database } from 'better-sqlite3';

/**
 * The users a post can be published under ("the author"), kept with the rest of
 * what was last read from a site so the publish dialog offers them offline too. NULL in a
 * cache written before this version: read as none until the site is asked again.
 */
export default function updateToSchemaVersion90(db: Database): void {
  db.exec('ALTER TABLE publish_site_cache ADD COLUMN authors TEXT');
}
