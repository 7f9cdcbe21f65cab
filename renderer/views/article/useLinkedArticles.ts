import { useEffect, useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import type { LinkedArticle } from '../../../shared/article/checklist';
import { invoke, onEvent } from '../../platform';

/**
 * Where each article of the library stands, so the checklist can tell where a "Läs även"
 * leads: gone, in the trash, not yet published anywhere (a warning here; the publish dialog
 * judges the site), or fine.
 */
export function useLinkedArticles(): (id: string) => LinkedArticle {
  const [rows, setRows] = useState<{ active: readonly ArticleSummary[]; trash: readonly ArticleSummary[] }>({ active: [], trash: [] });
  useEffect(() => {
    const load = () =>
      void Promise.all([invoke('articles.list', { scope: 'active', query: '' }), invoke('articles.list', { scope: 'trash', query: '' })]).then(
        ([active, trash]) => setRows({ active, trash }),
        () => undefined,
      );
    load();
    const offArticles = onEvent('article.changed', (change) => {
      if (change.change !== 'saved') load();
    });
    // A publish that ends gives the article its status on the site: published or not.
    const offPublish = onEvent('publish.changed', (change) => {
      if (change.state === 'done') load();
    });
    return () => {
      offArticles();
      offPublish();
    };
  }, []);
  return useMemo(() => {
    const active = new Map(rows.active.map((row) => [row.id, row]));
    const trashed = new Set(rows.trash.map((row) => row.id));
    return (id: string): LinkedArticle => {
      const row = active.get(id);
      if (row) return row.status === 'published' || row.status === 'scheduled' ? { state: 'ready' } : { state: 'unpublished' };
      return trashed.has(id) ? { state: 'trashed' } : { state: 'missing' };
    };
  }, [rows]);
}
