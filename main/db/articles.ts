import type { Database } from 'better-sqlite3';
import type {
  Article,
  ArticleDraft,
  ArticleKind,
  ArticleStatus,
  ArticleSummary,
} from '../../shared/article/article';
import { bylineNames, type Byline } from '../../shared/article/byline';
import type { BodyDocument } from '../../shared/document/body';
import { photoIdsInBody } from '../../shared/document/photo-ids';
import { SpaltError } from '../../shared/errors';
import { replaceArticlePhotos } from './photos';
import { indexLater } from './search-index';
import { statement } from './statements';
import { ftsQuery, snippetClose, snippetOpen } from './search-query';

/** An articles row as SQLite returns it. */
export interface ArticleRow {
  seq: number;
  id: string;
  kind: ArticleKind;
  status: ArticleStatus;
  kicker: string;
  headline: string;
  lead: string;
  bylines: string;
  label: string;
  disclaimer: string;
  sponsor: string;
  main_photo_id: string | null;
  body: string;
  revision: number;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
}

type SummaryRow = Pick<ArticleRow, 'seq' | 'id' | 'kind' | 'status' | 'kicker' | 'headline' | 'revision' | 'updated_at' | 'trashed_at'> & {
  snippet: string | null;
};

/** A search shows the best matches; past this many, the user narrows the search. */
const searchResultLimit = 100;

/** Saves by the same window within this span fold into one history entry. */
const revisionCoalesceMs = 60_000;

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    kicker: row.kicker,
    headline: row.headline,
    lead: row.lead,
    bylines: JSON.parse(row.bylines) as Byline[],
    label: row.label,
    disclaimer: row.disclaimer,
    sponsor: row.sponsor,
    mainPhotoId: row.main_photo_id,
    body: JSON.parse(row.body) as BodyDocument,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
  };
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    kicker: row.kicker,
    headline: row.headline,
    revision: row.revision,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    snippet: row.snippet,
  };
}

function requireRow(db: Database, id: string): ArticleRow {
  const row = db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  if (!row) throw new SpaltError('not_found', { id });
  return row;
}

function indexForSearch(db: Database, seq: number, draft: ArticleDraft, bodyText: string): void {
  db.prepare('DELETE FROM article_search WHERE rowid = ?').run(seq);
  db.prepare(
    `INSERT INTO article_search (rowid, kicker, headline, lead, body, byline)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(seq, draft.kicker, draft.headline, draft.lead, bodyText, [bylineNames(draft.bylines), draft.sponsor].join(' '));
}

/** The library photos the draft uses, as main photo and in the body, for the "used in" lists. */
function recordPhotoUses(db: Database, id: string, draft: ArticleDraft): void {
  const main = draft.mainPhotoId ? [{ photoId: draft.mainPhotoId, role: 'main' as const }] : [];
  const body = photoIdsInBody(draft.body).map((photoId) => ({ photoId, role: 'body' as const }));
  replaceArticlePhotos(db, id, [...main, ...body]);
}

export interface NewArticle {
  id: string;
  draft: ArticleDraft;
  now: string;
}

export function createArticle(db: Database, { id, draft, now }: NewArticle): Article {
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO articles (id, kind, kicker, headline, lead, byline, bylines, label, disclaimer, sponsor, main_photo_id,
           body, body_text, revision, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', 0, ?, ?)`,
      )
      .run(id, draft.kind, draft.kicker, draft.headline, draft.lead, bylineNames(draft.bylines), JSON.stringify(draft.bylines),
        draft.label, draft.disclaimer, draft.sponsor, draft.mainPhotoId ?? null, JSON.stringify(draft.body), now, now);
    indexForSearch(db, Number(lastInsertRowid), draft, '');
    recordPhotoUses(db, id, draft);
    return getArticle(db, id);
  })();
}

export function getArticle(db: Database, id: string): Article {
  return toArticle(requireRow(db, id));
}

export interface SaveArticle {
  id: string;
  baseRevision: number;
  draft: ArticleDraft;
  bodyText: string;
  now: string;
  sessionId: string | null;
}

/**
 * Writes a save unless someone saved since `baseRevision`: that is a conflict, never an
 * overwrite. The search entry follows from article_search_pending (search-index.ts).
 */
export function saveArticle(db: Database, save: SaveArticle): { revision: number; updatedAt: string } {
  return db.transaction(() => {
    // Only what the check needs: the row's body alone can be hundreds of kilobytes.
    const row = statement(db, 'SELECT seq, id, revision FROM articles WHERE id = ?').get(save.id) as
      | Pick<ArticleRow, 'seq' | 'id' | 'revision'>
      | undefined;
    if (!row) throw new SpaltError('not_found', { id: save.id });
    if (row.revision !== save.baseRevision) {
      throw new SpaltError('conflict', { id: save.id, base: save.baseRevision, current: row.revision });
    }
    const revision = row.revision + 1;
    const { draft } = save;
    statement(
      db,
      `UPDATE articles SET kind = ?, kicker = ?, headline = ?, lead = ?, byline = ?, bylines = ?, label = ?,
         disclaimer = ?, sponsor = ?, main_photo_id = ?, body = ?, body_text = ?, revision = ?, updated_at = ? WHERE seq = ?`,
    ).run(draft.kind, draft.kicker, draft.headline, draft.lead, bylineNames(draft.bylines), JSON.stringify(draft.bylines),
      draft.label, draft.disclaimer, draft.sponsor, draft.mainPhotoId ?? null, JSON.stringify(draft.body), save.bodyText,
      revision, save.now, row.seq);
    indexLater(db, row.seq);
    recordPhotoUses(db, row.id, draft);
    recordRevision(db, row.seq, revision, save);
    return { revision, updatedAt: save.now };
  })();
}

