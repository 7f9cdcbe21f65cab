import { useCallback, useState } from 'react';
import type { PublishJob } from '../../../shared/publish/publish';
import type { MergeChoices } from '../../../shared/revisions/conflicts';
import { invoke } from '../../platform';

/** The person's answer to a conflict: merge (with a choice per clash), overwrite, or cancel. */
export type ConflictChoice = 'overwrite' | 'merge' | 'cancel';

export interface JobActions {
  busy: boolean;
  failure: unknown;
  cancel: (job: PublishJob) => Promise<PublishJob | null>;
  retry: (job: PublishJob) => Promise<PublishJob | null>;
  resolve: (job: PublishJob, choice: ConflictChoice, choices?: MergeChoices) => Promise<PublishJob | null>;
}

/** Cancel, retry and a conflict's answer, with the failure kept for the view to show. */
export function useJobActions(): JobActions {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const run = useCallback(async (call: () => Promise<PublishJob>): Promise<PublishJob | null> => {
    setBusy(true);
    setFailure(null);
    try {
      return await call();
    } catch (caught) {
      setFailure(caught);
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    busy,
    failure,
    cancel: useCallback((job) => run(() => invoke('publish.cancel', { jobId: job.id })), [run]),
    retry: useCallback((job) => run(() => invoke('publish.retry', { jobId: job.id })), [run]),
    resolve: useCallback(
      (job, choice, choices) =>
        run(() => invoke('publish.resolveConflict', { jobId: job.id, choice, ...(choice === 'merge' ? { choices: choices ?? {} } : {}) })),
      [run],
    ),
  };
}
