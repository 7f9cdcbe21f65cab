/**
 * The articles (articles, with their history in article-revisions.ts and their search entry in
 * search-index.ts): plain functions over SQLite. draftColumns() and toArticle() are the one
 * mapping between an article and its row; the library's lists are read in article-pages.ts.
 */
import type { Database } from 'better-sqlite3';
import type { Article, ArticleDraft, ArticleKind, ArticleStatus, ArticleSummary } from '../../shared/article/article';
import { bylineNames, type Byline } from '../../shared/article/byline';
import type { BodyDocument } from '../../shared/document/body';
import { photoIdsInBody } from '../../shared/document/photo-ids';
import { SpaltError } from '../../shared/errors';
import { replaceArticlePhotos } from './article-photos';
import { listRevisionsOf, recordRevision, type RevisionEntry } from './article-revisions';
import { indexLater, indexNow, removeFromIndex } from './search-index';
import { statement } from './statements';

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

export type SummaryRow = Pick<
  ArticleRow,
  'seq' | 'id' | 'kind' | 'status' | 'kicker' | 'headline' | 'revision' | 'updated_at' | 'trashed_at'
> & {
  snippet: string | null;
};

const draftColumnNames = [
  'kind',
  'kicker',
  'headline',
  'lead',
  'byline',
  'bylines',
  'label',
  'disclaimer',
  'sponsor',
  'main_photo_id',
  'body',
  'body_text',
] as const;

/** The columns a draft is stored in, by name; `byline` and `body_text` are what search reads. */
export function draftColumns(draft: ArticleDraft, bodyText: string): Record<(typeof draftColumnNames)[number], string | null> {
  return {
    kind: draft.kind,
    kicker: draft.kicker,
    headline: draft.headline,
    lead: draft.lead,
    byline: bylineNames(draft.bylines),
    bylines: JSON.stringify(draft.bylines),
    label: draft.label,
    disclaimer: draft.disclaimer,
    sponsor: draft.sponsor,
    main_photo_id: draft.mainPhotoId ?? null,
    body: JSON.stringify(draft.body),
    body_text: bodyText,
  };
}

/** draftColumns() in SQL: the column list, its parameters, and the SET of an update. */
export const draftSql = {
  columns: draftColumnNames.join(', '),
  values: draftColumnNames.map((column) => `@${column}`).join(', '),
  assignments: draftColumnNames.map((column) => `${column} = @${column}`).join(', '),
};

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

export function toSummary(row: SummaryRow): ArticleSummary {
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
  const row = db.prepare('SELECT * FROM articles WHERE id = @id').get({ id }) as ArticleRow | undefined;
  if (!row) throw new SpaltError('not_found', { id });
  return row;
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
        `INSERT INTO articles (id, ${draftSql.columns}, revision, created_at, updated_at)
         VALUES (@id, ${draftSql.values}, 0, @now, @now)`,
      )
      .run({ id, ...draftColumns(draft, ''), now });
    indexNow(db, Number(lastInsertRowid));
    recordPhotoUses(db, id, draft);
    return getArticle(db, id);
  })();
}

export function getArticle(db: Database, id: string): Article {
  return toArticle(requireRow(db, id));
}

/** Whether an article is in the library, in the trash, or not there at all. */
export function articlePresence(db: Database, id: string): 'present' | 'trashed' | 'missing' {
  const row = db.prepare('SELECT trashed_at FROM articles WHERE id = @id').get({ id }) as { trashed_at: string | null } | undefined;
  if (!row) return 'missing';
  return row.trashed_at === null ? 'present' : 'trashed';
}

export interface SaveArticle {
  id: string;
  baseRevision: number;
  draft: ArticleDraft;
  bodyText: string;
  now: string;
  sessionId: string | null;
  /** Who saved, for the history ("Ditt namn"). */
  savedBy?: string | null;
}

/**
 * Writes a save unless someone saved since `baseRevision`: that is a conflict, never an
 * overwrite. The search entry follows from article_search_pending (search-index.ts).
 */
export function saveArticle(db: Database, save: SaveArticle): { revision: number; updatedAt: string } {
  return db.transaction(() => {
    // Only what the check needs: the row's body alone can be hundreds of kilobytes.
    const row = statement(db, 'SELECT seq, id, revision FROM articles WHERE id = @id').get({ id: save.id }) as
      Pick<ArticleRow, 'seq' | 'id' | 'revision'> | undefined;
    if (!row) throw new SpaltError('not_found', { id: save.id });
    if (row.revision !== save.baseRevision) {
      throw new SpaltError('conflict', { id: save.id, base: save.baseRevision, current: row.revision });
    }
    const revision = row.revision + 1;
    statement(db, `UPDATE articles SET ${draftSql.assignments}, revision = @revision, updated_at = @now WHERE seq = @seq`).run({
      ...draftColumns(save.draft, save.bodyText),
      revision,
      now: save.now,
      seq: row.seq,
    });
    indexLater(db, row.seq);
    recordPhotoUses(db, row.id, save.draft);
    recordRevision(db, row.seq, { revision, sessionId: save.sessionId, savedAt: save.now, savedBy: save.savedBy, draft: save.draft });
    return { revision, updatedAt: save.now };
  })();
}

export function listRevisions(db: Database, id: string): RevisionEntry[] {
  return listRevisionsOf(db, requireRow(db, id).seq);
}

/** The article takes the status its post has on the site (no new revision: the draft did not change). */
export function setArticleStatus(db: Database, id: string, status: ArticleStatus): void {
  db.prepare('UPDATE articles SET status = @status WHERE id = @id').run({ status, id });
}

/** Moves an article into the trash (`now`) or back out of it (null). */
function setTrashedAt(db: Database, id: string, trashedAt: string | null): ArticleSummary {
  const row = requireRow(db, id);
  const value = trashedAt === null ? null : (row.trashed_at ?? trashedAt);
  db.prepare('UPDATE articles SET trashed_at = @value WHERE seq = @seq').run({ value, seq: row.seq });
  return toSummary({ ...row, trashed_at: value, snippet: null });
}

export const trashArticle = (db: Database, id: string, now: string) => setTrashedAt(db, id, now);
export const restoreArticle = (db: Database, id: string) => setTrashedAt(db, id, null);

/** Deletes every trashed article for good, with its history and search entry. */
export function emptyTrash(db: Database): string[] {
  return db.transaction(() => {
    const rows = db.prepare('SELECT seq, id FROM articles WHERE trashed_at IS NOT NULL').all() as Array<{ seq: number; id: string }>;
    for (const { seq } of rows) {
      removeFromIndex(db, seq);
      db.prepare('DELETE FROM articles WHERE seq = @seq').run({ seq });
    }
    return rows.map((r) => r.id);
  })();
}