function recordRevision(db: Database, seq: number, revision: number, save: SaveArticle): void {
  const latest = statement(
    db,
    `SELECT revision, session_id, saved_at FROM article_revisions
     WHERE article_seq = ? ORDER BY revision DESC LIMIT 1`,
  ).get(seq) as { revision: number; session_id: string | null; saved_at: string } | undefined;
  const draftJson = JSON.stringify(save.draft);
  const sameBurst =
    latest !== undefined &&
    save.sessionId !== null &&
    latest.session_id === save.sessionId &&
    Date.parse(save.now) - Date.parse(latest.saved_at) < revisionCoalesceMs;
  if (sameBurst) {
    statement(db, `UPDATE article_revisions SET revision = ?, draft = ? WHERE article_seq = ? AND revision = ?`).run(
      revision, draftJson, seq, latest.revision,
    );
  } else {
    statement(db, `INSERT INTO article_revisions (article_seq, revision, session_id, saved_at, draft) VALUES (?, ?, ?, ?, ?)`).run(
      seq, revision, save.sessionId, save.now, draftJson,
    );
  }
}

export interface RevisionEntry {
  revision: number;
  savedAt: string;
  draft: ArticleDraft;
}

export function listRevisions(db: Database, id: string): RevisionEntry[] {
  const { seq } = requireRow(db, id);
  const rows = db
    .prepare('SELECT revision, saved_at, draft FROM article_revisions WHERE article_seq = ? ORDER BY revision')
    .all(seq) as Array<{ revision: number; saved_at: string; draft: string }>;
  return rows.map((r) => ({ revision: r.revision, savedAt: r.saved_at, draft: JSON.parse(r.draft) as ArticleDraft }));
}

export interface ListArticles {
  scope: 'active' | 'trash';
  query: string;
}

export function listArticles(db: Database, { scope, query }: ListArticles): ArticleSummary[] {
  const inTrash = scope === 'trash' ? 'a.trashed_at IS NOT NULL' : 'a.trashed_at IS NULL';
  const match = ftsQuery(query);
  if (match === null) {
    const rows = db
      .prepare(
        `SELECT a.seq, a.id, a.kind, a.status, a.kicker, a.headline, a.revision, a.updated_at, a.trashed_at,
           NULL AS snippet
         FROM articles a WHERE ${inTrash} ORDER BY a.updated_at DESC`,
      )
      .all() as SummaryRow[];
    return rows.map(toSummary);
  }
  const rows = db
    .prepare(
      `SELECT a.seq, a.id, a.kind, a.status, a.kicker, a.headline, a.revision, a.updated_at, a.trashed_at,
         snippet(article_search, -1, ?, ?, '…', 12) AS snippet
       FROM article_search JOIN articles a ON a.seq = article_search.rowid
       WHERE article_search MATCH ? AND ${inTrash}
       ORDER BY article_search.rank
       LIMIT ${searchResultLimit}`,
    )
    .all(snippetOpen, snippetClose, match) as SummaryRow[];
  return rows.map(toSummary);
}

/** Moves an article into the trash (`now`) or back out of it (null). */
function setTrashedAt(db: Database, id: string, trashedAt: string | null): ArticleSummary {
  const row = requireRow(db, id);
  const value = trashedAt === null ? null : (row.trashed_at ?? trashedAt);
  db.prepare('UPDATE articles SET trashed_at = ? WHERE seq = ?').run(value, row.seq);
  return toSummary({ ...row, trashed_at: value, snippet: null });
}

export const trashArticle = (db: Database, id: string, now: string) => setTrashedAt(db, id, now);
export const restoreArticle = (db: Database, id: string) => setTrashedAt(db, id, null);

/** Deletes every trashed article for good, with its history and search entry. */
export function emptyTrash(db: Database): string[] {
  return db.transaction(() => {
    const rows = db.prepare('SELECT seq, id FROM articles WHERE trashed_at IS NOT NULL').all() as Array<{
      seq: number;
      id: string;
    }>;
    for (const { seq } of rows) {
      db.prepare('DELETE FROM article_search WHERE rowid = ?').run(seq);
      db.prepare('DELETE FROM articles WHERE seq = ?').run(seq);
    }
    return rows.map((r) => r.id);
  })();
}
