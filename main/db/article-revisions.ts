/**
 * An article's history (article_revisions): every save is kept, except that saves by the same
 * window close together fold into one entry, so a morning's typing is not thousands of rows.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleDraft } from '../../shared/article/article';
import { statement } from './statements';

/** Saves by the same window within this span fold into one history entry. */
const revisionCoalesceMs = 60_000;

export interface RevisionEntry {
  revision: number;
  savedAt: string;
  draft: ArticleDraft;
}

export interface SavedRevision {
  revision: number;
  sessionId: string | null;
  savedAt: string;
  draft: ArticleDraft;
}

/** Keeps a save in the article's history; runs inside the save's transaction. */
export function recordRevision(db: Database, articleSeq: number, save: SavedRevision): void {
  const latest = statement(
    db,
    `SELECT revision, session_id, saved_at FROM article_revisions
     WHERE article_seq = @articleSeq ORDER BY revision DESC LIMIT 1`,
  ).get({ articleSeq }) as { revision: number; session_id: string | null; saved_at: string } | undefined;
  const draft = JSON.stringify(save.draft);
  const sameBurst =
    latest !== undefined &&
    save.sessionId !== null &&
    latest.session_id === save.sessionId &&
    Date.parse(save.savedAt) - Date.parse(latest.saved_at) < revisionCoalesceMs;
  if (sameBurst) {
    statement(
      db,
      `UPDATE article_revisions SET revision = @revision, draft = @draft WHERE article_seq = @articleSeq AND revision = @latest`,
    ).run({ revision: save.revision, draft, articleSeq, latest: latest.revision });
  } else {
    statement(
      db,
      `INSERT INTO article_revisions (article_seq, revision, session_id, saved_at, draft)
       VALUES (@articleSeq, @revision, @sessionId, @savedAt, @draft)`,
    ).run({ articleSeq, revision: save.revision, sessionId: save.sessionId, savedAt: save.savedAt, draft });
  }
}

export function listRevisionsOf(db: Database, articleSeq: number): RevisionEntry[] {
  const rows = db
    .prepare('SELECT revision, saved_at, draft FROM article_revisions WHERE article_seq = @articleSeq ORDER BY revision')
    .all({ articleSeq }) as Array<{ revision: number; saved_at: string; draft: string }>;
  return rows.map((r) => ({ revision: r.revision, savedAt: r.saved_at, draft: JSON.parse(r.draft) as ArticleDraft }));
}
