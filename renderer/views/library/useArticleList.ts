import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import { invoke, onEvent } from '../../platform';

/** The library's rows for a scope and a search, kept fresh as articles change anywhere. */
export function useArticleList(scope: 'active' | 'trash', query: string) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const call = ++latest.current;
    try {
      const rows = await invoke('articles.list', { scope, query });
      // A slower answer to an older search must not replace a newer one.
      if (call === latest.current) {
        setArticles(rows);
        setError(null);
      }
    } catch (caught) {
      if (call === latest.current) setError(caught);
    }
  }, [scope, query]);

  useEffect(() => {
    const timer = setTimeout(() => void reload(), query === '' ? 0 : 80);
    return () => clearTimeout(timer);
  }, [reload, query]);

  useEffect(() => onEvent('article.changed', () => void reload()), [reload]);
  // A publish that ends moves the article's status (published, scheduled, in review).
  useEffect(
    () =>
      onEvent('publish.changed', (change) => {
        if (change.state === 'done') void reload();
      }),
    [reload],
  );

  return { articles, error, reload };
}
