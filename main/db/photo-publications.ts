/**
 * Which articles a photo has gone out with (photo_publications): what spends a one-time
 * licence. Written when a publish job ends with the post published or scheduled; never removed
 * while the photo lives.
 */
import type { Database } from 'better-sqlite3';

export function recordPublications(db: Database, articleId: string, photoIds: readonly string[], now: string): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO photo_publications (photo_id, article_id, published_at)
     SELECT id, @articleId, @now FROM photos WHERE id = @photoId`,
  );
  for (const photoId of photoIds) insert.run({ articleId, now, photoId });
}

export function publishedIn(db: Database, photoId: string): string[] {
  return db
    .prepare('SELECT article_id FROM photo_publications WHERE photo_id = @photoId ORDER BY published_at')
    .pluck()
    .all({ photoId }) as string[];
}

/**
 * For a page of the library: the articles each one-time photo was published with and those
 * that use it now, as JSON arrays (empty for other photos, whose licence counts no uses).
 */
export const licenceUseColumns = `
  CASE WHEN p.credit_one_time_use = 1
    THEN (SELECT json_group_array(pp.article_id) FROM photo_publications pp WHERE pp.photo_id = p.id) ELSE '[]' END AS published_in,
  CASE WHEN p.credit_one_time_use = 1
    THEN (SELECT json_group_array(DISTINCT ap.article_id) FROM article_photos ap JOIN articles a ON a.id = ap.article_id
          WHERE ap.photo_id = p.id AND a.trashed_at IS NULL) ELSE '[]' END AS used_in`;
