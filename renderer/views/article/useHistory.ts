import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryPage, RevisionView } from '../../../shared/article/history';
import { invoke, onEvent } from '../../platform';

export interface HistoryState {
  page: HistoryPage | null;
  error: unknown;
  /** The next page of older revisions, appended to the list. */
  loadOlder: () => Promise<void>;
  /** The first page again (after a restore, or a save elsewhere). */
  reload: () => Promise<void>;
}

/** An article's history, newest first, read again whenever the article is saved. */
export function useHistory(articleId: string): HistoryState {
  const [page, setPage] = useState<HistoryPage | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      setPage(await invoke('articles.history', { id: articleId }));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [articleId]);

  const loadOlder = useCallback(async () => {
    const last = page?.entries.at(-1);
    if (!page || !last) return;
    try {
      const older = await invoke('articles.history', { id: articleId, before: last.revision });
      setPage({ ...page, entries: [...page.entries, ...older.entries], more: older.more });
    } catch (caught) {
      setError(caught);
    }
  }, [articleId, page]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the list is read from the core; its state is set when the answer comes
    void reload();
    return onEvent('article.changed', (change) => {
      if (change.id === articleId && change.change === 'saved') void reload();
    });
  }, [articleId, reload]);

  return { page, error, loadOlder, reload };
}

/** Revisions of one article, each fetched once when first asked for. */
export function useRevisions(articleId: string): {
  revisions: ReadonlyMap<number, RevisionView>;
  request: (revision: number) => void;
  error: unknown;
} {
  const [revisions, setRevisions] = useState<ReadonlyMap<number, RevisionView>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const asked = useRef(new Set<number>());

  const request = useCallback(
    (revision: number) => {
      if (asked.current.has(revision)) return;
      asked.current.add(revision);
      invoke('articles.revision', { id: articleId, revision }).then(
        (view) => setRevisions((held) => new Map(held).set(revision, view)),
        (caught: unknown) => {
          asked.current.delete(revision);
          setError(caught);
        },
      );
    },
    [articleId],
  );
  return { revisions, request, error };
}
