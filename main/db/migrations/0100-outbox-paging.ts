import type { Database } from 'better-sqlite3';

/**
 * The publishing queue a page at a time, newest first (main/db/outbox.ts listJobs): an index on
 * created_at. SQLite keeps the rowid (seq) in every index entry, so the same index also orders
 * jobs created in the same millisecond, and each page is a seek, not a sort of the whole table.
 */
export default function updateToSchemaVersion100(db: Database): void {
  db.exec('CREATE INDEX publish_jobs_by_created ON publish_jobs (created_at)');
}
