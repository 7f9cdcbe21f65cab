import { useEffect, useMemo, useState } from 'react';
import type { ArticlePage, ArticleSummary } from '../../../shared/article/article';
import { invoke, onEvent } from '../../platform';

export type ArticleScope = 'active' | 'trash';

export const pageSize = 100;

/**
 * One search at a time goes to the core, and of those typed meanwhile only the last: the core
 * answers in turn, and a word every article holds takes it a good tenth of a second, so
 * searches queued behind each other would hold up the one the person is waiting for.
 */
const searches: { running: boolean; next: (() => Promise<unknown>) | null } = { running: false, next: null };

function searchInTurn(run: () => Promise<unknown>): void {
  if (searches.running) {
    searches.next = run;
    return;
  }
  searches.running = true;
  void run().finally(() => {
    searches.running = false;
    const next = searches.next;
    searches.next = null;
    if (next) searchInTurn(next);
  });
}
/** Saves come in bursts (one every 0.4 s while someone types): the list asks again once a burst has passed. */
const refreshDelayMs = 150;

/**
 * One list (the library or the trash, with a search or without), fetched a page at a time as
 * the table scrolls to it. A page follows on from the one before it when that one is here, so
 * no article shows twice or goes missing while others are saved; a jump down the list asks at
 * an offset. After a change the pages on screen are asked for again, and the old ones stay
 * shown until the new ones arrive.
 */
export class ArticlePages {
  total: number | null = null;
  error: unknown = null;
  private pages = new Map<number, ArticlePage>();
  private stale = new Map<number, ArticlePage>();
  private loading = new Set<number>();
  private visible = { first: 0, last: 0 };
  private generation = 0;

  constructor(
    readonly scope: ArticleScope,
    readonly query: string,
    private readonly changed: () => void,
  ) {}

  item(index: number): ArticleSummary | undefined {
    const page = Math.floor(index / pageSize);
    return (this.pages.get(page) ?? this.stale.get(page))?.items[index % pageSize];
  }

  /** The table shows rows first..last: fetch the pages holding them. */
  show(first: number, last: number): void {
    this.visible = { first, last };
    for (let page = Math.floor(first / pageSize); page <= Math.floor(Math.max(first, last) / pageSize); page++) {
      if (!this.pages.has(page) && !this.loading.has(page)) this.load(page);
    }
  }

  /** Something changed in the library: fetch what is on screen again. */
  refresh(): void {
    this.generation += 1;
    this.stale = new Map([...this.stale, ...this.pages]);
    this.pages = new Map();
    this.loading.clear();
    this.show(this.visible.first, this.visible.last);
  }

  private load(page: number): void {
    const generation = this.generation;
    const previous = this.pages.get(page - 1)?.next;
    const where = previous ? { after: previous } : { offset: page * pageSize };
    this.loading.add(page);
    const ask = () =>
      invoke('articles.page', { scope: this.scope, query: this.query, limit: pageSize, ...where }).then(
        (result) => {
          if (generation !== this.generation) return;
          this.loading.delete(page);
          this.pages.set(page, result);
          this.stale.delete(page);
          this.total = result.total;
          this.error = null;
          this.changed();
        },
        (error: unknown) => {
          if (generation !== this.generation) return;
          this.loading.delete(page);
          this.error = error;
          this.changed();
        },
      );
    if (this.query.trim() === '') void ask();
    else searchInTurn(ask);
  }
}

/**
 * The pages of one list; a new search starts from the top. Until the new search's first page
 * is here, the previous pages stay shown, so the table does not blink empty at each keystroke.
 */
export function useArticlePages(scope: ArticleScope, query: string): { pages: ArticlePages; version: number } {
  const [version, setVersion] = useState(0);
  const latest = useMemo(() => new ArticlePages(scope, query, () => setVersion((v) => v + 1)), [scope, query]);
  const [shown, setShown] = useState(latest);

  useEffect(() => {
    latest.show(0, 0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.refresh(), refreshDelayMs);
    };
    const stopArticles = onEvent('article.changed', later);
    // A publish that ends moves the article's status (published, scheduled, in review).
    const stopPublish = onEvent('publish.changed', (change) => change.state === 'done' && later());
    return () => {
      clearTimeout(timer);
      stopArticles();
      stopPublish();
    };
  }, [latest]);

  const arrived = latest.total !== null || latest.error !== null;
  if (arrived && shown !== latest) setShown(latest);

  return { pages: arrived ? latest : shown, version };
}
