import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublishJob } from '../../../shared/publish/publish';
import { invoke, onEvent } from '../../platform';

/**
 * The publish jobs, newest first (all of them, or one article's), fresh after every
 * 'publish.changed'. Answers that arrive out of order are dropped, so a slow early answer
 * never overwrites a later one.
 */
export function useJobs(articleId?: string): { jobs: PublishJob[] | null; error: unknown; reload: () => void } {
  const [jobs, setJobs] = useState<PublishJob[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const asked = useRef(0);

  const reload = useCallback(() => {
    const ask = (asked.current += 1);
    invoke('publish.jobs', articleId ? { articleId } : {}).then(
      (loaded) => {
        if (ask !== asked.current) return;
        setJobs(loaded);
        setError(null);
      },
      (caught: unknown) => {
        if (ask === asked.current) setError(caught);
      },
    );
  }, [articleId]);

  useEffect(() => {
    reload();
    const offJobs = onEvent('publish.changed', (change) => {
      if (!articleId || change.articleId === articleId) reload();
    });
    // A renamed or removed site changes the names the jobs carry.
    const offSites = onEvent('site.changed', reload);
    return () => {
      offJobs();
      offSites();
    };
  }, [articleId, reload]);

  return { jobs, error, reload };
}

/** One job, live: seeded with what publish.start or publish.options gave, then followed. */
export function useJob(initial: PublishJob): { job: PublishJob; error: unknown } {
  const { jobs, error } = useJobs(initial.articleId);
  const found = jobs?.find((job) => job.id === initial.id);
  return { job: found ?? initial, error };
}
