import type { Database } from 'better-sqlite3';

/**
 * The photo library: photos with their credit and usage rights, a full-text index
 * for the library's search (the same tokenizer as the article search, so "sodertalje" finds
 * "Södertälje"), the names and sources used in earlier credits for autocomplete, and which
 * article uses which photo, as main photo or in the body.
 *
 * The files live outside the database, in the content-hash store (main/media/store.ts); a row
 * names them by `hash`. `incomplete` is 1 when the credit line or a proper alt text is
 * missing; it is kept with each write so the "missing" filter is an index lookup.
 */
export default function updateToSchemaVersion60(db: Database): void {
  db.exec(`
    CREATE TABLE photos (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      hash TEXT NOT NULL UNIQUE,
      file_name TEXT NOT NULL,
      mime_type TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      taken_at TEXT,
      imported_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      caption TEXT NOT NULL DEFAULT '',
      alt TEXT NOT NULL DEFAULT '',
      credit_type TEXT,
      credit_name TEXT NOT NULL DEFAULT '',
      credit_person_id TEXT,
      credit_organisation TEXT NOT NULL DEFAULT '',
      credit_licence TEXT NOT NULL DEFAULT '',
      credit_usage_notes TEXT NOT NULL DEFAULT '',
      credit_one_time_use INTEGER NOT NULL DEFAULT 0,
      credit_expires_on TEXT,
      credit_line TEXT NOT NULL DEFAULT '',
      incomplete INTEGER NOT NULL DEFAULT 1,
      embedded TEXT NOT NULL DEFAULT '{"fields":{},"hasGps":false}',
      prefilled_from TEXT NOT NULL DEFAULT '{}',
      renditions TEXT NOT NULL
    ) STRICT;

    CREATE INDEX photos_newest ON photos (imported_at DESC, seq DESC);
    CREATE INDEX photos_by_credit_type ON photos (credit_type, imported_at DESC);
    CREATE INDEX photos_incomplete ON photos (incomplete, imported_at DESC);

    CREATE VIRTUAL TABLE photo_search USING fts5(
      caption, alt, credit_name, organisation, file_name, credit_line,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );

    CREATE TABLE credit_sources (
      seq INTEGER PRIMARY KEY,
      type TEXT,
      name TEXT NOT NULL COLLATE NOCASE,
      organisation TEXT NOT NULL COLLATE NOCASE,
      used_at TEXT NOT NULL,
      UNIQUE (name, organisation)
    ) STRICT;

    CREATE TABLE article_photos (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      photo_id TEXT NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('main', 'body')),
      needs_republish INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (article_id, photo_id, role)
    ) STRICT;

    CREATE INDEX article_photos_by_photo ON article_photos (photo_id);

    ALTER TABLE articles ADD COLUMN main_photo_id TEXT;
  `);
}
