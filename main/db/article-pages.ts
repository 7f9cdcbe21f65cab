/**
 * The library's lists read a page at a time: last changed first or as sorted, of one status or
 * kind when filtered, each page after the row the previous one ended on (or at an offset, for a
 * jump down the list), with the list's count for the scrollbar. Searches keep their own limit of
 * best matches. All served by an index (migrations 0200 and 0220, article-order.ts) or the search index.
 */
import type { Database } from 'better-sqlite3';
import type { ArticlePage, ArticleSummary } from '../../shared/article/article';
import { readCursorValues, type LibraryFilter, type LibrarySort } from '../../shared/article/library-order';
import { SpaltError } from '../../shared/errors';
import {
  countIndex,
  defaultPlan,
  filterSql,
  pageIndex,
  type FilterSql,
  inScope,
  keyColumns,
  orderBy,
  past,
  sortPlan,
  type SortPlan,
} from './article-order';
import { ftsQuery, snippetClose, snippetOpen } from './search-query';
import { statement } from './statements';
import { toSummary, type SummaryRow } from './articles';

export type ArticleScope = 'active' | 'trash';

/** A search shows the best matches; past this many, the user narrows the search. */
export const searchResultLimit = 100;

const summaryColumns = 'a.seq, a.id, a.kind, a.status, a.kicker, a.headline, a.revision, a.updated_at, a.trashed_at';

type KeyedRow = SummaryRow & { sort_key0: string | number; sort_key1?: string | number };

/** The library's statements, exported so the query-plan tests explain the very statements that run. */
export const articlePageQueries = {
  /**
   * A page of the scope in the plan's order; `after` a cursor (@key0, @seq) when the sort has one
   * key, or within the cursor's group (@key0) after its time of change (@key1, @seq) when grouped.
   */
  page: (plan: SortPlan, filter: FilterSql, after: 'none' | 'past' | 'withinGroup' = 'none') => {
    const [first] = plan.keys;
    const op = past(plan);
    const cursor =
      after === 'past' && !plan.grouped
        ? ` AND ${first} ${op}= @key0 AND (${first}, a.seq) ${op} (@key0, @seq)`
        : after === 'past'
          ? ` AND ${first} ${op} @key0`
          : after === 'withinGroup'
            ? ` AND ${first} = @key0 AND (a.updated_at, a.seq) ${op} (@key1, @seq)`
            : '';
    // Within one group the group's key is the same on every row: ordering by the rest keeps to the index.
    const order = after === 'withinGroup' ? orderBy(plan, plan.keys.slice(1)) : orderBy(plan);
    return `SELECT ${summaryColumns}, NULL AS snippet, ${keyColumns(plan)} FROM articles a INDEXED BY ${pageIndex(plan, filter)}
     WHERE ${inScope}${filter.where}${cursor}
     ORDER BY ${order}
     LIMIT @limit OFFSET @offset`;
  },
  count: (filter: FilterSql) => `SELECT count(*) FROM articles a INDEXED BY ${countIndex(filter)} WHERE ${inScope}${filter.where}`,
  /** The best matches of a search (@match, an FTS5 query), with a snippet marked by @open and @close; then sorted, when asked. */
  search: (filter: string, plan: SortPlan | null) => {
    const best = `SELECT ${summaryColumns}, snippet(article_search, -1, @open, @close, '…', 12) AS snippet${plan ? `, ${keyColumns(plan)}` : ''}
     FROM article_search JOIN articles a ON a.seq = article_search.rowid
     WHERE article_search MATCH @match AND ${inScope}${filter}
     ORDER BY article_search.rank
     LIMIT @limit`;
    if (!plan) return best;
    return `SELECT * FROM (${best}) ORDER BY ${orderBy(
      plan,
      plan.keys.map((_, i) => `sort_key${i}`),
      'seq',
    )}`;
  },
  /** The articles of the given ids (@ids, a JSON array), wherever they are. */
  byIds: `SELECT ${summaryColumns}, NULL AS snippet FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))`,
};

