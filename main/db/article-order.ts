/**
 * How the library's lists are sorted and filtered in SQL. Each expression is written exactly as
 * in its index (migrations 0200 and 0220), so the planner serves a page and its count from the
 * index; tests/unit/article-order.test.ts explains the statements to keep it so.
 */
import type { ArticleKind, ArticleStatus } from '../../shared/article/article';
import { swedishKey } from './swedish-order';
import type { LibraryFilter } from '../../shared/article/library-order';
import { lastChangedFirst, type LibrarySort } from '../../shared/article/library-sort';

/** The list the article is in: written as articles_page's first column. */
export const inScope = '(a.trashed_at IS NOT NULL) = @inTrash';

/** A headline in Swedish order (swedish-order.ts). */
export const headlineKey = swedishKey('a.headline');

/** The workflow's order, numbered backwards so drafts first with the newest first is one backward scan of the index. */
export const statusRank =
  "CASE a.status WHEN 'draft' THEN 5 WHEN 'in_review' THEN 4 WHEN 'returned' THEN 3 WHEN 'scheduled' THEN 2 WHEN 'published' THEN 1 END";

/** The newsroom's order of kinds, numbered backwards as statusRank is. */
export const kindRank =
  "CASE a.kind WHEN 'news' THEN 5 WHEN 'brief' THEN 4 WHEN 'opinion' THEN 3 WHEN 'sponsored' THEN 2 WHEN 'interview' THEN 1 END";

const statusRanks: Record<ArticleStatus, number> = { draft: 5, in_review: 4, returned: 3, scheduled: 2, published: 1 };
const kindRanks: Record<ArticleKind, number> = { news: 5, brief: 4, opinion: 3, sponsored: 2, interview: 1 };

/** One way to sort: `group` (status or kind) before the time of change, or one `key`; seq always breaks ties. */
export interface SortPlan {
  /** The sort keys before seq, in order; a grouped sort's first one is the group. */
  keys: readonly string[];
  grouped: boolean;
  /** The index that holds the keys in order: named, so the planner never takes a narrower one that would sort. */
  index: string;
  /** One direction for every key, so a page is one scan of the index, forwards or backwards. */
  direction: 'ASC' | 'DESC';
}

export function sortPlan(sort: LibrarySort): SortPlan {
  const ascending = sort.direction === 'ascending';
  switch (sort.column) {
    case 'headline':
      return { keys: [headlineKey], grouped: false, index: 'articles_by_headline', direction: ascending ? 'ASC' : 'DESC' };
    case 'changed':
      return { keys: ['a.updated_at'], grouped: false, index: 'articles_page', direction: ascending ? 'ASC' : 'DESC' };
    // Ranked backwards: ascending (drafts or news first) reads the index backwards, the newest first within each.
    case 'status':
      return { keys: [statusRank, 'a.updated_at'], grouped: true, index: 'articles_by_status', direction: ascending ? 'DESC' : 'ASC' };
    case 'kind':
      return { keys: [kindRank, 'a.updated_at'], grouped: true, index: 'articles_by_kind', direction: ascending ? 'DESC' : 'ASC' };
  }
}

export const defaultPlan = sortPlan(lastChangedFirst);

export interface FilterSql {
  where: string;
  params: Record<string, number>;
  /** The index of the filtered status (else kind): its rows of one status, last changed first, are one range. */
  groupIndex: string | null;
}

/** The filter's conditions, written as the indexes' expressions, and their parameters. */
export function filterSql(filter: LibraryFilter): FilterSql {
  const where: string[] = [];
  const params: Record<string, number> = {};
  if (filter.status !== null) {
    where.push(`${statusRank} = @statusRank`);
    params.statusRank = statusRanks[filter.status];
  }
  if (filter.kind !== null) {
    where.push(`${kindRank} = @kindRank`);
    params.kindRank = kindRanks[filter.kind];
  }
  const groupIndex = filter.status !== null ? 'articles_by_status' : filter.kind !== null ? 'articles_by_kind' : null;
  return { where: where.map((condition) => ` AND ${condition}`).join(''), params, groupIndex };
}

/** The index a page is read from: the sort's own, but a filtered list by time of change reads its group's range. */
export function pageIndex(plan: SortPlan, filter: FilterSql): string {
  return plan.index === 'articles_page' && filter.groupIndex !== null ? filter.groupIndex : plan.index;
}

/** The narrowest index holding a list's count: left to itself the planner may take any that covers it, the headline's too. */
export function countIndex(filter: FilterSql): string {
  return filter.groupIndex ?? 'articles_page';
}

export const orderBy = (plan: SortPlan, keys: readonly string[] = plan.keys, seq = 'a.seq'): string =>
  [...keys, seq].map((key) => `${key} ${plan.direction}`).join(', ');

/** The sort keys as columns of the answer, so a page's last row gives the next page's cursor. */
export const keyColumns = (plan: SortPlan): string => plan.keys.map((key, i) => `${key} AS sort_key${i}`).join(', ');

/** The comparison that goes on past a row in the plan's direction. */
export const past = (plan: SortPlan): '>' | '<' => (plan.direction === 'ASC' ? '>' : '<');
