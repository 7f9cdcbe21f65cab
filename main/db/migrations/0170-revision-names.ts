import type { Database } from 'better-sqlite3';

/**
 * Names on revisions ("Publicerad", "Återställd", …): a named revision is a step of the
 * newsroom's workflow, kept as it was (never folded into a later save). `saved_by` says who
 * made a save: the profile's own name ("Ditt namn") when the save was local.
 */
export default function updateToSchemaVersion170(db: Database): void {
  db.exec(`
    ALTER TABLE article_revisions ADD COLUMN saved_by TEXT;

    CREATE TABLE article_revision_names (
      id INTEGER PRIMARY KEY,
      article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      name TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT '',
      named_by TEXT NOT NULL DEFAULT '',
      named_at TEXT NOT NULL,
      UNIQUE (article_seq, revision, name)
    ) STRICT;
  `);
}
