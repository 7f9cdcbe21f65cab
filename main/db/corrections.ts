/** Corrections of published articles (article_corrections): the notes a job carries, and the log of those on the site. */
import type { Database } from 'better-sqlite3';
import type { Correction } from '../../shared/publish/correction';
import { statement } from './statements';

/** A correction as printed on the page: its note and the instant it was made. */
export interface CorrectionNoteOut {
  note: string;
  madeAt: string;
}

interface CorrectionRow {
  id: number;
  article_id: string;
  site_id: string;
  job_id: string;
  note: string;
  made_at: string;
  made_by: string;
  headline: string;
  site_name: string;
  post_id: number | null;
  link: string | null;
  published_at: string | null;
}

function toCorrection(row: CorrectionRow & { published_at: string }): Correction {
  return {
    id: row.id,
    articleId: row.article_id,
    headline: row.headline,
    siteId: row.site_id,
    siteName: row.site_name,
    postId: row.post_id,
    link: row.link,
    madeAt: row.made_at,
    madeBy: row.made_by,
    note: row.note,
    publishedAt: row.published_at,
  };
}

export interface NewCorrection {
  articleId: string;
  siteId: string;
  jobId: string;
  note: string;
  madeAt: string;
  madeBy: string;
  headline: string;
  siteName: string;
}

export function insertCorrection(db: Database, correction: NewCorrection): void {
  statement(
    db,
    `INSERT INTO article_corrections (article_id, site_id, job_id, note, made_at, made_by, headline, site_name)
     VALUES (@articleId, @siteId, @jobId, @note, @madeAt, @madeBy, @headline, @siteName)`,
  ).run(correction);
}

/** A job replaced by a newer one of the same article and site hands over the corrections it had not yet sent. */
export function moveUnsentCorrections(db: Database, fromJobId: string, toJobId: string): void {
  statement(db, 'UPDATE article_corrections SET job_id = @toJobId WHERE job_id = @fromJobId AND published_at IS NULL').run({
    fromJobId,
    toJobId,
  });
}

/**
 * What the end of the post carries when this job sends it: every correction of the article
 * already on that site, and the job's own, oldest first. Rebuilt for every send, so a job
 * sent again never adds a note twice.
 */
export function correctionsOnPage(db: Database, articleId: string, siteId: string, jobId: string): CorrectionNoteOut[] {
  const rows = statement(
    db,
    `SELECT note, made_at FROM article_corrections
     WHERE article_id = @articleId AND site_id = @siteId AND (published_at IS NOT NULL OR job_id = @jobId)
     ORDER BY made_at, id`,
  ).all({ articleId, siteId, jobId }) as Array<{ note: string; made_at: string }>;
  return rows.map((row) => ({ note: row.note, madeAt: row.made_at }));
}

/**
 * The job is done: its corrections are on the page. Who made one is "Ditt namn" when it was
 * set, else the site user the job went out as. Running it again changes nothing.
 */
export function markCorrectionsPublished(
  db: Database,
  jobId: string,
  post: { postId: number; link: string; publishedAt: string; siteUser: string },
): Array<{ note: string; madeBy: string }> {
  const rows = statement(
    db,
    `UPDATE article_corrections
     SET post_id = @postId, link = @link, published_at = @publishedAt, made_by = CASE WHEN made_by = '' THEN @siteUser ELSE made_by END
     WHERE job_id = @jobId AND published_at IS NULL
     RETURNING note, made_by`,
  ).all({ jobId, ...post }) as Array<{ note: string; made_by: string }>;
  return rows.map((row) => ({ note: row.note, madeBy: row.made_by }));
}

/** The log: corrections on their site, made within [start, end) (instants, either open), newest first. */
export function listCorrections(db: Database, span: { start: string | null; end: string | null }): Correction[] {
  const rows = statement(
    db,
    `SELECT * FROM article_corrections
     WHERE published_at IS NOT NULL AND (@start IS NULL OR made_at >= @start) AND (@end IS NULL OR made_at < @end)
     ORDER BY made_at DESC, id DESC`,
  ).all(span) as Array<CorrectionRow & { published_at: string }>;
  return rows.map(toCorrection);
}
