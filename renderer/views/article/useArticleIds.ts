import { useEffect, useState } from 'react';
import { invoke, onEvent } from '../../platform';

/** The ids of the library's articles, so the checklist can tell whether a "Läs även" resolves. */
export function useArticleIds(): ReadonlySet<string> {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const load = () =>
      void invoke('articles.list', { scope: 'active', query: '' }).then(
        (rows) => setIds(new Set(rows.map((row) => row.id))),
        () => undefined,
      );
    load();
    return onEvent('article.changed', (change) => {
      if (change.change !== 'saved') load();
    });
  }, []);
  return ids;
}
