import { useMemo, useState } from 'react';
import type { ArticlePage, ArticleSummary } from '../../../shared/article/article';
import { searchPageSize } from '../../../shared/article/article-fields';
import type { LibraryFilter, LibrarySort } from '../../../shared/article/library-order';
import { defaultPageSize, PagedList, useFreshPages } from '../../components/paged-list';
import { invoke, onEvent } from '../../platform';

export type ArticleScope = 'active' | 'trash';

/** How a list is sorted (null: its own order) and filtered. */
export interface ListOrder extends LibraryFilter {
  sort: LibrarySort | null;
}

export const ownOrder: ListOrder = { sort: null, status: null, kind: null };

/**
 * One search at a time goes to the core, and of those typed meanwhile only the last: the core
 * answers in turn, and a word every article holds takes it a good tenth of a second, so
 * searches queued behind each other would hold up the one the person is waiting for. A search
 * passed over never answers; its list has been replaced by the newer one's.
 */
const searches: { running: boolean; next: (() => void) | null } = { running: false, next: null };

function searchInTurn<T>(run: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const start = () => {
      searches.running = true;
      run()
        .then(resolve, reject)
        .finally(() => {
          searches.running = false;
          const next = searches.next;
          searches.next = null;
          next?.();
        });
    };
    if (searches.running) searches.next = start;
    else start();
  });
}

/** The changes that move an article in its list; a publish that ends moves its status (published, scheduled, in review). */
function listenToArticles(changed: () => void): () => void {
  const stopArticles = onEvent('article.changed', changed);
  const stopPublish = onEvent('publish.changed', (change) => change.state === 'done' && changed());
  return () => {
    stopArticles();
    stopPublish();
  };
}

/**
 * One list (the library or the trash, with a search or without, sorted and filtered as asked). A page follows on from the one
 * before it when that one is here, so no article shows twice or goes missing while others are
 * saved; a jump down the list asks at an offset.
 */
export class ArticlePages extends PagedList<ArticleSummary, ArticlePage> {
  constructor(
    readonly scope: ArticleScope,
    readonly query: string,
    readonly order: ListOrder,
    changed: () => void,
  ) {
    const searching = query.trim() !== '';
    const pageSize = searching ? searchPageSize : defaultPageSize;
    super(
      (page, before) => {
        const where = before?.next ? { after: before.next } : { offset: page * pageSize };
        const ask = () => invoke('articles.page', { scope, query, ...order, limit: pageSize, ...where });
        return searching ? searchInTurn(ask) : ask();
      },
      changed,
      pageSize,
    );
  }

  /** A search that matched more than it lists: the list holds its newest matches (ArticlePage's `capped`). */
  get capped(): boolean {
    return this.lastAnswer?.capped ?? false;
  }
}

/**
 * The pages of one list; a new search, sort or filter starts from the top. Until the new search's first page
 * is here, the previous pages stay shown, so the table does not blink empty at each keystroke.
 */
export function useArticlePages(scope: ArticleScope, query: string, order: ListOrder = ownOrder): { pages: ArticlePages; version: number } {
  const [version, setVersion] = useState(0);
  const latest = useMemo(() => new ArticlePages(scope, query, order, () => setVersion((v) => v + 1)), [scope, query, order]);
  const [shown, setShown] = useState(latest);

  useFreshPages(latest, listenToArticles);

  const arrived = latest.total !== null || latest.error !== null;
  if (arrived && shown !== latest) setShown(latest);

  return { pages: arrived ? latest : shown, version };
}
