/**
 * Which library photos each article uses (article_photos), as its main photo or in its body,
 * and whether a published article shows an old credit of one (needs_republish).
 */
import type { Database } from 'better-sqlite3';
import type { ArticleStatus } from '../../shared/article/article';
import type { PhotoUse } from '../../shared/article/photo';

interface PhotoUseRow {
  article_id: string;
  headline: string;
  status: ArticleStatus;
  role: 'main' | 'body';
  trashed_at: string | null;
  needs_republish: number;
}

function toPhotoUse(row: PhotoUseRow): PhotoUse {
  return {
    articleId: row.article_id,
    headline: row.headline,
    status: row.status,
    role: row.role,
    trashed: row.trashed_at !== null,
    needsRepublish: row.needs_republish === 1,
  };
}

/** The articles using a photo: those in the library first, the most recently changed first. */
export function photoUses(db: Database, photoId: string): PhotoUse[] {
  const rows = db
    .prepare(
      `SELECT a.id AS article_id, a.headline, a.status, ap.role, a.trashed_at, ap.needs_republish
       FROM article_photos ap JOIN articles a ON a.id = ap.article_id
       WHERE ap.photo_id = @photoId ORDER BY a.trashed_at IS NOT NULL, a.updated_at DESC, ap.role DESC`,
    )
    .all({ photoId }) as PhotoUseRow[];
  return rows.map(toPhotoUse);
}

/**
 * Rewrites which library photos an article uses, keeping the republish flag of uses that stay.
 * Ids not in the library are skipped. Runs inside the article's save transaction.
 */
export function replaceArticlePhotos(
  db: Database,
  articleId: string,
  uses: ReadonlyArray<{ photoId: string; role: 'main' | 'body' }>,
): void {
  const kept = db
    .prepare('SELECT photo_id, role FROM article_photos WHERE article_id = @articleId AND needs_republish = 1')
    .all({ articleId }) as Array<{ photo_id: string; role: string }>;
  const flagged = new Set(kept.map((k) => `${k.photo_id}\n${k.role}`));
  db.prepare('DELETE FROM article_photos WHERE article_id = @articleId').run({ articleId });
  const insert = db.prepare(
    `INSERT OR IGNORE INTO article_photos (article_id, photo_id, role, needs_republish)
     SELECT @articleId, id, @role, @flagged FROM photos WHERE id = @photoId`,
  );
  for (const { photoId, role } of uses) insert.run({ articleId, role, flagged: flagged.has(`${photoId}\n${role}`) ? 1 : 0, photoId });
}

/** What the site prints of the photo changed: every published article using it shows an old credit. */
export function flagForRepublish(db: Database, photoId: string): void {
  db.prepare(
    `UPDATE article_photos SET needs_republish = 1
     WHERE photo_id = @photoId AND article_id IN (SELECT id FROM articles WHERE status = 'published')`,
  ).run({ photoId });
}

/** After an article is published again, its photos' credits on the site are current. */
export function clearNeedsRepublish(db: Database, articleId: string): void {
  db.prepare('UPDATE article_photos SET needs_republish = 0 WHERE article_id = @articleId').run({ articleId });
}
