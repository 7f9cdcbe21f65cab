import type { Database } from 'better-sqlite3';

/**
 * What a site's theme already shows on an article's page, so the post's content does not show
 * it twice: the excerpt (Spalt's lead) and the featured image (the main photo). The defaults
 * are what WordPress's default themes do on a single post (Twenty Twenty-Three in 6.1,
 * Twenty Twenty-Five in 7.1): the featured image yes, the excerpt no.
 */
export default function updateToSchemaVersion110(db: Database): void {
  db.exec(`
    ALTER TABLE sites ADD COLUMN theme_shows_excerpt INTEGER NOT NULL DEFAULT 0 CHECK (theme_shows_excerpt IN (0, 1));
    ALTER TABLE sites ADD COLUMN theme_shows_featured_image INTEGER NOT NULL DEFAULT 1 CHECK (theme_shows_featured_image IN (0, 1));
  `);
}
