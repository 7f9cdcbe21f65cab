import type { Database } from 'better-sqlite3';

/**
 * Proofing: the newsroom's own words (names, places, house terms Hunspell does not know), and the
 * words an article was told to ignore, kept per article and gone with it.
 */
export default function updateToSchemaVersion210(db: Database): void {
  db.exec(`
    CREATE TABLE newsroom_words (
      word TEXT PRIMARY KEY,
      added_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE article_ignored_words (
      article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
      word TEXT NOT NULL,
      PRIMARY KEY (article_seq, word)
    ) STRICT;
  `);
}
