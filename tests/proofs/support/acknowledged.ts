/**
 * What the server has acknowledged, article by article, and the check of a database file
 * against it: every acknowledged save is there with its exact content (or the one save that
 * was in flight at the kill, if it made it), every acknowledged create and trash too.
 */
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import type { ArticleRow } from '../../../main/db/articles';
import type { ArticleDraft } from '../../../shared/article/article';

export interface TrackedArticle {
  id: string;
  revision: number;
  draft: ArticleDraft | null;
  trashed: boolean;
  /** A save sent and not answered: it may or may not have been committed. */
  saving: ArticleDraft | null;
  /** A trash or restore sent and not answered. */
  trashing: boolean | null;
}

type StoredRow = Pick<
  ArticleRow,
  | 'id'
  | 'revision'
  | 'trashed_at'
  | 'kind'
  | 'kicker'
  | 'headline'
  | 'lead'
  | 'bylines'
  | 'label'
  | 'disclaimer'
  | 'sponsor'
  | 'main_photo_id'
  | 'body'
>;

export interface DiskCheck {
  /** Acknowledged writes not found on disk as they were acknowledged. */
  lost: string[];
  /** Saves never answered that turned out committed (allowed: the answer was what the kill cut). */
  committedUnanswered: number;
  integrity: string;
}

const storedDraft = (row: StoredRow): ArticleDraft => ({
  kind: row.kind,
  kicker: row.kicker,
  headline: row.headline,
  lead: row.lead,
  bylines: JSON.parse(row.bylines) as ArticleDraft['bylines'],
  label: row.label,
  disclaimer: row.disclaimer,
  sponsor: row.sponsor,
  mainPhotoId: row.main_photo_id,
  body: JSON.parse(row.body) as ArticleDraft['body'],
});

/**
 * Reads the file (read-only, beside the running server) and checks every tracked article;
 * then takes what is on disk as the new starting point, in-flight writes settled.
 */
export function checkAgainstDisk(file: string, tracked: Map<string, TrackedArticle>): DiskCheck {
  const db = new Database(file, { readonly: true });
  const result: DiskCheck = { lost: [], committedUnanswered: 0, integrity: '' };
  try {
    result.integrity = String(db.pragma('integrity_check', { simple: true }));
    const read = db.prepare('SELECT * FROM articles WHERE id = ?');
    for (const article of tracked.values()) {
      const row = read.get(article.id) as StoredRow | undefined;
      if (!row) {
        result.lost.push(`${article.id}: acknowledged create is gone`);
        continue;
      }
      const onDisk = storedDraft(row);
      if (row.revision === article.revision) {
        if (article.draft && !isDeepStrictEqual(onDisk, article.draft)) result.lost.push(`${article.id}: revision ${row.revision} differs`);
      } else if (article.saving && row.revision === article.revision + 1) {
        if (!isDeepStrictEqual(onDisk, article.saving)) result.lost.push(`${article.id}: unanswered save committed with other content`);
        result.committedUnanswered += 1;
      } else {
        result.lost.push(`${article.id}: revision ${row.revision} on disk, ${article.revision} acknowledged`);
      }
      const trashedOnDisk = row.trashed_at !== null;
      if (article.trashing === null && trashedOnDisk !== article.trashed) result.lost.push(`${article.id}: trash state lost`);
      Object.assign(article, { revision: row.revision, draft: onDisk, trashed: trashedOnDisk, saving: null, trashing: null });
    }
  } finally {
    db.close();
  }
  return result;
}
