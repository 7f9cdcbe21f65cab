/**
 * The library's lists read a page at a time: last changed first or as sorted, of one status or
 * kind when filtered, each page after the row the previous one ended on (or at an offset, for a
 * jump down the list), with the list's count for the scrollbar. All served by an index
 * (migrations 0200 and 0220, article-order.ts) or the search index.
 *
 * A search first walks its matches newest first, at most one past searchListLimit: that tells
 * how many there are, cheaply, however common the words. A few (at most the limit) are listed
 * best match first; more than that, the newest searchListLimit of them, newest first, since
 * ranking a hundred thousand matches takes longer than the person waits for and "best" of a
 * word every article holds means little. Snippets are made only for the page's rows.
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
import { ftsPhrases, snippetClose, snippetOpen } from './search-query';
import { statement } from './statements';
import { toSummary, type SummaryRow } from './articles';

export type ArticleScope = 'active' | 'trash';

/** A search lists all its matches up to this many, best first; past it, this many of the newest. */
export const searchListLimit = 500;

/** A scope and filter of at most this many articles is searched by the list of them (searchNewestAmongFew). */
const fewArticles = 5_000;

/** How many of a word's newest entries tell whether it is in more than half the articles. */
const commonSample = 200;

/** A search's words as FTS5 phrases (ftsPhrases), looked for in one column or, with null, in all. */
interface SearchWords {
  phrases: readonly string[];
  column: 'headline' | null;
}

/** The FTS5 query of all the words, or of `only` these of them. */
const expression = ({ phrases, column }: SearchWords, only = phrases): string =>
  column ? `${column} : (${only.join(' ')})` : only.join(' ');

const summaryColumns = 'a.seq, a.id, a.kind, a.status, a.kicker, a.headline, a.revision, a.updated_at, a.trashed_at';

/**
 * Matches of @match among the given articles (@seqs, a JSON array of @count, the highest
 * @last), walked newest first from @last and stopped once all are found (with
 * `ORDER BY article_search.rowid DESC LIMIT @count`): FTS5 starts a walk at its upper end at
 * once, while a lower bound costs it milliseconds on a word every article holds.
 */
const amongSeqs = `article_search MATCH @match AND article_search.rowid <= @last
     AND +article_search.rowid IN (SELECT value FROM json_each(@seqs))`;

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
  /**
   * A search's matches in the scope and filter, newest first, at most @limit: walked in the
   * index's own rowid order, so the walk stops at the limit however many match.
   */
  searchNewest: (filter: string) => `SELECT a.seq FROM article_search JOIN articles a ON a.seq = article_search.rowid
     WHERE article_search MATCH @match AND ${inScope}${filter}
     ORDER BY article_search.rowid DESC
     LIMIT @limit`,
  /**
   * The same for a scope and filter of few articles (the trash, a rare status), read once from
   * their index: a match is looked up in that list, not in its article's row, whose scope and
   * kind lie past the text (in overflow pages) and cost microseconds each over 100,000 matches.
   */
  searchNewestAmongFew: (filter: FilterSql) => `SELECT article_search.rowid FROM article_search
     WHERE article_search MATCH @match
       AND +article_search.rowid IN (SELECT a.seq FROM articles a INDEXED BY ${countIndex(filter)} WHERE ${inScope}${filter.where})
     ORDER BY article_search.rowid DESC
     LIMIT @limit`,
  /** How many articles the scope and filter hold, counted up to @limit in their index. */
  countUpTo: (filter: FilterSql) => `SELECT count(*) FROM (SELECT 1 FROM articles a INDEXED BY ${countIndex(filter)}
     WHERE ${inScope}${filter.where} LIMIT @limit)`,
  /**
   * A page of the given matches, best first (the index's `rank`, a headline hit weighing most),
   * newest first among equals. Ranked here, not by the index, which would rank every match of
   * the words: only the given ones are.
   */
  searchBest: `SELECT seq FROM (
       SELECT article_search.rowid AS seq, article_search.rank AS rank FROM article_search
       WHERE ${amongSeqs}
       ORDER BY article_search.rowid DESC
       LIMIT @count)
     ORDER BY rank, seq DESC
     LIMIT @limit OFFSET @offset`,
  /** The newest @limit rowids of a word (@match): how densely they lie tells how common it is. */
  searchSample: `SELECT rowid FROM article_search WHERE article_search MATCH @match ORDER BY rowid DESC LIMIT @limit`,
  /** A page of the given articles (@seqs) in the plan's order. */
  searchSorted: (plan: SortPlan) => `SELECT a.seq FROM articles a
     WHERE a.seq IN (SELECT value FROM json_each(@seqs))
     ORDER BY ${orderBy(plan)}
     LIMIT @limit OFFSET @offset`,
  /** The given matches' rows, each with a snippet marked by @open and @close when asked for: made only for these rows. */
  searchRows: (snippets: boolean) => `SELECT ${summaryColumns},
     ${snippets ? "snippet(article_search, -1, @open, @close, '…', 12)" : 'NULL'} AS snippet
     FROM article_search JOIN articles a ON a.seq = article_search.rowid
     WHERE ${amongSeqs}
     ORDER BY article_search.rowid DESC
     LIMIT @count`,
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
  const phrases = ftsPhrases(request.query);
  if (phrases !== null) return searchPage(db, request, { phrases, column: null }, filter, inTrash);
  const plan = request.sort ? sortPlan(request.sort) : defaultPlan;
  const rows = readPage(db, plan, filter, { inTrash, limit: request.limit, offset: request.offset ?? 0 }, request.after);
  const total = statement(db, articlePageQueries.count(filter))
    .pluck()
    .get({ inTrash, ...filter.params }) as number;
  const last = rows.at(-1);
  return { total, items: rows.map(toSummary), next: last && rows.length === request.limit ? cursorOf(last) : null, capped: false };
}

