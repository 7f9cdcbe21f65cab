import { useCallback, useState } from 'react';
import type { JobCursor, PublishJob } from '../../../shared/publish/publish';
import { invoke } from '../../platform';
import { useQueueRead } from './useJobs';

export const queuePageSize = 100;

export interface JobPages {
  /** Newest first; null until the first page has come. */
  jobs: PublishJob[] | null;
  error: unknown;
  /** There are older jobs than those shown. */
  hasOlder: boolean;
  loadingOlder: boolean;
  showOlder: () => void;
}

interface Loaded {
  jobs: PublishJob[];
  hasOlder: boolean;
}

/**
 * The first `pages` pages of the queue, each asked for after the last job of the one before.
 * One job more than a page is asked for, to know whether there are older ones. A job met twice
 * (the cursor's job was deleted meanwhile) is shown once.
 */
async function loadPages(pages: number): Promise<Loaded> {
  const jobs: PublishJob[] = [];
  const seen = new Set<string>();
  let before: JobCursor | undefined;
  for (let page = 0; page < pages; page++) {
    const loaded = await invoke('publish.jobs', { limit: queuePageSize + 1, ...(before ? { before } : {}) });
    const kept = loaded.slice(0, queuePageSize);
    for (const job of kept) {
      if (!seen.has(job.id)) jobs.push(job);
      seen.add(job.id);
    }
    const last = kept.at(-1);
    if (loaded.length <= queuePageSize || !last) return { jobs, hasOlder: false };
    before = { createdAt: last.createdAt, id: last.id };
  }
  return { jobs, hasOlder: true };
}

/**
 * The publishing queue a page at a time, newest first, live: the pages shown so far are read
 * again after every change, so a job on an older page shows its new state too.
 */
export function useJobPages(): JobPages {
  const [pages, setPages] = useState(1);
  const load = useCallback(async () => ({ ...(await loadPages(pages)), pages }), [pages]);
  const { value: loaded, error, reload } = useQueueRead(load);

  // One page more than is shown; after a failed try, the same page again.
  const shownPages = loaded?.pages ?? 1;
  const showOlder = useCallback(() => {
    if (shownPages + 1 === pages) reload();
    else setPages(shownPages + 1);
  }, [shownPages, pages, reload]);

  return {
    jobs: loaded?.jobs ?? null,
    error,
    hasOlder: loaded?.hasOlder ?? false,
    loadingOlder: loaded !== null && loaded.pages < pages && error === null,
    showOlder,
  };
}
