import type { Database } from 'better-sqlite3';

/**
 * The library sorted by headline, status or kind, and filtered by status or kind: one index for
 * each, in both lists (in the trash or not), so a first page and its count are read from an
 * index at any size. The expressions are main/db/article-order.ts's, written out here as they
 * were when this shipped: Swedish headline order (case folded, å ä ö after z), and the
 * workflow's statuses and the newsroom's kinds ranked backwards, the time of change after them.
 */
export default function updateToSchemaVersion220(db: Database): void {
  db.exec(`
    CREATE INDEX articles_by_headline ON articles (
      trashed_at IS NOT NULL,
      replace(replace(replace(replace(replace(replace(lower(headline), 'å', '{'), 'Å', '{'), 'ä', '|'), 'Ä', '|'), 'ö', '}'), 'Ö', '}'),
      seq
    );
    CREATE INDEX articles_by_status ON articles (
      trashed_at IS NOT NULL,
      CASE status WHEN 'draft' THEN 5 WHEN 'in_review' THEN 4 WHEN 'returned' THEN 3 WHEN 'scheduled' THEN 2 WHEN 'published' THEN 1 END,
      updated_at,
      seq
    );
    CREATE INDEX articles_by_kind ON articles (
      trashed_at IS NOT NULL,
      CASE kind WHEN 'news' THEN 5 WHEN 'brief' THEN 4 WHEN 'opinion' THEN 3 WHEN 'sponsored' THEN 2 WHEN 'interview' THEN 1 END,
      updated_at,
      seq
    );
  `);
}
