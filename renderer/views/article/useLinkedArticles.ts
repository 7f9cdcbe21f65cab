import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import type { LinkedArticle } from '../../../shared/article/checklist';
import { invoke, onEvent } from '../../platform';
import { afterStart } from '../../start/started';

interface Rows {
  active: readonly ArticleSummary[];
  trash: readonly ArticleSummary[];
}

/**
 * Where each article of the library stands, so the checklist can tell where a "Läs även"
 * leads: gone, in the trash, not yet published anywhere (a warning here; the publish dialog
 * judges the site), or fine. The library is read only once the checklist first asks about a
 * linked article, and never before the page has started: an article without such links, or
 * one just opened, costs no read of the library. Until the answer comes, a link counts as
 * fine; the checklist is made again when it arrives.
 */
export function useLinkedArticles(): (id: string) => LinkedArticle {
  const [rows, setRows] = useState<Rows | null>(null);
  const wanted = useRef(false);
  const load = useRef(() => {});

  useEffect(() => {
    let live = true;
    load.current = () =>
      void Promise.all([
        invoke('articles.list', { scope: 'active', query: '' }),
        invoke('articles.list', { scope: 'trash', query: '' }),
      ]).then(
        ([active, trash]) => {
          if (live) setRows({ active, trash });
        },
        () => undefined,
      );
    const reload = () => {
      if (wanted.current) load.current();
    };
    const offArticles = onEvent('article.changed', (change) => {
      if (change.change !== 'saved') reload();
    });
    // A publish that ends gives the article its status on the site: published or not.
    const offPublish = onEvent('publish.changed', (change) => {
      if (change.state === 'done') reload();
    });
    return () => {
      live = false;
      offArticles();
      offPublish();
    };
  }, []);

  return useMemo(() => {
    if (rows === null) {
      return (): LinkedArticle => {
        if (!wanted.current) {
          wanted.current = true;
          afterStart(() => load.current());
        }
        return { state: 'ready' };
      };
    }
    const active = new Map(rows.active.map((row) => [row.id, row]));
    const trashed = new Set(rows.trash.map((row) => row.id));
    return (id: string): LinkedArticle => {
      const row = active.get(id);
      if (row) return row.status === 'published' || row.status === 'scheduled' ? { state: 'ready' } : { state: 'unpublished' };
      return trashed.has(id) ? { state: 'trashed' } : { state: 'missing' };
    };
  }, [rows]);
}
