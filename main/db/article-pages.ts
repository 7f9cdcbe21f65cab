/**
 * The library's lists read a page at a time: last changed first, each page after the row the
 * previous one ended on (or at an offset, for a jump down the list), with the list's count for
 * the scrollbar. Searches keep their own limit of best matches. All served by articles_page
 * (migration 0200) or the search index.
 */
import type { Database } from 'better-sqlite3';
import type { ArticlePage, ArticleSummary } from '../../shared/article/article';
import { ftsQuery, snippetClose, snippetOpen } from './search-query';
import { statement } from './statements';
import { toSummary, type SummaryRow } from './articles';

export type ArticleScope = 'active' | 'trash';

/** A search shows the best matches; past this many, the user narrows the search. */
export const searchResultLimit = 100;

const summaryColumns = 'a.seq, a.id, a.kind, a.status, a.kicker, a.headline, a.revision, a.updated_at, a.trashed_at';

/** Written exactly as articles_page's first column, so the planner serves the scope from it. */
const inScope = '(a.trashed_at IS NOT NULL) = @inTrash';

/** The library's statements, exported so the query-plan tests explain the very statements that run. */
export const articlePageQueries = {
  /** A page of the scope, last changed first; after a cursor (@updatedAt, @seq) when `after`. */
  page: (after: boolean) =>
    `SELECT ${summaryColumns}, NULL AS snippet FROM articles a
     WHERE ${inScope}${after ? ' AND (a.updated_at, a.seq) < (@updatedAt, @seq)' : ''}
     ORDER BY a.updated_at DESC, a.seq DESC
     LIMIT @limit OFFSET @offset`,
  count: `SELECT count(*) FROM articles a WHERE ${inScope}`,
  /** The best matches of a search (@match, an FTS5 query), with a snippet marked by @open and @close. */
  search: `SELECT ${summaryColumns}, snippet(article_search, -1, @open, @close, '…', 12) AS snippet
     FROM article_search JOIN articles a ON a.seq = article_search.rowid
     WHERE article_search MATCH @match AND ${inScope}
     ORDER BY article_search.rank
     LIMIT @limit`,
  /** The articles of the given ids (@ids, a JSON array), wherever they are. */
  byIds: `SELECT ${summaryColumns}, NULL AS snippet FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))`,
};

/** Where a page ends: the last row's time of change and seq, as the next page's `after`. */
const cursorPattern = /^(.{1,40})~(\d{1,15})$/;

export const cursorOf = (row: Pick<SummaryRow, 'updated_at' | 'seq'>): string => `${row.updated_at}~${row.seq}`;

function readCursor(cursor: string): { updatedAt: string; seq: number } | null {
  const match = cursorPattern.exec(cursor);
  return match ? { updatedAt: match[1]!, seq: Number(match[2]) } : null;
}

export interface PageRequest {
  scope: ArticleScope;
  query: string;
  limit: number;
  offset?: number;
  /** The `next` of the previous page: the page starts after it, whatever was saved meanwhile. */
  after?: string;
}

export function pageArticles(db: Database, request: PageRequest): ArticlePage {
  const inTrash = request.scope === 'trash' ? 1 : 0;
  const match = ftsQuery(request.query);
  if (match !== null) {
    const rows = statement(db, articlePageQueries.search).all({
      open: snippetOpen,
      close: snippetClose,
      match,
      inTrash,
      limit: searchResultLimit,
    }) as SummaryRow[];
    // A search is one page: what lies past its limit is found by a narrower search.
    const shown = request.after === undefined ? rows.slice(request.offset ?? 0, (request.offset ?? 0) + request.limit) : [];
    return { total: rows.length, items: shown.map(toSummary), next: null };
  }
  const cursor = request.after === undefined ? null : readCursor(request.after);
  const rows = statement(db, articlePageQueries.page(cursor !== null)).all({
    inTrash,
    limit: request.limit,
    offset: cursor === null ? (request.offset ?? 0) : 0,
    ...cursor,
  }) as SummaryRow[];
  const total = statement(db, articlePageQueries.count).pluck().get({ inTrash }) as number;
  const last = rows.at(-1);
  return { total, items: rows.map(toSummary), next: last && rows.length === request.limit ? cursorOf(last) : null };
}

/** The articles of the given ids that exist, in the library or the trash; the rest are gone. */
export function articleSummaries(db: Database, ids: readonly string[]): ArticleSummary[] {
  if (ids.length === 0) return [];
  return (statement(db, articlePageQueries.byIds).all({ ids: JSON.stringify(ids) }) as SummaryRow[]).map(toSummary);
}

/** FTS5 for words of a headline: each word in the headline column, the last as a prefix. */
function headlineMatch(query: string): string | null {
  const match = ftsQuery(query);
  return match === null ? null : `headline : (${match})`;
}

/**
 * Articles in the library whose headline has the words typed (the last one as a prefix),
 * best first; with nothing typed, the last changed. At most `limit`: a picker, not a list.
 */
export function findByHeadline(db: Database, query: string, limit: number): ArticleSummary[] {
  const match = headlineMatch(query);
  if (match === null) return pageArticles(db, { scope: 'active', query: '', limit }).items;
  const rows = statement(db, articlePageQueries.search).all({
    open: snippetOpen,
    close: snippetClose,
    match,
    inTrash: 0,
    limit,
  }) as SummaryRow[];
  return rows.map((row) => toSummary({ ...row, snippet: null }));
}
