import type { Database } from 'better-sqlite3';

/**
 * The publishing outbox: every publish is a job that survives a crash, and what
 * Spalt has put on each site is remembered so nothing is ever sent twice.
 *
 * - publish_jobs: one row per publish, with the draft as it was checked (what goes out is
 *   what passed the checklist), the step reached and, when waiting, when to try again.
 *   `in_flight` is 1 while a request is on its way; `cancel_requested` stops a running job
 *   after the request in flight.
 * - remote_photos: a photo (by the content hash of its original) uploaded to a site, with the
 *   fields it was sent with. State 'uploading' is written before the upload is sent: if the
 *   outcome is never learned, the next attempt looks the marker slug up before uploading.
 * - remote_posts: the post an article became on a site. State 'creating' (with the marker
 *   slug) is written before the post is created; 'created' is a draft made by Spalt that has
 *   not yet had its asked-for status; 'synced' is in step with `revision`; 'gone' was found
 *   deleted on the site. `synced` keeps the post as the site stored it at the last sync (what
 *   a conflict is compared against); `sending` the fields of an update whose answer may be lost.
 * - publish_site_cache: the user, capabilities, categories and tags last read from a site,
 *   so the publish dialog works offline.
 */
export default function updateToSchemaVersion80(db: Database): void {
  db.exec(`
    CREATE TABLE publish_jobs (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      token TEXT NOT NULL,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
      action TEXT NOT NULL CHECK (action IN ('draft', 'pending', 'publish', 'schedule')),
      scheduled_local TEXT,
      scheduled_gmt TEXT,
      options TEXT NOT NULL,
      revision INTEGER NOT NULL,
      draft TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'waiting', 'conflict', 'failed', 'done', 'cancelled')),
      step TEXT NOT NULL CHECK (step IN ('check', 'photos', 'terms', 'post', 'done')),
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TEXT NOT NULL,
      in_flight INTEGER NOT NULL DEFAULT 0,
      cancel_requested INTEGER NOT NULL DEFAULT 0,
      progress TEXT,
      terms TEXT,
      accept_modified_gmt TEXT,
      error TEXT,
      conflict TEXT,
      result TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE INDEX publish_jobs_due ON publish_jobs (state, next_attempt_at);
    CREATE INDEX publish_jobs_by_article ON publish_jobs (article_id, site_id);

    CREATE TABLE remote_photos (
      site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
      hash TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('uploading', 'uploaded')),
      media_id INTEGER,
      source_url TEXT,
      sent TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (site_id, hash)
    ) STRICT;

    CREATE TABLE remote_posts (
      site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      state TEXT NOT NULL CHECK (state IN ('creating', 'created', 'synced', 'gone')),
      marker TEXT NOT NULL,
      post_id INTEGER,
      link TEXT,
      status TEXT,
      modified_gmt TEXT,
      revision INTEGER,
      synced TEXT,
      sending TEXT,
      synced_at TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (site_id, article_id)
    ) STRICT;

    CREATE TABLE publish_site_cache (
      site_id TEXT PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
      fetched_at TEXT NOT NULL,
      user TEXT NOT NULL,
      capabilities TEXT NOT NULL,
      categories TEXT NOT NULL,
      tags TEXT NOT NULL
    ) STRICT;
  `);
}
