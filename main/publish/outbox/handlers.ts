/**
 * The contract's publish.* operations over the outbox: start a job, list the queue, cancel,
 * retry, answer a conflict, and wake the jobs that wait for the network. Each change of a job's
 * state is announced as 'publish.changed'.
 */
import type { Handlers } from '../../../shared/api';
import { SpaltError } from '../../../shared/errors';
import { getJob, hurryOfflineJobs, listJobs, updateJob, type JobChanges, type JobRecord } from '../../db/outbox';
import type { OutboxDeps } from './context';
import { publishOptions } from './options';
import { startJob } from './start';
import { siteNames, toPublishJob } from './view';
import type { OutboxWorker } from './worker';

type PublishHandlers = Pick<
  Handlers,
  'publish.options' | 'publish.start' | 'publish.jobs' | 'publish.cancel' | 'publish.retry' | 'publish.resolveConflict' | 'publish.wake'
>;

export function outboxHandlers(deps: OutboxDeps, worker: OutboxWorker | null): PublishHandlers {
  const { db, events, now } = deps;
  const view = (job: JobRecord) => toPublishJob(job, siteNames(db).get(job.siteId) ?? '');

  /** Writes, announces and returns the job as it now is. */
  const change = (job: JobRecord, changes: JobChanges) => {
    updateJob(db, job.id, changes, now());
    const updated = getJob(db, job.id);
    events.emit('publish.changed', { jobId: updated.id, articleId: updated.articleId, siteId: updated.siteId, state: updated.state, step: updated.step });
    return updated;
  };

  return {
    'publish.options': ({ articleId, siteId }) => publishOptions(deps, articleId, siteId),
    'publish.start': async (input) => {
      const job = startJob(deps, input);
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
    'publish.resolveConflict': async ({ jobId, choice }) => {
      const job = getJob(db, jobId);
      if (job.state !== 'conflict' || job.conflict === null) throw new SpaltError('publish_not_in_conflict', { id: jobId });
      if (choice === 'cancel') return view(change(job, { state: 'cancelled' }));
      const updated = change(job, { state: 'queued', nextAttemptAt: now(), acceptModifiedGmt: job.conflict.siteModifiedGmt, conflict: null, attempts: 0 });
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
