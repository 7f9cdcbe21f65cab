import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublishJob } from '../../../shared/publish/publish';
import { invoke, onEvent } from '../../platform';
import { afterStart } from '../../start/started';

/**
 * Something read from the publishing queue, read again after every 'publish.changed' (of one
 * article's jobs, when given) and 'site.changed' (a renamed or removed site changes the names
 * the jobs carry). Answers that arrive out of order are dropped, so a slow early answer never
 * overwrites a later one. `load` must change only when what it reads changes.
 */
export function useQueueRead<T>(load: () => Promise<T>, articleId?: string): { value: T | null; error: unknown; reload: () => void } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const asked = useRef(0);

  const reload = useCallback(() => {
    const ask = (asked.current += 1);
    load().then(
      (loaded) => {
        if (ask !== asked.current) return;
        setValue(() => loaded);
        setError(null);
      },
      (caught: unknown) => {
        if (ask === asked.current) setError(caught);
      },
    );
  }, [load]);

  useEffect(() => {
    // Not on the way to the caret: the queue is read once the page has started.
    const cancel = afterStart(reload);
    const offJobs = onEvent('publish.changed', (change) => {
      if (!articleId || change.articleId === articleId) reload();
    });
    const offSites = onEvent('site.changed', reload);
    return () => {
      cancel();
      offJobs();
      offSites();
    };
  }, [articleId, reload]);

  return { value, error, reload };
}

/** The publish jobs, newest first (all of them, or one article's), live. */
export function useJobs(articleId?: string): { jobs: PublishJob[] | null; error: unknown; reload: () => void } {
  const load = useCallback(() => invoke('publish.jobs', articleId ? { articleId } : {}), [articleId]);
  const { value, error, reload } = useQueueRead(load, articleId);
  return { jobs: value, error, reload };
}

/** One job, live: seeded with what publish.start or publish.options gave, then followed. */
export function useJob(initial: PublishJob): { job: PublishJob; error: unknown } {
  const { jobs, error } = useJobs(initial.articleId);
  const found = jobs?.find((job) => job.id === initial.id);
  return { job: found ?? initial, error };
}
