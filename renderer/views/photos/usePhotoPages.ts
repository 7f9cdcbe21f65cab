import { useEffect, useMemo, useState } from 'react';
import type { CreditType, PhotoSummary } from '../../../shared/article/photo';
import { invoke, onEvent } from '../../platform';

export interface PhotoFilter {
  query: string;
  creditType: CreditType | 'none' | null;
  missing: boolean;
}

export const pageSize = 100;
/** Imports and saves come in bursts; the grid asks again once the burst has passed. */
const refreshDelayMs = 150;

/**
 * The library's photos for one filter, fetched a page at a time as the grid scrolls to them.
 * Only the pages around what is on screen are asked for; after a change the pages on screen
 * are asked for again, and the old ones stay shown until the new ones arrive.
 */
export class PhotoPages {
  total: number | null = null;
  error: unknown = null;
  private pages = new Map<number, PhotoSummary[]>();
  private stale = new Map<number, PhotoSummary[]>();
  private loading = new Set<number>();
  private visible = { first: 0, last: 0 };
  private generation = 0;

  constructor(
    private readonly filter: PhotoFilter,
    private readonly changed: () => void,
  ) {}

  item(index: number): PhotoSummary | undefined {
    const page = Math.floor(index / pageSize);
    const offset = index % pageSize;
    return (this.pages.get(page) ?? this.stale.get(page))?.[offset];
  }

  /** The grid shows items first..last: fetch the pages holding them. */
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
    this.loading.add(page);
    invoke('photos.list', { ...this.filter, offset: page * pageSize, limit: pageSize }).then(
      (result) => {
        if (generation !== this.generation) return;
        this.loading.delete(page);
        this.pages.set(page, result.items);
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
  }
}

/** The pages of one filter; a new filter starts from the top. */
export function usePhotoPages(filter: PhotoFilter): { pages: PhotoPages; version: number } {
  const [version, setVersion] = useState(0);
  const { query, creditType, missing } = filter;
  const pages = useMemo(() => new PhotoPages({ query, creditType, missing }, () => setVersion((v) => v + 1)), [query, creditType, missing]);

  useEffect(() => {
    pages.show(0, 0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => pages.refresh(), refreshDelayMs);
    };
    const stopPhotos = onEvent('photo.changed', later);
    // A photo's use count follows the articles that place it.
    const stopArticles = onEvent('article.changed', (change) => change.change !== 'saved' && later());
    return () => {
      clearTimeout(timer);
      stopPhotos();
      stopArticles();
    };
  }, [pages]);

  return { pages, version };
}
