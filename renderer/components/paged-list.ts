import { useEffect } from 'react';

/** A page of a list as the core answers it: its rows, and how many the whole list holds. */
export interface ListPage<T> {
  readonly items: readonly T[];
  readonly total: number;
}

export const defaultPageSize = 100;

/**
 * A long list (the library, the trash, the photo grid) fetched a page at a time as its view
 * scrolls to it. Only the pages holding what is on screen are asked for; after a change those
 * are asked for again, and the old ones stay shown until the new ones arrive. `fetchPage` gets
 * the page before, when it is here, so a list that pages by cursor can follow on from it.
 */
export class PagedList<T, P extends ListPage<T> = ListPage<T>> {
  total: number | null = null;
  error: unknown = null;
  /** The page answered last, for what a list tells of itself besides its count. */
  lastAnswer: P | null = null;
  private pages = new Map<number, P>();
  private stale = new Map<number, P>();
  private loading = new Set<number>();
  private visible = { first: 0, last: 0 };
  private generation = 0;

  constructor(
    private readonly fetchPage: (page: number, before: P | undefined) => Promise<P>,
    private readonly changed: () => void,
    /** How many items `fetchPage` answers a page with. */
    readonly pageSize = defaultPageSize,
  ) {}

  item(index: number): T | undefined {
    const page = Math.floor(index / this.pageSize);
    return (this.pages.get(page) ?? this.stale.get(page))?.items[index % this.pageSize];
  }

  /** The view shows items first..last: fetch the pages holding them. */
  show(first: number, last: number): void {
    this.visible = { first, last };
    for (let page = Math.floor(first / this.pageSize); page <= Math.floor(Math.max(first, last) / this.pageSize); page++) {
      if (!this.pages.has(page) && !this.loading.has(page)) this.load(page);
    }
  }

  /** Something changed: fetch what is on screen again. */
  refresh(): void {
    this.generation += 1;
    this.stale = new Map([...this.stale, ...this.pages]);
    this.pages = new Map();
    this.loading.clear();
    this.show(this.visible.first, this.visible.last);
  }

  private load(page: number): void {
    const generation = this.generation;
    this.loading.add(page);
    this.fetchPage(page, this.pages.get(page - 1)).then(
      (result) => {
        if (generation !== this.generation) return;
        this.loading.delete(page);
        this.pages.set(page, result);
        this.stale.delete(page);
        this.total = result.total;
        this.lastAnswer = result;
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
  }
}

/** Saves and imports come in bursts: a list asks again once a burst has passed. */
const refreshDelayMs = 150;

/**
 * Asks for a list's first page, then for what is on screen again after each burst of the changes
 * `listen` reports. `listen` subscribes and returns its unsubscribe; keep it the same function
 * from render to render (a module-level one), so the list is not subscribed anew each time.
 */
export function useFreshPages(
  list: { show(first: number, last: number): void; refresh(): void },
  listen: (changed: () => void) => () => void,
): void {
  useEffect(() => {
    list.show(0, 0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = listen(() => {
      clearTimeout(timer);
      timer = setTimeout(() => list.refresh(), refreshDelayMs);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [list, listen]);
}
