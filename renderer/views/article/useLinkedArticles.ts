import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import type { LinkedArticle } from '../../../shared/article/checklist';
import { invoke, onEvent } from '../../platform';
import { afterStart } from '../../start/started';

interface Answer {
  /** The ids asked about; of these, the ones not found are gone. */
  asked: ReadonlySet<string>;
  found: ReadonlyMap<string, ArticleSummary>;
}

/** A body links to a handful of articles; past this many, the rest count as fine. */
const mostAsked = 500;

/**
 * Where each article a "Läs även" links to stands, so the checklist can tell where it leads:
 * gone, in the trash, not yet published anywhere (a warning here; the publish dialog judges the
 * site), or fine. Only the linked articles are asked about, once the checklist first names
 * them and never before the page has started: an article without such links costs no read.
 * Until the answer comes, a link counts as fine; the checklist is made again when it arrives.
 */
export function useLinkedArticles(): (id: string) => LinkedArticle {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const wanted = useRef(new Set<string>());
  const queued = useRef(false);
  const load = useRef(() => {});

  useEffect(() => {
    let live = true;
    load.current = () => {
      queued.current = false;
      const ids = [...wanted.current].slice(0, mostAsked);
      void invoke('articles.summaries', { ids }).then(
        (rows) => {
          if (live) setAnswer({ asked: new Set(ids), found: new Map(rows.map((row) => [row.id, row])) });
        },
        () => undefined,
      );
    };
    const reload = () => {
      if (wanted.current.size > 0) load.current();
    };
    const offArticles = onEvent('article.changed', (change) => {
      if (change.change !== 'saved' && wanted.current.has(change.id)) reload();
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

  return useMemo(
    () =>
      (id: string): LinkedArticle => {
        if (!answer?.asked.has(id)) {
          // An id already asked about is on its way (or past mostAsked): asking again would never end.
          if (wanted.current.has(id)) return { state: 'ready' };
          wanted.current.add(id);
          // Every link the checklist names in one pass goes in one question.
          if (!queued.current) {
            queued.current = true;
            afterStart(() => queueMicrotask(() => load.current()));
          }
          return { state: 'ready' };
        }
        const row = answer.found.get(id);
        if (!row) return { state: 'missing' };
        if (row.trashedAt !== null) return { state: 'trashed' };
        return row.status === 'published' || row.status === 'scheduled' ? { state: 'ready' } : { state: 'unpublished' };
      },
    [answer],
  );
}