/** The list of `seqs` as amongSeqs's parameters. */
function among(seqs: readonly number[]): { last: number; count: number; seqs: string } {
  return { last: Math.max(...seqs), count: seqs.length, seqs: JSON.stringify(seqs) };
}

/**
 * A search's page: its matches counted up to the limit by the newest-first walk, the page's
 * articles chosen among them (best first when few, as found when many, or as sorted), then only
 * those rows read with their snippets. A search pages by offset; `after` has nothing past it.
 */
function searchPage(
  db: Database,
  request: PageRequest,
  words: SearchWords,
  filter: FilterSql,
  inTrash: number,
  snippets = true,
): ArticlePage {
  const match = expression(words);
  const scoped = { inTrash, ...filter.params };
  // The library's whole list holds most matches: its walk stops early. A narrower one may hold few of them.
  const narrow = inTrash === 1 || filter.groupIndex !== null;
  const few =
    narrow &&
    (statement(db, articlePageQueries.countUpTo(filter))
      .pluck()
      .get({ ...scoped, limit: fewArticles + 1 }) as number) <= fewArticles;
  const newest = statement(db, few ? articlePageQueries.searchNewestAmongFew(filter) : articlePageQueries.searchNewest(filter.where))
    .pluck()
    .all({ match, ...scoped, limit: searchListLimit + 1 }) as number[];
  const capped = newest.length > searchListLimit;
  const listed = capped ? newest.slice(0, searchListLimit) : newest;
  const offset = request.offset ?? 0;
  const window = { limit: request.limit, offset };
  let seqs: number[];
  if (request.after !== undefined || offset >= listed.length) seqs = [];
  else if (request.sort) {
    seqs = statement(db, articlePageQueries.searchSorted(sortPlan(request.sort)))
      .pluck()
      .all({ seqs: JSON.stringify(listed), ...window }) as number[];
  } else if (capped || listed.length === 1) seqs = listed.slice(offset, offset + request.limit);
  else
    seqs = statement(db, articlePageQueries.searchBest)
      .pluck()
      .all({ match: rankingMatch(db, words), ...among(listed), ...window }) as number[];
  if (seqs.length === 0) return { total: listed.length, items: [], next: null, capped };
  const rows = statement(db, articlePageQueries.searchRows(snippets)).all({
    match,
    ...(snippets ? { open: snippetOpen, close: snippetClose } : {}),
    ...among(seqs),
  }) as SummaryRow[];
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  // Saved by another connection between the statements, an article may no longer match: it is left out of this page.
  const items = seqs.flatMap((seq) => {
    const row = bySeq.get(seq);
    return row ? [toSummary(row)] : [];
  });
  return { total: listed.length, items, next: null, capped };
}

/**
 * The words a search's few matches are ranked by. bm25 weighs a word by how few articles hold
 * it, counting them for it: a pass over the word's whole entry in the index, 2.5 ms for a word
 * every article holds. A word in more than half of them weighs nothing (FTS5 floors its weight
 * at 1e-6), so it is left out here and the rest rank the matches as all of them would; when
 * every word is that common, all of them rank. A word is taken as that common when its newest
 * commonSample entries lie within twice as many articles.
 */
function rankingMatch(db: Database, words: SearchWords): string {
  const sample = statement(db, articlePageQueries.searchSample).pluck();
  const isCommon = (phrase: string) => {
    const newest = sample.all({ match: expression(words, [phrase]), limit: commonSample }) as number[];
    return newest.length === commonSample && newest[0]! - newest.at(-1)! < 2 * commonSample;
  };
  const weighing = words.phrases.filter((phrase) => !isCommon(phrase));
  return expression(words, weighing.length > 0 ? weighing : words.phrases);
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

/**
 * Articles in the library whose headline has the words typed (the last one as a prefix): as the
 * library lists a search, best first when a few, the newest when more than searchListLimit;
 * with nothing typed, the last changed. At most `limit`: a picker, not a list.
 */
export function findByHeadline(db: Database, query: string, limit: number): ArticleSummary[] {
  const phrases = ftsPhrases(query);
  if (phrases === null) return pageArticles(db, { scope: 'active', query: '', limit }).items;
  const everything = filterSql({ status: null, kind: null });
  return searchPage(db, { scope: 'active', query, limit }, { phrases, column: 'headline' }, everything, 0, false).items;
}
