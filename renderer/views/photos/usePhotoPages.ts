import { useMemo, useState } from 'react';
import type { CreditType, PhotoSummary } from '../../../shared/article/photo';
import { defaultPageSize as pageSize, PagedList, useFreshPages } from '../../components/paged-list';
import { invoke, onEvent } from '../../platform';

export interface PhotoFilter {
  query: string;
  creditType: CreditType | 'none' | null;
  missing: boolean;
}

/** The changes that move a photo in the grid; its use count follows the articles that place it. */
function listenToPhotos(changed: () => void): () => void {
  const stopPhotos = onEvent('photo.changed', changed);
  const stopArticles = onEvent('article.changed', (change) => change.change !== 'saved' && changed());
  return () => {
    stopPhotos();
    stopArticles();
  };
}

/** The library's photos for one filter, a page at a time at an offset. */
export class PhotoPages extends PagedList<PhotoSummary> {
  constructor(filter: PhotoFilter, changed: () => void) {
    super((page) => invoke('photos.list', { ...filter, offset: page * pageSize, limit: pageSize }), changed);
  }
}

/** The pages of one filter; a new filter starts from the top. */
export function usePhotoPages(filter: PhotoFilter): { pages: PhotoPages; version: number } {
  const [version, setVersion] = useState(0);
  const { query, creditType, missing } = filter;
  const pages = useMemo(() => new PhotoPages({ query, creditType, missing }, () => setVersion((v) => v + 1)), [query, creditType, missing]);

  useFreshPages(pages, listenToPhotos);

  return { pages, version };
}
