/**
 * An article's history (article_revisions): every save is kept, except that saves by the same
 * window close together fold into one entry, so a morning's typing is not thousands of rows.
 * A named revision (revision-names.ts) is never folded into: the next save starts a new one.
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
  /** Who saved: the profile's own name, when it has one. */
  savedBy?: string | null;
  draft: ArticleDraft;
}

/** The history's queries, exported so the query-plan test explains the very statements that run. */
export const revisionQueries = {
  /** On every save's path: the newest entry, and whether a step named it. */
  latest: `SELECT r.revision, r.session_id, r.saved_at,
       EXISTS (SELECT 1 FROM article_revision_names n WHERE n.article_seq = r.article_seq AND n.revision = r.revision) AS named
     FROM article_revisions r
     WHERE r.article_seq = @articleSeq ORDER BY r.revision DESC LIMIT 1`,
  /** A page of the list, newest first. */
  page: `SELECT revision, saved_at, saved_by FROM article_revisions
     WHERE article_seq = @articleSeq AND revision < @before
     ORDER BY revision DESC LIMIT @limit`,
};

/** Keeps a save in the article's history; runs inside the save's transaction. */
export function recordRevision(db: Database, articleSeq: number, save: SavedRevision): void {
  const latest = statement(db, revisionQueries.latest).get({ articleSeq }) as
    { revision: number; session_id: string | null; saved_at: string; named: number } | undefined;
  const draft = JSON.stringify(save.draft);
  const savedBy = save.savedBy ?? null;
  const sameBurst =
    latest !== undefined &&
    latest.named === 0 &&
    save.sessionId !== null &&
    latest.session_id === save.sessionId &&
    Date.parse(save.savedAt) - Date.parse(latest.saved_at) < revisionCoalesceMs;
  if (sameBurst) {
    statement(
      db,
      `UPDATE article_revisions SET revision = @revision, draft = @draft, saved_by = @savedBy
       WHERE article_seq = @articleSeq AND revision = @latest`,
    ).run({ revision: save.revision, draft, savedBy, articleSeq, latest: latest.revision });
  } else {
    statement(
      db,
      `INSERT INTO article_revisions (article_seq, revision, session_id, saved_at, saved_by, draft)
       VALUES (@articleSeq, @revision, @sessionId, @savedAt, @savedBy, @draft)`,
    ).run({ articleSeq, revision: save.revision, sessionId: save.sessionId, savedAt: save.savedAt, savedBy, draft });
  }
}

export function listRevisionsOf(db: Database, articleSeq: number): RevisionEntry[] {
  const rows = db
    .prepare('SELECT revision, saved_at, draft FROM article_revisions WHERE article_seq = @articleSeq ORDER BY revision')
    .all({ articleSeq }) as Array<{ revision: number; saved_at: string; draft: string }>;
  return rows.map((r) => ({ revision: r.revision, savedAt: r.saved_at, draft: JSON.parse(r.draft) as ArticleDraft }));
}

/** One kept revision with who saved it. */
export interface StoredRevision extends RevisionEntry {
  savedBy: string | null;
}

interface StoredRevisionRow {
  revision: number;
  saved_at: string;
  saved_by: string | null;
  draft: string;
}

const toStored = (row: StoredRevisionRow): StoredRevision => ({
  revision: row.revision,
  savedAt: row.saved_at,
  savedBy: row.saved_by,
  draft: JSON.parse(row.draft) as ArticleDraft,
});

/** A kept revision without its draft: what the history's list needs. */
export type RevisionMeta = Omit<StoredRevision, 'draft'>;

/** A page of the history, newest first: `limit` revisions older than `before` (or the newest). */
export function revisionPage(db: Database, articleSeq: number, page: { before?: number; limit: number }): RevisionMeta[] {
  const rows = statement(db, revisionQueries.page).all({
    articleSeq,
    before: page.before ?? Number.MAX_SAFE_INTEGER,
    limit: page.limit,
  }) as Array<Omit<StoredRevisionRow, 'draft'>>;
  return rows.map((row) => ({ revision: row.revision, savedAt: row.saved_at, savedBy: row.saved_by }));
}

export function findRevision(db: Database, articleSeq: number, revision: number): StoredRevision | null {
  const row = statement(
    db,
    'SELECT revision, saved_at, saved_by, draft FROM article_revisions WHERE article_seq = @articleSeq AND revision = @revision',
  ).get({ articleSeq, revision }) as StoredRevisionRow | undefined;
  return row ? toStored(row) : null;
}

/** Keeps a revision that was folded into a later save, or never saved (an article as created). */
export function insertRevision(db: Database, articleSeq: number, save: SavedRevision): void {
  statement(
    db,
    `INSERT OR IGNORE INTO article_revisions (article_seq, revision, session_id, saved_at, saved_by, draft)
     VALUES (@articleSeq, @revision, @sessionId, @savedAt, @savedBy, @draft)`,
  ).run({
    articleSeq,
    revision: save.revision,
    sessionId: save.sessionId,
    savedAt: save.savedAt,
    savedBy: save.savedBy ?? null,
    draft: JSON.stringify(save.draft),
  });
}
