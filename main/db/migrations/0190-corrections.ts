import type { Database } from 'better-sqlite3';

/**
 * Corrections ("Rättelse") of published articles: each note goes out with the publish job that
 * carries it (job_id) and is dated when it was made; once that job is done it is on the page
 * (published_at, post_id, link) and in the corrections log. The article's headline and the
 * site's name are kept as they were, so the log still reads after either is deleted.
 */
export default function updateToSchemaVersion190(db: Database): void {
  db.exec(`
    CREATE TABLE article_corrections (
      id INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL,
      site_id TEXT NOT NULL,
      job_id TEXT NOT NULL,
      note TEXT NOT NULL,
      made_at TEXT NOT NULL,
      made_by TEXT NOT NULL DEFAULT '',
      headline TEXT NOT NULL DEFAULT '',
      site_name TEXT NOT NULL DEFAULT '',
      post_id INTEGER,
      link TEXT,
      published_at TEXT
    ) STRICT;
    CREATE INDEX article_corrections_post ON article_corrections (article_id, site_id, made_at);
    CREATE INDEX article_corrections_job ON article_corrections (job_id);
    CREATE INDEX article_corrections_published ON article_corrections (published_at) WHERE published_at IS NOT NULL;
  `);
}