/** Where a page ends: the last row's sort keys and seq, as the next page's `after`. */
export const cursorOf = (row: KeyedRow): string =>
  JSON.stringify(row.sort_key1 === undefined ? [row.sort_key0, row.seq] : [row.sort_key0, row.sort_key1, row.seq]);

/** A cursor's values as the plan's parameters; one from another order is refused. */
function readCursor(plan: SortPlan, cursor: string): Record<string, string | number> {
  const values = readCursorValues(cursor);
  const types = [...(plan.grouped ? ['number', 'string'] : ['string']), 'number'];
  if (!values || values.length !== types.length || values.some((value, i) => typeof value !== types[i])) {
    throw new SpaltError('invalid_input', { details: 'after: a cursor of another order; ask for the list from its start' });
  }
  const seq = values.at(-1)!;
  return plan.grouped ? { key0: values[0]!, key1: values[1]!, seq } : { key0: values[0]!, seq };
}

export interface PageRequest extends Partial<LibraryFilter> {
  scope: ArticleScope;
  query: string;
  limit: number;
  offset?: number;
  /** The order asked for; none is the list's own: last changed first, or a search's best first. */
  sort?: LibrarySort | null;
  /** The `next` of the previous page: the page starts after it, whatever was saved meanwhile. */
  after?: string;
}

export function pageArticles(db: Database, request: PageRequest): ArticlePage {
  const inTrash = request.scope === 'trash' ? 1 : 0;
  const filter = filterSql({ status: request.status ?? null, kind: request.kind ?? null });
  const match = ftsQuery(request.query);
  if (match !== null) {
    const rows = statement(db, articlePageQueries.search(filter.where, request.sort ? sortPlan(request.sort) : null)).all({
      open: snippetOpen,
      close: snippetClose,
      match,
      inTrash,
      limit: searchResultLimit,
      ...filter.params,
    }) as SummaryRow[];
    // A search is one page: what lies past its limit is found by a narrower search.
    const shown = request.after === undefined ? rows.slice(request.offset ?? 0, (request.offset ?? 0) + request.limit) : [];
    return { total: rows.length, items: shown.map(toSummary), next: null };
  }
  const plan = request.sort ? sortPlan(request.sort) : defaultPlan;
  const rows = readPage(db, plan, filter, { inTrash, limit: request.limit, offset: request.offset ?? 0 }, request.after);
  const total = statement(db, articlePageQueries.count(filter))
    .pluck()
    .get({ inTrash, ...filter.params }) as number;
  const last = rows.at(-1);
  return { total, items: rows.map(toSummary), next: last && rows.length === request.limit ? cursorOf(last) : null };
}

function readPage(
  db: Database,
  plan: SortPlan,
  filter: FilterSql,
  params: { inTrash: number; limit: number; offset: number },
  after: string | undefined,
): KeyedRow[] {
  const read = (sql: string, more: Record<string, unknown>) =>
    statement(db, sql).all({ ...params, ...filter.params, ...more }) as KeyedRow[];
  if (after === undefined) return read(articlePageQueries.page(plan, filter), {});
  const cursor = readCursor(plan, after);
  if (!plan.grouped) return read(articlePageQueries.page(plan, filter, 'past'), { ...cursor, offset: 0 });
  // The rest of the cursor's group, then the groups after it: each one range of the index.
  const within = read(articlePageQueries.page(plan, filter, 'withinGroup'), { ...cursor, offset: 0 });
  if (within.length >= params.limit) return within;
  const later = read(articlePageQueries.page(plan, filter, 'past'), {
    key0: cursor.key0,
    offset: 0,
    limit: params.limit - within.length,
  });
  return [...within, ...later];
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
  const rows = statement(db, articlePageQueries.search('', null)).all({
    open: snippetOpen,
    close: snippetClose,
    match,
    inTrash: 0,
    limit,
  }) as SummaryRow[];
  return rows.map((row) => toSummary({ ...row, snippet: null }));
}
