/**
 * publish.*: the publish dialog's options, starting a job, the queue, and the user's say over a
 * job (cancel, retry, answer a conflict); wake for when the computer is back online. The outbox
 * (main/publish/outbox) carries the jobs out.
 */
import { SpaltError } from '../../shared/errors';
import { getJob, hurryOfflineJobs, listJobs, updateJob, type JobChanges, type JobRecord } from '../db/outbox';
import { siteNames } from '../db/sites';
import { emitPublishChanged } from '../events';
import { settleMerge } from '../publish/outbox/settle-merge';
import { publishOptions } from '../publish/outbox/options';
import { startJob } from '../publish/outbox/start';
import { toPublishJob } from '../publish/outbox/view';
import type { HandlerContext, NamespaceHandlers } from './context';

export function publishHandlers({
  db,
  events,
  now,
  outbox,
  worker,
}: Pick<HandlerContext, 'db' | 'events' | 'now' | 'outbox' | 'worker'>): NamespaceHandlers<'publish'> {
  const view = (job: JobRecord) => toPublishJob(job, siteNames(db).get(job.siteId) ?? '');

  /** Writes, announces and returns the job as it now is. */
  const change = (job: JobRecord, changes: JobChanges) => {
    updateJob(db, job.id, changes, now());
    const updated = getJob(db, job.id);
    emitPublishChanged(events, updated);
    return updated;
  };

  return {
    'publish.options': ({ articleId, siteId }) => publishOptions(outbox, articleId, siteId),
    'publish.start': async (input) => {
      const job = startJob(outbox, input);
      worker?.wake();
      return view(job);
    },
    'publish.jobs': async (input) => {
      const names = siteNames(db);
      return listJobs(db, input).map((job) => toPublishJob(job, names.get(job.siteId) ?? ''));
    },
    'publish.cancel': async ({ jobId }) => {
      const job = getJob(db, jobId);
      if (job.state === 'done' || job.state === 'cancelled') throw new SpaltError('publish_job_ended', { state: job.state });
      // A running job stops before its next request; the one in flight is let finish and recorded.
      if (job.state === 'running') return view(change(job, { cancelRequested: true }));
      return view(change(job, { state: 'cancelled' }));
    },
    'publish.retry': async ({ jobId }) => {
      const job = getJob(db, jobId);
      if (job.state !== 'waiting' && job.state !== 'failed' && job.state !== 'queued') {
        throw new SpaltError('publish_not_retryable', { state: job.state });
      }
      const updated = change(job, { state: 'queued', nextAttemptAt: now(), error: job.state === 'failed' ? null : job.error, attempts: 0 });
      worker?.wake();
      return view(updated);
    },
    'publish.resolveConflict': async ({ jobId, choice, choices }) => {
      const job = getJob(db, jobId);
      if (job.state !== 'conflict' || job.conflict === null) throw new SpaltError('publish_not_in_conflict', { id: jobId });
      if (choice === 'cancel') return view(change(job, { state: 'cancelled' }));
      if (choice === 'merge') {
        const merge = job.conflict.merge;
        if (!merge) throw new SpaltError('publish_not_in_conflict', { id: jobId });
        const requeue = { state: 'queued', nextAttemptAt: now(), conflict: null, attempts: 0, error: null } as const;
        settleMerge({ db, events, now: now() }, job, merge, choices ?? {}, (changes) =>
          updateJob(db, job.id, { ...changes, ...requeue }, now()),
        );
        const updated = getJob(db, job.id);
        emitPublishChanged(events, updated);
        worker?.wake();
        return view(updated);
      }
      const updated = change(job, {
        state: 'queued',
        nextAttemptAt: now(),
        acceptModifiedGmt: job.conflict.siteModifiedGmt,
        conflict: null,
        attempts: 0,
      });
      worker?.wake();
      return view(updated);
    },
    'publish.wake': async () => {
      const woken = hurryOfflineJobs(db, now());
      // Always look: after a sleep the worker's timer is late (it does not count the time asleep).
      worker?.wake();
      return { woken };
    },
  };
}
